import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {taskRequest} from '../../../source/ui/screens/task/task-request.js';
import {servicesRequest} from '../../../source/ui/screens/services/services-state.js';
import {FETCHED_AT, snapshotOf} from '../../helpers/fake-store.js';
import {makeServiceRow} from '../../helpers/service-row.js';
import {waitUntil} from '../../helpers/wait-until.js';
import {renderApp} from '../render-app.js';
import {sampleTasks} from '../sample-tasks.js';

afterEach(cleanup);

const footer = (frame: string) => frame.split('\n').at(-1) ?? '';

function withClipboard(options: Parameters<typeof renderApp>[1] = {}) {
	const copy = vi.fn((_text: string) => true);
	const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false, terminal: {copy, hyperlinks: false}, ...options});
	return {app, copy};
}

describe('copying over SSH', () => {
	it('c, y, e and i copy the selected task\'s IP, ARN, ENI and id, and the footer says what was copied', async () => {
		const {app, copy} = withClipboard();
		await app.press('j');
		await app.press('j');
		const task = sampleTasks()[0]!; // the third row in the grid's calm order
		await app.press('c');
		expect(copy).toHaveBeenLastCalledWith(task.privateIpv4);
		expect(footer(app.frame())).toContain(`copied ${task.privateIpv4}`);
		for (const [key, value] of [['y', task.taskArn], ['e', task.eniId], ['i', task.taskId]] as const) {
			app.stdin.write(key);
			await waitUntil(() => expect(copy).toHaveBeenLastCalledWith(value));
		}

		await waitUntil(() => expect(footer(app.frame())).toContain(`copied ${task.taskId}`));
	});

	it('says so when the task has no such value, or copying is switched off', async () => {
		const {app, copy} = withClipboard();
		// The first row is a task still PROVISIONING: no IP yet.
		await app.press('c');
		expect(footer(app.frame())).toContain('no private IP to copy');
		expect(copy).not.toHaveBeenCalled();

		const off = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		await off.press('y');
		expect(footer(off.frame())).toContain('copying is off (ECSWATCH_OSC52)');
	});

	it('o copies the task\'s console URL on the task screen too, which shows it', async () => {
		const task = sampleTasks()[0]!;
		const {app, copy} = withClipboard({initial: [taskRequest('prod', task.taskArn)]});
		await waitUntil(() => expect(app.frame()).toContain('console'));
		expect(app.frame()).toContain('https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/');
		await app.press('o');
		expect(copy).toHaveBeenLastCalledWith(`https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/${task.taskId}/configuration?region=us-east-1`);
	});

	it('shows the console link as an OSC 8 hyperlink where the terminal has them', async () => {
		const task = sampleTasks()[0]!;
		const app = renderApp(snapshotOf(sampleTasks()), {initial: [taskRequest('prod', task.taskArn)], colorEnabled: false, terminal: {copy: null, hyperlinks: true}});
		await waitUntil(() => expect(app.frame()).toContain('\u001B]8;;https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/'));
		expect(app.frame()).toContain('open in the AWS console (o copies the URL)\u001B]8;;\u0007');
	});

	it('c copies a service\'s ARN on the services screen', async () => {
		const service = makeServiceRow({serviceName: 'web', serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/web'});
		const {app, copy} = withClipboard({initial: [servicesRequest('prod')], services: {services: [service], fetchedAt: FETCHED_AT}});
		await app.press('j');
		await app.press('c');
		expect(copy).toHaveBeenLastCalledWith('arn:aws:ecs:us-east-1:123456789012:service/prod/web');
	});
});
