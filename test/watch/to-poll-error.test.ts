import {describe, expect, it} from 'vitest';
import {toPollError} from '../../source/watch/to-poll-error.js';
import {SECRET_FRAGMENTS, SIGNATURE_MESSAGE} from '../errors/fake-secrets.js';

describe('toPollError', () => {
	it('keeps the name and message of AWS service errors', () => {
		const error = Object.assign(new Error('Rate exceeded'), {name: 'ThrottlingException', $metadata: {httpStatusCode: 400}});
		expect(toPollError(error)).toEqual({name: 'ThrottlingException', message: 'Rate exceeded'});
	});

	it('names Node network errors by their code', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), {code: 'ECONNREFUSED'});
		expect(toPollError(refused)).toEqual({name: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:4566'});
	});

	it('finds the code inside the empty AggregateError of a refused dual-stack connect', () => {
		const inner = Object.assign(new Error('connect ECONNREFUSED ::1:4566'), {code: 'ECONNREFUSED'});
		expect(toPollError(new AggregateError([inner], ''))).toEqual({name: 'ECONNREFUSED', message: 'ECONNREFUSED'});
	});

	it('redacts credentials, so the header cannot show what --once hides', () => {
		const error = Object.assign(new Error(SIGNATURE_MESSAGE), {name: 'InvalidSignatureException'});
		const {name, message} = toPollError(error);
		expect(name).toBe('InvalidSignatureException');
		for (const fragment of SECRET_FRAGMENTS) expect(message).not.toContain(fragment);
		expect(message).toContain('Credential=[redacted]');
	});

	it('copes with things thrown that are not errors', () => {
		expect(toPollError('boom')).toEqual({name: 'Error', message: 'boom'});
		expect(toPollError(undefined)).toEqual({name: 'Error', message: 'undefined'});
		expect(toPollError({})).toEqual({name: 'Error', message: 'Error'});
	});
});
