import {describe, expect, it} from 'vitest';
import {FETCHED_AT, snapshotOf} from '../../../helpers/fake-store.js';
import {makeTaskRow} from '../../../helpers/task-row.js';
import {waitUntil} from '../../../helpers/wait-until.js';
import {KEYS, renderApp} from '../../render-app.js';

const DENIED = 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: ecs:DescribeTasks on resource: arn:aws:ecs:us-east-1:123456789012:task/prod/* because no identity-based policy allows the ecs:DescribeTasks action';
const tasks = [makeTaskRow({taskId: 'aaaa1111'})];
const failing = {
	state: 'failed' as const, error: {name: 'AccessDeniedException', message: DENIED}, staleSince: FETCHED_AT + 5000, consecutiveFailures: 2, nextPollAt: FETCHED_AT + 65_000,
};

describe('the last error, whole', () => {
	it('! opens it wrapped, with what to do, and Esc goes back to the grid', async () => {
		const app = renderApp(snapshotOf(tasks, failing), {width: 80, height: 24});
		// The header has room for the start of the sentence only; the footer offers the key.
		expect(app.frame().split('\n')[2]).toMatch(/^stale since 12:00:05 · access denied to ecs:DescribeTasks/u);
		expect(app.frame()).toContain('! error');
		await app.press('!');
		const frame = app.frame();
		expect(frame).toContain('clusters › prod › all tasks › error');
		expect(frame).toContain('What to do');
		expect(frame).toContain('  access denied to ecs:DescribeTasks: allow it in the IAM policy of these');
		expect(frame).toContain('  AccessDeniedException');
		// The whole message, wrapped at 80 columns: its end is on screen too.
		expect(frame).toContain('because no identity-based policy allows the ecs:DescribeTasks action');
		expect(frame).toContain('failing since 12:00:05: 2 polls in a row');
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

		await app.press(KEYS.escape);
		expect(app.frame()).toContain('aaaa1111');
	});

	it('says so when the polls succeed again while it is open', async () => {
		const app = renderApp(snapshotOf(tasks, failing), {width: 80, height: 24});
		await app.press('!');
		app.store.publish(snapshotOf(tasks));
		await waitUntil(() => {
			expect(app.frame()).toContain('recovered: the last poll succeeded at 12:00:00');
		});
	});

	it('is not offered while the polls succeed', async () => {
		const app = renderApp(snapshotOf(tasks), {width: 80, height: 24});
		expect(app.frame()).not.toContain('! error');
		app.stdin.write('!');
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(app.frame()).not.toContain('What to do');
	});

	it('a screen that never had data shows the error whole instead of waiting, and says retrying will not help', async () => {
		const notFound = {name: 'ClusterNotFoundException', message: 'Cluster not found.'};
		const app = renderApp(snapshotOf([], {...failing, data: null, staleSince: FETCHED_AT, error: notFound}), {width: 40, height: 12});
		const frame = app.frame();
		expect(frame).not.toContain('Waiting for the first poll');
		expect(frame).toContain('cluster not found in us-east-1: Esc goes');
		expect(frame).toContain('back to the cluster list');
		expect(frame).toContain('Retrying will not help until this is');
	});
});

describe('the services that could not be read', () => {
	it('are named in a few words on the status line, and ! tells the rest', async () => {
		const denied = {name: 'AccessDeniedException', message: 'User: arn:aws:sts::1:assumed-role/ro/me is not authorized to perform: ecs:DescribeServices on resource: *'};
		const snapshot = snapshotOf(tasks);
		const app = renderApp({...snapshot, data: {...snapshot.data!, servicesUnavailable: denied}}, {width: 80, height: 24});
		expect(app.frame().split('\n')[2]).toBe('updated 12:00:00 · live · every 5s · services: ecs:DescribeServices denied');
		await app.press('!');
		expect(app.frame()).toContain('  access denied to ecs:DescribeServices: allow it in the IAM policy of these');
		expect(app.frame()).toContain('the tasks are read (last at 12:00:00); the services still are not');
	});
});
