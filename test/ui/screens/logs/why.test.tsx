import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {FETCHED_AT} from '../../../helpers/fake-store.js';
import {waitUntil} from '../../../helpers/wait-until.js';
import {cloudwatch, lines, logsData, OTHER_ID, openLogs, SERVICE_SCOPE, TASK_ARN, TASK_ID, TASK_SCOPE, unreadable} from './logs-world.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const firelens = (taskId = TASK_ID) => unreadable({kind: 'other-driver', taskId, container: 'app', driver: 'awsfirelens'});
const sidecar = unreadable({kind: 'no-log-configuration', taskId: TASK_ID, container: 'sidecar'});

describe('why a task\'s logs cannot be read, in one line', () => {
	it('names FireLens when the container logs through it', async () => {
		const app = openLogs();
		await app.show(logsData([], {sources: [firelens(), sidecar]}), 'FireLens');
		expect(app.body()).toEqual(['logs go to FireLens (awsfirelens), not CloudWatch Logs']);
	});

	it('reads a task\'s container in CloudWatch Logs by default, not a FireLens router listed before it', async () => {
		const app = openLogs();
		const router = unreadable({kind: 'other-driver', taskId: TASK_ID, container: 'log_router', driver: 'awsfirelens'});
		await app.show(logsData(lines(1, 2), {sources: [router, cloudwatch('app')]}), 'line 2');
		expect(app.frame().split('\n')[1]).toContain('task 3f196775 · app · RUNNING');
		expect(app.body()).toEqual(['11:59:01 line 1', '11:59:02 line 2']);
	});

	it('names another driver by its name', async () => {
		const app = openLogs();
		await app.show(logsData([], {sources: [unreadable({kind: 'other-driver', taskId: TASK_ID, container: 'app', driver: 'splunk'})]}), 'Splunk');
		expect(app.body()).toEqual(['logs go to Splunk (splunk), not CloudWatch Logs']);
	});

	it('says a container has no log configuration', async () => {
		const app = openLogs({...TASK_SCOPE, container: 'sidecar'});
		await app.show(logsData([], {sources: [cloudwatch('app'), sidecar]}), 'sidecar');
		expect(app.frame().split('\n')[1]).toContain('task 3f196775 · sidecar · RUNNING');
		expect(app.body()).toEqual(['no log configuration for container sidecar']);
	});

	it('says the stream is not created yet while the task is PROVISIONING, then shows its first lines', async () => {
		const app = openLogs();
		const provisioning = [{taskArn: TASK_ARN, taskId: TASK_ID, lastStatus: 'PROVISIONING'}];
		await app.show(logsData([], {sources: [cloudwatch('app', TASK_ID, {kind: 'stream-not-created', taskStatus: 'PROVISIONING'})], tasks: provisioning}), 'not created');
		expect(app.body()).toEqual(['log stream not created yet: the task is PROVISIONING']);
		await app.show(logsData(lines(1, 2)), 'line 2');
		expect(app.body()).toEqual(['11:59:01 line 1', '11:59:02 line 2']);
	});

	it('says the log group is not found, its name sanitised', async () => {
		const app = openLogs();
		const state = {source: {kind: 'cloudwatch' as const, taskId: TASK_ID, container: 'app', group: '/ecs/x\u001B[2J', stream: 's', region: null}, status: {kind: 'group-not-found' as const}};
		await app.show(logsData([], {sources: [state]}), 'not found');
		expect(app.body()).toEqual(['log group /ecs/x�[2J not found']);
	});

	it('says once for a service\'s tasks what they share, and names the task of a reason of its own', async () => {
		const app = openLogs(SERVICE_SCOPE);
		const tasks = [TASK_ID, OTHER_ID, 'c0ffee00aa'].map(taskId => ({taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${taskId}`, taskId, lastStatus: 'RUNNING'}));
		const sources = [firelens(), firelens(OTHER_ID), cloudwatch('app', 'c0ffee00aa', {kind: 'stream-not-created', taskStatus: 'PENDING'})];
		await app.show(logsData([], {sources, tasks}), 'FireLens');
		expect(app.frame().split('\n')[1]).toBe('service web · 3 tasks · app  since 11:50:00 (last 10m)');
		expect(app.body()).toEqual([
			'logs go to FireLens (awsfirelens), not CloudWatch Logs (2 tasks)',
			'task c0ffee00: log stream not created yet: the task is PENDING',
		]);
	});

	it('shows an AccessDenied as the app words errors, naming the IAM action, and ! opens it', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 3)), 'line 3');
		const denied = {name: 'AccessDeniedException', message: 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web'};
		app.publish(logsData(lines(1, 3)), {state: 'failed', error: denied, staleSince: FETCHED_AT});
		await waitUntil(() => {
			expect(app.frame()).toContain('access denied to logs:FilterLogEvents');
		});
		expect(app.body().at(-1)).toBe('11:59:03 line 3');
		await app.press('!');
		expect(app.frame()).toContain('AccessDeniedException');
	});
});
