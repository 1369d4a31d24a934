import {ClusterNotFoundException} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {normaliseError} from '../../source/ecs/errors.js';

describe('normaliseError', () => {
	it('keeps the name and message of an SDK service error', () => {
		const error = new ClusterNotFoundException({message: 'Cluster not found.', $metadata: {}});
		expect(normaliseError(error)).toEqual({name: 'ClusterNotFoundException', message: 'Cluster not found.'});
	});

	it('keeps the name of a credentials error', () => {
		const error = Object.assign(new Error('Could not load credentials from any providers'), {name: 'CredentialsProviderError'});
		expect(normaliseError(error)).toEqual({name: 'CredentialsProviderError', message: 'Could not load credentials from any providers'});
	});

	it('removes access key ids, security tokens and signatures from messages', () => {
		const token = 'IQoJb3JpZ2luX2VjEJr'.repeat(10);
		const error = Object.assign(new Error(
			`The request signature we calculated does not match. Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/ecs/aws4_request, `
			+ `Signature=0123abcd x-amz-security-token:${token} aws_secret_access_key = wJalrXUtnFEMI/K7MDENG`,
		), {name: 'InvalidSignatureException'});

		const {name, message} = normaliseError(error);

		expect(name).toBe('InvalidSignatureException');
		expect(message).not.toContain('AKIAIOSFODNN7EXAMPLE');
		expect(message).not.toContain('IQoJb3JpZ2luX2VjEJr');
		expect(message).not.toContain('wJalrXUtnFEMI');
		expect(message).not.toContain('0123abcd');
		expect(message).toContain('The request signature we calculated does not match.');
	});

	it('copes with values that are not errors', () => {
		expect(normaliseError('boom')).toEqual({name: 'Error', message: 'boom'});
		expect(normaliseError({name: 'TimeoutError'})).toEqual({name: 'TimeoutError', message: 'Unknown error'});
	});
});
