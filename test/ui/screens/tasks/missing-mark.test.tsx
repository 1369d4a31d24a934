import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {ChangeMark} from '../../../../source/model/task-diff-types.js';
import {FETCHED_AT, snapshotWith} from '../../../helpers/fake-store.js';
import {renderApp} from '../../render-app.js';
import {sampleTasks} from '../../sample-tasks.js';

// Colour forced on before Ink loads, so `colorEnabled` alone decides whether escapes appear.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
process.env.TZ = 'UTC';
afterEach(cleanup);

const tasks = sampleTasks();
const web = tasks[0]!;
/** Went MISSING a minute before the data was fetched: the mark must not have faded. */
const marks = new Map<string, ChangeMark>([[web.taskArn, {kind: 'missing', fields: [], at: FETCHED_AT - 60_000}]]);
const data = {marks, missingTasks: new Map([[web.taskArn, {since: FETCHED_AT - 60_000}]])};
const rowOf = (frame: string, id: string) => frame.split('\n').find(line => line.includes(id)) ?? '';

describe('a task DescribeTasks answers MISSING', () => {
	it('shows its last values with ? and STATUS MISSING, and the status line counts it', () => {
		const app = renderApp(snapshotWith(tasks, data), {colorEnabled: false, height: 14});
		expect(rowOf(app.frame(), '1a2b3c4d')).toMatch(/^.\?1a2b3c4d +web +MISSING +HEALTHY +us-east-1a +eni-0a1b2c3d4e5f60718 +10\.0\.1\.17 /u);
		expect(app.frame()).toContain('1 MISSING in DescribeTasks (last values shown)');
	});

	it('colours the marker and STATUS in the warning tone', () => {
		const app = renderApp(snapshotWith(tasks, data), {colorEnabled: true, height: 14});
		// yellow (33) on the marker and on the STATUS cell.
		// eslint-disable-next-line no-control-regex
		expect(rowOf(app.frame(), '1a2b3c4d')).toMatch(/\u001B\[33m\?.*\u001B\[33mMISSING/u);
	});

	it('names watched services the cluster does not have', () => {
		const app = renderApp(snapshotWith(tasks, {servicesNotFound: ['nope', 'arn:aws:ecs:us-east-1:123456789012:service/prod/gone']}), {colorEnabled: false, height: 14});
		expect(app.frame()).toContain('services nope, gone not found in prod');
	});
});
