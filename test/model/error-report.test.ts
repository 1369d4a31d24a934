import {ClusterNotFoundException} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {normaliseError} from '../../source/model/error-report.js';
import {toPollError} from '../../source/watch/to-poll-error.js';
import {FAKE_SECRET_ACCESS_KEY, SECRET_FRAGMENTS, SIGNATURE_MESSAGE} from '../errors/fake-secrets.js';

const signatureError = () => Object.assign(new Error(SIGNATURE_MESSAGE), {name: 'InvalidSignatureException', $metadata: {httpStatusCode: 403}});

describe('normaliseError', () => {
	it('keeps the name and message of an SDK service error', () => {
		const error = new ClusterNotFoundException({message: 'Cluster not found.', $metadata: {}});
		expect(normaliseError(error)).toEqual({name: 'ClusterNotFoundException', message: 'Cluster not found.'});
	});

	it('keeps the name of a credentials error', () => {
		const error = Object.assign(new Error('Could not load credentials from any providers'), {name: 'CredentialsProviderError'});
		expect(normaliseError(error)).toEqual({name: 'CredentialsProviderError', message: 'Could not load credentials from any providers'});
	});

	it('names Node network errors by their code', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), {code: 'ECONNREFUSED'});
		expect(normaliseError(refused)).toEqual({name: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:4566'});
		const fetchFailed = new TypeError('fetch failed', {cause: Object.assign(new Error('getaddrinfo ENOTFOUND x'), {code: 'ENOTFOUND'})});
		expect(normaliseError(fetchFailed)).toEqual({name: 'ENOTFOUND', message: 'fetch failed'});
	});

	it('finds the code inside the empty AggregateError of a refused dual-stack connect', () => {
		const inner = Object.assign(new Error('connect ECONNREFUSED ::1:4566'), {code: 'ECONNREFUSED'});
		expect(normaliseError(new AggregateError([inner], ''))).toEqual({name: 'ECONNREFUSED', message: 'ECONNREFUSED'});
	});

	it('keeps a meaningful name even when the error has a code', () => {
		const timeout = Object.assign(new Error('socket hang up'), {name: 'TimeoutError', code: 'ECONNRESET'});
		expect(normaliseError(timeout).name).toBe('TimeoutError');
	});

	it('redacts the key id, credential scope, signature, session token and secret of a signature error', () => {
		const {name, message} = normaliseError(signatureError());

		expect(name).toBe('InvalidSignatureException');
		for (const fragment of SECRET_FRAGMENTS) expect(message).not.toContain(fragment);
		expect(message).toContain('The request signature we calculated does not match the signature you provided.');
		expect(message).toContain('Credential=[redacted],');
		expect(message).not.toContain('/20261201/us-east-1/ecs/aws4_request');
		expect(message).toContain('Signature=[redacted]');
		expect(message).toContain('x-amz-security-token=[redacted]');
		expect(message).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target');
	});

	it('redacts secrets in the forms config files, JSON and presigned URLs write them', () => {
		const cases = [
			'aws_session_token=IQoJb3JpZ2luX2VjEJr',
			'"SessionToken": "IQoJb3JpZ2luX2VjEJr"',
			'"secretAccessKey":"IQoJb3JpZ2luX2VjEJr"',
			'x-amz-security-token: IQoJb3JpZ2luX2VjEJr',
			'https://ecs.example/?X-Amz-Credential=ASIAABCDEFGHIJKLMNOP%2F20261201%2Fus-east-1&X-Amz-Signature=IQoJb3JpZ2luX2VjEJr',
			`a token pasted alone: ${'IQoJb3JpZ2luX2VjEJr'.repeat(10)}`,
			`a secret pasted alone: ${FAKE_SECRET_ACCESS_KEY}.`,
			'an access key id alone: ASIAABCDEFGHIJKLMNOP',
		];
		for (const text of cases) {
			const {message} = normaliseError(new Error(text));
			expect(message, text).toContain('[redacted]');
			expect(message, text).not.toMatch(/IQoJb3JpZ2luX2VjEJr|ABCDEFGHIJKLMNOP|wJalrXUtnFEMI/u);
		}
	});

	it('leaves ARNs, task ids, hashes and ordinary words alone', () => {
		const text = 'Task arn:aws:ecs:us-east-1:123456789012:task/MyCluster/4d590253bb114126b7afa7b58eea9221 of service/MyCluster/web '
			+ 'at commit 0123456789abcdef0123456789abcdef01234567: The security token included in the request is expired';
		expect(normaliseError(new Error(text)).message).toBe(text);
	});

	it('redacts the name too, and caps name and message', () => {
		const {name, message} = normaliseError(Object.assign(new Error('word '.repeat(1000)), {name: 'AKIAABCDEFGHIJKLMNOP'}));
		expect(name).toBe('[redacted]');
		expect(message).toHaveLength(1001);
		expect(message.endsWith('…')).toBe(true);
		expect(normaliseError({name: 'N-'.repeat(250)}).name).toHaveLength(101);
	});

	it('copes with values that are not errors, and with hostile ones', () => {
		expect(normaliseError('boom')).toEqual({name: 'Error', message: 'boom'});
		expect(normaliseError(`boom ${'IQoJb3JpZ2luX2VjEJr'.repeat(10)}`)).toEqual({name: 'Error', message: 'boom [redacted]'});
		expect(normaliseError(undefined)).toEqual({name: 'Error', message: 'undefined'});
		expect(normaliseError({})).toEqual({name: 'Error', message: 'Error'});
		expect(normaliseError({name: 'TimeoutError'})).toEqual({name: 'TimeoutError', message: 'TimeoutError'});
		const hostile = {get message(): string {
			throw new Error('no');
		}};
		expect(normaliseError(hostile)).toEqual({name: 'Error', message: 'Error'});
	});
});

describe('toPollError, what the TUI shows', () => {
	it('is the same redacting report as --once prints', () => {
		const report = toPollError(signatureError());
		expect(report).toEqual(normaliseError(signatureError()));
		for (const fragment of SECRET_FRAGMENTS) expect(report.message).not.toContain(fragment);
	});
});
