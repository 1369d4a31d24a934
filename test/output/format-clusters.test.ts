import {describe, expect, it} from 'vitest';
import type {ClusterRow} from '../../source/model/cluster-row.js';
import {formatClusters} from '../../source/output/format-clusters.js';

const cluster = (overrides: Partial<ClusterRow>): ClusterRow => ({
	clusterArn: `arn:aws:ecs:us-east-1:123456789012:cluster/${overrides.clusterName ?? 'x'}`,
	clusterName: 'x', status: 'ACTIVE', runningTasks: 0, pendingTasks: 0, activeServices: 0, containerInstances: 0,
	capacityProviders: [], statistics: new Map(), ...overrides,
});

const rows = [
	cluster({clusterName: 'demo', runningTasks: 24, activeServices: 4, containerInstances: 3, capacityProviders: ['FARGATE', 'FARGATE_SPOT']}),
	cluster({clusterName: 'old', status: 'INACTIVE', runningTasks: null, pendingTasks: null, activeServices: null, containerInstances: null}),
];

describe('formatClusters: the cluster list of --once without a cluster', () => {
	it('table: the clusters screen\'s columns, aligned, numbers on the right, `-` when missing', () => {
		expect(formatClusters(rows, 'table')).toMatchInlineSnapshot(`
			"CLUSTER  STATUS    RUNNING  PENDING  SERVICES  INSTANCES  CAPACITY PROVIDERS
			demo     ACTIVE         24        0         4          3  FARGATE,FARGATE_SPOT
			old      INACTIVE        -        -         -          -  -
			"
		`);
	});

	it('json: one object per cluster, nulls for what ECS did not say', () => {
		const [demo, old] = JSON.parse(formatClusters(rows, 'json')) as Array<Record<string, unknown>>;
		expect(demo).toEqual({
			clusterName: 'demo', clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/demo', status: 'ACTIVE',
			runningTasks: 24, pendingTasks: 0, activeServices: 4, containerInstances: 3, capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
		});
		expect(old).toMatchObject({status: 'INACTIVE', runningTasks: null, capacityProviders: []});
	});

	it('csv: the JSON\'s names as the header, capacity providers space-separated', () => {
		expect(formatClusters(rows, 'csv')).toBe([
			'clusterName,status,runningTasks,pendingTasks,activeServices,containerInstances,capacityProviders',
			'demo,ACTIVE,24,0,4,3,FARGATE FARGATE_SPOT',
			'old,INACTIVE,,,,,',
			'',
		].join('\r\n'));
	});

	it('ids: the cluster names, one a line', () => {
		expect(formatClusters(rows, 'ids')).toBe('demo\nold\n');
	});

	it('keeps hostile names harmless in every format', () => {
		const evil = [cluster({clusterName: '=cmd|"calc"!A1,\n\u001B[2J\u009B'})];
		expect(formatClusters(evil, 'csv').split('\r\n')[1]).toBe('"\'=cmd|""calc""!A1,\uFFFD\uFFFD[2J\uFFFD",ACTIVE,0,0,0,0,');
		expect(formatClusters(evil, 'ids')).toBe('=cmd|"calc"!A1,\uFFFD\uFFFD[2J\uFFFD\n');
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		for (const output of ['table', 'json'] as const) expect(formatClusters(evil, output).replaceAll('\n', '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/u);
	});
});
