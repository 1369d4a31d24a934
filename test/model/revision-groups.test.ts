import {describe, expect, it} from 'vitest';
import {azSpread, groupByRevision, zoneSuffix} from '../../source/model/revision-groups.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {toTaskRow} from '../../source/model/to-task-row.js';
import {loadDescribeTasks} from '../helpers/fixtures.js';
import {makeTaskRow} from '../helpers/task-row.js';

const task = (definition: string | null, overrides: Partial<TaskRow> = {}) => {
	const [family = null, revision] = definition === null ? [] : definition.split(':');
	return makeTaskRow({
		taskDefinition: definition,
		family,
		revision: revision === undefined ? null : Number(revision),
		lastStatus: 'RUNNING',
		desiredStatus: 'RUNNING',
		availabilityZone: 'us-east-1a',
		...overrides,
	});
};

describe('groupByRevision', () => {
	it('puts the newest revision first, families A→Z, unknown ones last, tasks in input order', () => {
		const rows = [task('web:41'), task(null), task('api:3'), task('web:42'), task('web:41'), task('web')];
		const groups = groupByRevision(rows);
		expect(groups.map(group => group.taskDefinition)).toEqual(['api:3', 'web:42', 'web:41', 'web', null]);
		expect(groups[2]?.tasks).toEqual([rows[0], rows[4]]);
	});

	it('counts each group by status and health, and spreads the live tasks over zones', () => {
		const rows = [
			task('web:42', {healthStatus: 'HEALTHY', availabilityZone: 'us-east-1b'}),
			task('web:42', {healthStatus: 'HEALTHY', availabilityZone: 'us-east-1a'}),
			task('web:42', {healthStatus: 'UNHEALTHY', availabilityZone: 'us-east-1c'}),
			task('web:42', {lastStatus: 'PENDING', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1a'}),
			task('web:42', {desiredStatus: 'STOPPED', availabilityZone: 'us-east-1b'}),
			task('web:42', {lastStatus: 'STOPPED', desiredStatus: 'STOPPED', healthStatus: 'HEALTHY', availabilityZone: 'us-east-1c'}),
		];
		const [group] = groupByRevision(rows);
		expect(group).toMatchObject({
			family: 'web',
			revision: 42,
			counts: {running: 3, healthy: 2, unhealthy: 1, pending: 1, stopping: 1, stopped: 1},
			azSpread: 'a:2 b:2 c:1',
		});
	});

	it('groups the real two-task fixture into one revision in one zone', () => {
		const rows = (loadDescribeTasks('fargate-two-tasks-running-unknown-health.json').tasks ?? []).map(t => toTaskRow(t));
		const groups = groupByRevision(rows);
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({taskDefinition: 'webserver:2', counts: {running: 2, healthy: 0}, azSpread: 'b:2'});
	});

	it('returns no groups for no tasks', () => {
		expect(groupByRevision([])).toEqual([]);
	});
});

describe('azSpread', () => {
	it('shows tasks without a zone as ?, last', () => {
		expect(azSpread([task('w:1', {availabilityZone: null}), task('w:1', {availabilityZone: 'eu-west-3c'})])).toBe('c:1 ?:1');
	});

	it('keeps what follows the region for Local Zones and GovCloud, and sanitises', () => {
		expect(zoneSuffix('us-gov-west-1a')).toBe('a');
		expect(zoneSuffix('us-west-2-lax-1a')).toBe('lax-1a');
		expect(zoneSuffix('weird\u001Bzone')).toBe('weird\uFFFDzone');
	});
});
