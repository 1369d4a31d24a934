import {describe, expect, it} from 'vitest';
import {describeError} from '../../source/watch/describe-error.js';

describe('describeError', () => {
	it.each([
		['ThrottlingException', 'Rate exceeded', 'throttled by AWS, backing off'],
		['ExpiredTokenException', 'The security token included in the request is expired', 'credentials expired'],
		['ClusterNotFoundException', 'Cluster not found.', 'cluster not found'],
		['AccessDeniedException', 'User: arn:aws:iam::1:user/x is not authorized', 'access denied'],
		['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:4566', 'cannot reach the endpoint'],
		['Error', 'getaddrinfo ENOTFOUND ecs.nowhere.example', 'cannot reach the endpoint'],
	])('%s reads as "%s"', (name, message, expected) => {
		expect(describeError({name, message})).toBe(expected);
	});

	it('falls back to the name and the first line of the message, made safe for the terminal', () => {
		expect(describeError({name: 'InvalidParameterException', message: 'Invalid cluster\u001B[31m name\nsecond line'}))
			.toBe('InvalidParameterException: Invalid cluster\uFFFD[31m name');
		expect(describeError({name: 'SomethingNew', message: ''})).toBe('SomethingNew');
	});

	it('does not mistake an error named after an object property for a known one', () => {
		expect(describeError({name: 'constructor', message: 'x'})).toBe('constructor: x');
	});
});
