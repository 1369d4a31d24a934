import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {initialScreens} from '../../../../source/cli/initial-screens.js';
import {servicesRequest} from '../../../../source/ui/screens/services/services-state.js';
import {taskRequest} from '../../../../source/ui/screens/task/task-request.js';
import {FETCHED_AT, snapshotOf} from '../../../helpers/fake-store.js';
import {makeServiceRow} from '../../../helpers/service-row.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';
import {sampleTasks} from '../../sample-tasks.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const SINCE = 10 * 60_000;
const crumbs = (frame: string) => frame.split('\n')[0];

describe('l opens the logs screen', () => {
	it('from the task grid: the task under the cursor, which a widens to its service', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		const id = selectedLine(app.frame())!.slice(2, 10);
		const task = sampleTasks().find(row => row.taskId.startsWith(id))!;
		await app.press('l');
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod › all tasks › logs  us-east-1');
		expect(app.opened.logs).toEqual([{cluster: 'prod', target: {kind: 'task', taskArn: task.taskArn, taskId: task.taskId}, container: null, sinceMs: SINCE}]);
		await app.press('a');
		expect(app.opened.logs.at(-1)).toEqual({cluster: 'prod', target: {kind: 'service', service: task.service}, container: null, sinceMs: SINCE});
		await app.press('a');
		expect(app.opened.logs.at(-1)!.target).toEqual({kind: 'task', taskArn: task.taskArn, taskId: task.taskId});
		await app.press(KEYS.escape);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod › all tasks  us-east-1');
	});

	it('from a grid of one service with no task under the cursor: the service\'s tasks', async () => {
		const app = renderApp(snapshotOf([]), {initial: initialScreens('prod', ['web']), colorEnabled: false});
		await app.press('l');
		expect(app.opened.logs).toEqual([{cluster: 'prod', target: {kind: 'service', service: 'web'}, container: null, sinceMs: SINCE}]);
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod › web › web logs  us-east-1');
	});

	it('not from a grid of the whole cluster with no task under the cursor', async () => {
		const app = renderApp(snapshotOf([]), {colorEnabled: false});
		app.stdin.write('l');
		await app.press('?');
		expect(app.opened.logs).toEqual([]);
	});

	it('from the task screen: that task, knowing its service', async () => {
		const [task] = sampleTasks();
		const app = renderApp(snapshotOf(sampleTasks()), {initial: [...initialScreens('prod', []), taskRequest('prod', task!.taskArn)], colorEnabled: false});
		await app.press('l');
		expect(crumbs(app.frame())).toBe('ecswatch  clusters › prod › all tasks › 1a2b3c4d › logs  us-east-1');
		expect(app.opened.logs).toEqual([{cluster: 'prod', target: {kind: 'task', taskArn: task!.taskArn, taskId: task!.taskId}, container: null, sinceMs: SINCE}]);
		await app.press('a');
		expect(app.opened.logs.at(-1)!.target).toEqual({kind: 'service', service: 'web'});
	});

	it('from the services screen: the service under the cursor (not the all-tasks row)', async () => {
		const services = [makeServiceRow({serviceName: 'web'}), makeServiceRow({serviceName: 'api'})];
		const app = renderApp(snapshotOf([]), {initial: [servicesRequest('prod')], services: {services, fetchedAt: FETCHED_AT}, colorEnabled: false});
		app.stdin.write('l');
		await app.press('j');
		expect(app.opened.logs).toEqual([]);
		expect(selectedLine(app.frame())).toContain('web');
		await app.press('l');
		expect(app.opened.logs).toEqual([{cluster: 'prod', target: {kind: 'service', service: 'web'}, container: null, sinceMs: SINCE}]);
		expect(crumbs(app.frame())).toBe('ecswatch  prod › web logs  us-east-1');
	});
});
