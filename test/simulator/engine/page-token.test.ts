import {describe, expect, it} from 'vitest';
import {EcsError} from '../../../source/simulator/engine/world-api.js';
import {pageOf} from '../../../source/simulator/engine/page-token.js';

const arns = ['a/1', 'a/2', 'a/3', 'a/4', 'a/5'];

describe('pageOf', () => {
	it('pages through a list in ARN order with opaque tokens', () => {
		const first = pageOf('tasks', arns, 2, undefined);
		expect(first.arns).toEqual(['a/1', 'a/2']);
		expect(first.nextToken).toMatch(/^[\w-]+$/);
		const second = pageOf('tasks', arns, 2, first.nextToken);
		expect(second.arns).toEqual(['a/3', 'a/4']);
		const last = pageOf('tasks', arns, 2, second.nextToken);
		expect(last).toEqual({arns: ['a/5']});
	});

	it('resumes after the last ARN returned even if it vanished or others appeared', () => {
		const first = pageOf('tasks', arns, 2, undefined);
		const changed = ['a/0', 'a/1', 'a/3', 'a/4', 'a/5', 'a/6'].filter((arn) => arn !== 'a/2');
		expect(pageOf('tasks', changed, 10, first.nextToken).arns).toEqual(['a/3', 'a/4', 'a/5', 'a/6']);
	});

	it('rejects a forged token or one from another listing', () => {
		const services = pageOf('services', arns, 1, undefined);
		expect(() => pageOf('tasks', arns, 1, services.nextToken)).toThrow(EcsError);
		expect(() => pageOf('tasks', arns, 1, 'not-a-token')).toThrow(/Invalid token/);
	});
});
