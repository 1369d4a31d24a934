import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ClusterRow} from '../../../../source/model/cluster-row.js';
import {clustersRequest} from '../../../../source/ui/screens/clusters/clusters-logic.js';
import {FETCHED_AT, snapshotOf} from '../../../helpers/fake-store.js';
import {KEYS, renderApp} from '../../render-app.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const row = (name: string, overrides: Partial<ClusterRow> = {}): ClusterRow => ({
	clusterArn: `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`, clusterName: name, status: 'ACTIVE', runningTasks: 24, pendingTasks: 0,
	activeServices: 4, containerInstances: 3, capacityProviders: ['FARGATE', 'FARGATE_SPOT'], statistics: new Map(), ...overrides,
});
const clusters = [row('demo'), row('jobs', {runningTasks: 4, pendingTasks: 1, activeServices: 2, containerInstances: 2, capacityProviders: []}), row('old', {status: 'INACTIVE', runningTasks: 0, activeServices: 0})];

function open(width: number) {
	return renderApp(snapshotOf([]), {initial: [clustersRequest()], clusters: {clusters, fetchedAt: FETCHED_AT}, width, height: 9, colorEnabled: false});
}

describe('the clusters screen', () => {
	it('lists each cluster\'s status, tasks, services, instances and capacity providers, with totals', () => {
		expect(open(100).frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters  us-east-1
			clusters 3  running tasks 28  pending 1  services 6
			updated 12:00:00 · live · every 5s
			  CLUSTER                         STATUS   RUNNING PENDING SERVICES INSTANCES CAPACITY PROVIDERS
			> demo                            ACTIVE        24       0        4         3 FARGATE,FARGATE_SPOT
			  jobs                            ACTIVE         4       1        2         2 -
			  old                             INACTIVE       0       0        0         3 FARGATE,FARGATE_SPOT

			? help  q quit  ↑↓ move  Enter services  / filter  r refresh  p pause                            1/3"
		`);
	});

	it('fits 80 and 60 columns by dropping capacity providers, then instances', () => {
		expect(open(80).frame().split('\n')[3]).toMatchInlineSnapshot(`"  CLUSTER                            STATUS   RUNNING PENDING SERVICES INSTANCES"`);
		expect(open(60).frame().split('\n')[3]).toMatchInlineSnapshot(`"  CLUSTER                  STATUS   RUNNING PENDING SERVICES"`);
	});

	it('filters by name and status', async () => {
		const app = open(100);
		for (const key of ['/', 'i', 'n', 'a', 'c', KEYS.enter]) await app.press(key);
		expect(app.frame()).toContain('> old');
		expect(app.frame()).not.toContain('demo ');
		expect(app.frame()).toContain('filter "inac" · 1/1');
	});
});
