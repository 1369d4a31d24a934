import {describe, expect, it} from 'vitest';
import {errorSentence, type ErrorContext} from '../../source/output/error-sentence.js';

const cli: ErrorContext = {profile: null, sso: false, target: 'eu-west-1', cluster: 'prod', medium: 'command-line'};
const tui: ErrorContext = {...cli, medium: 'terminal-ui'};
const sso: ErrorContext = {...cli, profile: 'dev-sso', sso: true};
// eslint-disable-next-line no-control-regex
const HOSTILE = /[\u001B\u202E]/u;
const denied = 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action';

describe('errorSentence', () => {
	it('names the cluster and the clusters that exist on the command line, and the key in the TUI', () => {
		const error = {name: 'ClusterNotFoundException', message: 'Cluster not found.'};
		expect(errorSentence(error, {...cli, clusters: ['demo', 'staging']})).toBe('cluster prod not found in eu-west-1 (clusters there: demo, staging): pass one with --cluster');
		expect(errorSentence(error, {...cli, clusters: []})).toBe('cluster prod not found in eu-west-1 (there are no clusters there): pass one with --cluster');
		expect(errorSentence(error, cli)).toBe('cluster prod not found in eu-west-1: run ecswatch without --cluster to list the clusters');
		expect(errorSentence(error, {...tui, cluster: undefined})).toBe('cluster not found in eu-west-1: Esc goes back to the cluster list');
	});

	it('lists at most eight clusters', () => {
		const clusters = Array.from({length: 11}, (_, index) => `c${index}`);
		expect(errorSentence({name: 'ClusterNotFoundException', message: ''}, {...cli, clusters})).toContain('c6, c7 and 3 more)');
	});

	it('names the denied IAM action and where the policy is', () => {
		expect(errorSentence({name: 'AccessDeniedException', message: denied}, cli))
			.toBe('access denied to ecs:ListTasks: allow it in the IAM policy of these credentials (README lists the minimal IAM policy)');
	});

	it('offers aws sso login for the profile in use when it signs in with SSO', () => {
		expect(errorSentence({name: 'ExpiredTokenException', message: 'The security token included in the request is expired'}, sso))
			.toBe('the credentials have expired: run aws sso login --profile dev-sso');
		expect(errorSentence({name: 'ExpiredTokenException', message: 'expired'}, cli)).toMatch(/^the credentials have expired: get new ones/u);
		expect(errorSentence({name: 'CredentialsProviderError', message: 'The SSO session associated with this profile has expired.'}, sso))
			.toBe('the SSO session has expired: run aws sso login --profile dev-sso');
	});

	it('says how to get credentials, for the profile when one is named', () => {
		const error = {name: 'CredentialsProviderError', message: 'Could not load credentials from any providers'};
		expect(errorSentence(error, cli)).toBe('no AWS credentials found: set AWS_PROFILE (or --profile), run aws configure, or run aws sso login');
		expect(errorSentence(error, {...cli, profile: 'ops'})).toBe('no AWS credentials for profile ops: add them with aws configure --profile ops');
		expect(errorSentence(error, sso)).toBe('no AWS credentials for profile dev-sso: run aws sso login --profile dev-sso');
	});

	it('names connection failures for what they are', () => {
		expect(errorSentence({name: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:4566'}, {...cli, target: 'http://127.0.0.1:4566'}))
			.toBe('cannot reach http://127.0.0.1:4566 (ECONNREFUSED): check the network, a proxy or --endpoint-url');
		expect(errorSentence({name: 'TimeoutError', message: 'socket hang up'}, cli)).toBe('the connection to eu-west-1 was dropped before it answered');
	});

	it('does not repeat the code a Node system error starts its message with', () => {
		expect(errorSentence({name: 'ENOENT', message: 'ENOENT: no such file or directory, open \'/x\''}, cli)).toBe('ENOENT: no such file or directory, open \'/x\'');
	});

	it('keeps hostile text off the terminal: names, messages and the cluster asked for', () => {
		expect(errorSentence({name: 'InvalidParameterException', message: 'bad\u001B[31m name\nsecond line'}, cli)).toBe('InvalidParameterException: bad\uFFFD[31m name');
		expect(errorSentence({name: 'ClusterNotFoundException', message: ''}, {...cli, cluster: 'x\u001B[2Jy', clusters: ['a\u202Eb']}))
			.not.toMatch(HOSTILE);
	});
});
