import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {HIGHLIGHT_MS} from '../../../../source/model/change-marks.js';
import type {ChangeMark} from '../../../../source/model/task-diff-types.js';
import {FETCHED_AT, snapshotWith} from '../../../helpers/fake-store.js';
import {renderApp} from '../../render-app.js';
import {sampleTasks} from '../../sample-tasks.js';
import {waitUntil} from '../../../helpers/wait-until.js';

// Colour forced on before Ink loads, so `colorEnabled` alone decides whether escapes appear.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
process.env.TZ = 'UTC';
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task/prod/';
/** 1a2b… appeared, 2b3c… turned unhealthy and is being stopped, 5e6f… stopped: all seen by this poll. */
const MARKS = new Map<string, ChangeMark>([
	[`${ARN}1a2b3c4d5e6f40718293a4b5c6d7e8f9`, {kind: 'appeared', fields: [], at: FETCHED_AT}],
	[`${ARN}2b3c4d5e6f708192a3b4c5d6e7f80910`, {kind: 'changed', fields: ['healthStatus', 'desiredStatus'], at: FETCHED_AT}],
	[`${ARN}5e6f708192a3b4c5d6e7f80910111213`, {kind: 'stopped', fields: ['lastStatus'], at: FETCHED_AT}],
]);
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[\d;]*m/gu;
const rowOf = (frame: string, id: string) => frame.split('\n').find(line => line.includes(id)) ?? '';

describe('change highlighting', () => {
	it('marks appeared (+), changed (*) and stopped (x) rows, readable without colour', () => {
		const app = renderApp(snapshotWith(sampleTasks(), {marks: MARKS}), {colorEnabled: false, height: 11});
		expect(app.frame()).not.toMatch(ANSI);
		expect(app.frame().split('\n').slice(3, 9).join('\n')).toMatchInlineSnapshot(`
			"  TASK     SERVICE  STATUS           HEALTH    AZ         ENI                   PRIVATE IP       AGE
			> 3c4d5e6f api      PROVISIONING→RU… UNKNOWN   us-east-1a -                     -                 5s
			 *2b3c4d5e web      RUNNING→STOPPED  UNHEALTHY us-east-1b eni-0b1b2c3d4e5f60718 10.0.2.33         3h
			 +1a2b3c4d web      RUNNING          HEALTHY   us-east-1a eni-0a1b2c3d4e5f60718 10.0.1.17         2m
			  4d5e6f70 worker   RUNNING          -         us-east-1c 80→32768/tcp          -                 4d
			 x5e6f7081 web      STOPPED          EssentialContainerExited: Essential container in task exited"
		`);
	});

	it('keeps the selection marker first on a highlighted selected row', async () => {
		const app = renderApp(snapshotWith(sampleTasks(), {marks: MARKS}), {colorEnabled: false, height: 11});
		await app.press('j');
		expect(rowOf(app.frame(), '2b3c4d5e')).toMatch(/^>\*2b3c4d5e/u);
	});

	it('colours the appeared row bold green and only the changed cells of a changed row', () => {
		const app = renderApp(snapshotWith(sampleTasks(), {marks: MARKS}), {colorEnabled: true, height: 11});
		const appeared = rowOf(app.frame(), '1a2b3c4d');
		// The whole row bold (1), the marker and the task id greenBright (92).
		expect(appeared).toContain('\u001B[1m \u001B[92m+1a2b3c4d');
		const changed = rowOf(app.frame(), '2b3c4d5e');
		// cyanBright (96) on STATUS and HEALTH, not on the IP that did not change.
		expect(changed).toContain('\u001B[96mRUNNING→STOPPED');
		expect(changed).toContain('\u001B[96mUNHEALTHY');
		expect(changed).not.toContain('\u001B[96m10.0.2.33');
	});

	it('fades after HIGHLIGHT_MS, through one timer, and leaves no timer behind', async () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']});
		let now = FETCHED_AT + 1000;
		const app = renderApp(snapshotWith(sampleTasks(), {marks: MARKS}), {colorEnabled: false, height: 11, clock: () => now});
		expect(rowOf(app.frame(), '1a2b3c4d')).toMatch(/^ \+/u);
		expect(vi.getTimerCount()).toBe(1);
		now = FETCHED_AT + HIGHLIGHT_MS - 1;
		vi.advanceTimersByTime(HIGHLIGHT_MS - 1001);
		now = FETCHED_AT + HIGHLIGHT_MS;
		vi.advanceTimersByTime(1);
		await waitUntil(() => {
			expect(rowOf(app.frame(), '1a2b3c4d')).toMatch(/^ {2}1a2b3c4d/u);
		});
		expect(app.frame()).not.toMatch(/^.[+*x]/mu);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('runs no timer when nothing is highlighted', () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']});
		const old = new Map([...MARKS].map(([arn, mark]) => [arn, {...mark, at: FETCHED_AT - HIGHLIGHT_MS}]));
		const app = renderApp(snapshotWith(sampleTasks(), {marks: old}), {colorEnabled: false, height: 11});
		expect(app.frame()).not.toMatch(/^.[+*x]/mu);
		expect(vi.getTimerCount()).toBe(0);
	});
});
