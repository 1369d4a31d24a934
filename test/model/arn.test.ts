import {describe, expect, it} from 'vitest';
import {lastArnSegment, parseTaskDefinition, serviceFromGroup} from '../../source/model/arn.js';

describe('lastArnSegment', () => {
	it('gives the task id for the old and the new task ARN format', () => {
		expect(lastArnSegment('arn:aws:ecs:us-east-1:123456789012:task/4d590253-bb11-4126-b7af-a7b58eea9221'))
			.toBe('4d590253-bb11-4126-b7af-a7b58eea9221');
		expect(lastArnSegment('arn:aws:ecs:us-east-1:123456789012:task/MyCluster/4d590253bb114126b7afa7b58eea9221'))
			.toBe('4d590253bb114126b7afa7b58eea9221');
	});

	it('gives the name of a cluster, a service and a task definition revision', () => {
		expect(lastArnSegment('arn:aws:ecs:us-east-1:123456789012:cluster/demo')).toBe('demo');
		expect(lastArnSegment('arn:aws:ecs:us-east-1:123456789012:service/demo/web')).toBe('web');
		expect(lastArnSegment('arn:aws:ecs:us-east-1:123456789012:task-definition/web:42')).toBe('web:42');
	});

	it('returns a bare id unchanged', () => {
		expect(lastArnSegment('4d590253bb114126')).toBe('4d590253bb114126');
	});
});

describe('serviceFromGroup', () => {
	it('reads the service name of service tasks only', () => {
		expect(serviceFromGroup('service:web')).toBe('web');
		expect(serviceFromGroup('family:mytaskdef')).toBeNull();
		expect(serviceFromGroup('service:')).toBeNull();
		expect(serviceFromGroup(undefined)).toBeNull();
	});
});

describe('parseTaskDefinition', () => {
	it('splits family and revision from an ARN', () => {
		expect(parseTaskDefinition('arn:aws:ecs:us-west-2:1:task-definition/retail-store-ecs-ui:8'))
			.toEqual({taskDefinition: 'retail-store-ecs-ui:8', family: 'retail-store-ecs-ui', revision: 8});
	});

	it('accepts a bare family:revision and a family without revision', () => {
		expect(parseTaskDefinition('web:12')).toEqual({taskDefinition: 'web:12', family: 'web', revision: 12});
		expect(parseTaskDefinition('web')).toEqual({taskDefinition: 'web', family: 'web', revision: null});
		expect(parseTaskDefinition(undefined)).toBeNull();
	});
});
