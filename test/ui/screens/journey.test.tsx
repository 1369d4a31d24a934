import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {initialScreens} from '../../../source/cli/initial-screens.js';
import type {ClusterRow} from '../../../source/model/cluster-row.js';
import {clustersRequest} from '../../../source/ui/screens/clusters/clusters-logic.js';
import {FETCHED_AT, snapshotOf} from '../../helpers/fake-store.js';
import {makeServiceRow} from '../../helpers/service-row.js';
import {KEYS, renderApp, selectedLine} from '../render-app.js';
import {sampleTasks} from '../sample-tasks.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

function cluster(name: string, overrides: Partial<ClusterRow> = {}): ClusterRow {
	return {
		clusterArn: `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`, clusterName: name, status: 'ACTIVE',
		runningTasks: 3, pendingTasks: 0, activeServices: 2, containerInstances: 0, capacityProviders: ['FARGATE'], statistics: new Map(),
		...overrides,
	};
}

const clusters = {clusters: [cluster('jobs'), cluster('prod', {runningTasks: 5, activeServices: 3}), cluster('staging')], fetchedAt: FETCHED_AT};
const services = {
	services: ['api', 'web', 'worker'].map(name => makeServiceRow({serviceName: name, desiredCount: 2, runningCount: 2, pendingCount: 0})),
	fetchedAt: FETCHED_AT,
};
const crumbs = (frame: string) => frame.split('\n')[0];

describe('the screen stack', () => {
	it('goes clusters → services → tasks → task → JSON with Enter, and back up with Esc, each screen as it was left', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {initial: [clustersRequest()], clusters, services, height: 20, colorEnabled: false});
		expect(crumbs(app.frame())).toBe('ecswatch  clusters  us-east-1');
		expect(selectedLine(app.frame())).toContain('jobs');
		await app.press('j');
		expect(selectedLine(app.frame())).toContain('prod');

		await app.press(KEYS.enter);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod  us-east-1');
		expect(app.opened.services).toEqual(['prod']);
		expect(selectedLine(app.frame())).toMatch(/all tasks +6 +6 +0/u);
		await app.press('j');
		await app.press('j');
		expect(selectedLine(app.frame())).toContain('web');

		await app.press(KEYS.enter);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod › web  us-east-1');
		expect(app.opened.tasks).toEqual([{cluster: 'prod', services: ['web']}]);
		expect(app.services.hide).toHaveBeenCalled();
		await app.press('j');
		const task = selectedLine(app.frame())!;
		const taskId = task.slice(2, 10);

		await app.press(KEYS.enter);
		expect(crumbs(app.frame())).toBe(`ecswatch  clusters › prod › web › ${taskId}  us-east-1`);
		expect(app.frame()).toContain(`Task ${taskId}`);

		await app.press('J');
		expect(crumbs(app.frame())).toBe(`ecswatch  clusters › prod › web › ${taskId} › json  us-east-1`);
		expect(app.frame()).toContain('DescribeTasks JSON');
		expect(app.frame()).toContain('"lastStatus"');

		await app.press(KEYS.escape);
		expect(crumbs(app.frame())).toBe(`ecswatch  clusters › prod › web › ${taskId}  us-east-1`);
		await app.press(KEYS.escape);
		expect(selectedLine(app.frame())).toBe(task);
		await app.press(KEYS.escape);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod  us-east-1');
		expect(selectedLine(app.frame())).toContain('web');
		expect(app.services.show).toHaveBeenCalled();
		await app.press(KEYS.escape);
		expect(selectedLine(app.frame())).toContain('prod');
		// The root stays: Esc there does nothing, and the footer offers no "back".
		app.stdin.write(KEYS.escape);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters  us-east-1');
		expect(app.frame().split('\n').at(-1)).not.toContain('back');
	});

	it('opens --cluster X --service Y on its tasks, with the services and the clusters below, loaded only when uncovered', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {initial: initialScreens('prod', ['web']), clusters, services, height: 20, colorEnabled: false});
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod › web  us-east-1');
		expect(app.opened).toMatchObject({clusters: 0, services: []});

		await app.press(KEYS.escape);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod  us-east-1');
		expect(app.opened.services).toEqual(['prod']);
		expect(selectedLine(app.frame())).toContain('web');
		// The popped task grid's source is gone for good.
		expect(app.store.dispose).toHaveBeenCalled();

		await app.press(KEYS.escape);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters  us-east-1');
		expect(app.opened.clusters).toBe(1);
		expect(selectedLine(app.frame())).toContain('prod');
		expect(app.services.dispose).toHaveBeenCalled();
	});

	it('keeps a list\'s filter when going into a row and back', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {initial: [clustersRequest(), ...initialScreens('prod', []).slice(1)] as never, clusters, services, height: 20, colorEnabled: false});
		await app.press(KEYS.escape);
		for (const key of ['/', 'w', 'e', KEYS.enter]) await app.press(key);
		expect(app.frame()).toContain('filter "we"');
		expect(app.frame()).not.toContain(' api ');
		await app.press('j');
		await app.press(KEYS.enter);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod › web  us-east-1');
		await app.press(KEYS.escape);
		expect(app.frame()).toContain('filter "we"');
		expect(selectedLine(app.frame())).toContain('web');
	});
});
