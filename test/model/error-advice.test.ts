import {describe, expect, it} from 'vitest';
import {adviseError} from '../../source/model/error-advice.js';

describe('adviseError', () => {
	it.each([
		['ThrottlingException', 'Rate exceeded', {kind: 'throttled'}],
		['ExpiredTokenException', 'The security token included in the request is expired', {kind: 'credentials-expired'}],
		['ClusterNotFoundException', 'Cluster not found.', {kind: 'cluster-not-found'}],
		['UnrecognizedClientException', 'The security token included in the request is invalid.', {kind: 'key-not-recognised'}],
		['InvalidSignatureException', 'Signature expired', {kind: 'signature-rejected'}],
		['CredentialsProviderError', 'Could not load credentials from any providers', {kind: 'no-credentials'}],
		['Error', 'Region is missing', {kind: 'no-region'}],
		['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:4566', {kind: 'unreachable', code: 'ECONNREFUSED'}],
		['Error', 'getaddrinfo ENOTFOUND ecs.nowhere.example', {kind: 'unreachable', code: 'ENOTFOUND'}],
		['ECONNRESET', 'read ECONNRESET', {kind: 'connection-dropped'}],
		['ServerException', 'Service unavailable', {kind: 'server-error'}],
	])('%s (%s)', (name, message, expected) => {
		expect(adviseError({name, message})).toEqual(expected);
	});

	it('names the IAM action an access-denied message names', () => {
		const message = 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: ecs:DescribeServices on resource: * because no identity-based policy allows the ecs:DescribeServices action';
		expect(adviseError({name: 'AccessDeniedException', message})).toEqual({kind: 'access-denied', action: 'ecs:DescribeServices'});
		expect(adviseError({name: 'AccessDeniedException', message: 'Access denied'})).toEqual({kind: 'access-denied', action: null});
	});

	it('tells an expired SSO session from missing credentials, as the SDK words it', () => {
		const expired = 'The SSO session associated with this profile has expired. To refresh this SSO session run \'aws sso login\' with the corresponding profile.';
		expect(adviseError({name: 'CredentialsProviderError', message: expired})).toEqual({kind: 'sso-session-expired'});
		expect(adviseError({name: 'TokenProviderError', message: 'Value not present for \'accessToken\' in SSO Token. To refresh this SSO session run aws sso login with the corresponding profile.'}))
			.toEqual({kind: 'sso-session-expired'});
	});

	it('calls a socket hang up a dropped connection, though the SDK names it a TimeoutError', () => {
		expect(adviseError({name: 'TimeoutError', message: 'socket hang up'})).toEqual({kind: 'connection-dropped'});
		expect(adviseError({name: 'TimeoutError', message: 'Request timed out'})).toEqual({kind: 'timed-out'});
	});

	it('leaves the rest as they are, and an error named after an object property is not a known one', () => {
		expect(adviseError({name: 'InvalidParameterException', message: 'Invalid cluster name'})).toEqual({kind: 'other', name: 'InvalidParameterException', message: 'Invalid cluster name'});
		expect(adviseError({name: 'constructor', message: 'x'})).toEqual({kind: 'other', name: 'constructor', message: 'x'});
	});
});
