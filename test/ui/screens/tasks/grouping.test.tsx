import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {snapshotOf, snapshotWith} from '../../../helpers/fake-store.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';
import {rollingWeb} from '../../rollout-world.js';
import {manyTasks} from '../../sample-tasks.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const selectedId = (frame: string) => selectedLine(frame)?.slice(2, 4);
const rolling = () => snapshotWith(rollingWeb().tasks, {});

describe('group by revision', () => {
	it('v groups the grid under one header per revision, newest first, and back', async () => {
		const app = renderApp(rolling(), {width: 100, height: 16, colorEnabled: false});
		await app.press('v');
		expect(app.frame().split('\n').slice(3, 14).join('\n')).toMatchInlineSnapshot(`
			"  TASK     SERVICE  STATUS           HEALTH    AZ         ENI                   PRIVATE IP       AGE
			  web:42  running 3  healthy 3  unhealthy 0  pending 2  stopped 0  a:2 b:2 c:1
			> n2aaaaaa web      RUNNING          HEALTHY   us-east-1c -                     10.0.42.12        3m
			  n1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.42.11        2m
			  p1aaaaaa web      PENDING→RUNNING  UNKNOWN   us-east-1b -                     -                 2m
			  n0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.42.10        1m
			  p0aaaaaa web      PENDING→RUNNING  UNKNOWN   us-east-1a -                     -                 1m
			  web:41  running 3  healthy 3  unhealthy 0  pending 0  stopped 0  a:1 b:1 c:1
			  o2aaaaaa web      RUNNING          HEALTHY   us-east-1c -                     10.0.41.12        3m
			  o1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.41.11        2m
			  o0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.41.10        1m"
		`);
		await app.press('v');
		expect(app.frame()).not.toContain('web:42  running');
	});

	it('moves the cursor over task lines only, skipping headers, and counts tasks in the position', async () => {
		const app = renderApp(rolling(), {width: 100, height: 16, colorEnabled: false});
		await app.press('v');
		expect(selectedId(app.frame())).toBe('n2');
		await app.press('G');
		expect(selectedId(app.frame())).toBe('o0');
		expect(app.frame()).toContain('8/8');
		for (let i = 0; i < 2; i++) await app.press(KEYS.up);
		expect(selectedId(app.frame())).toBe('o2');
		await app.press(KEYS.up);
		expect(selectedId(app.frame())).toBe('p0');
		expect(app.frame()).toContain('5/8');
		await app.press(KEYS.down);
		expect(selectedId(app.frame())).toBe('o2');
		await app.press('g');
		expect(selectedId(app.frame())).toBe('n2');
		expect(app.frame()).toContain('1/8');
	});

	it('keeps the selected task when grouping is switched on and off', async () => {
		const app = renderApp(rolling(), {width: 100, height: 16, colorEnabled: false});
		await app.press(KEYS.down);
		expect(selectedId(app.frame())).toBe('o2');
		await app.press('v');
		expect(selectedId(app.frame())).toBe('o2');
		await app.press('v');
		expect(selectedId(app.frame())).toBe('o2');
	});

	it('scrolling back up shows the header of the first group', async () => {
		const app = renderApp(rolling(), {width: 100, height: 8, colorEnabled: false});
		await app.press('v');
		await app.press('G');
		await app.press('g');
		expect(app.frame().split('\n')[4]).toContain('web:42  running 3');
		expect(selectedId(app.frame())).toBe('n2');
	});

	it('still renders only the visible window of 5,000 tasks', async () => {
		const app = renderApp(snapshotOf(manyTasks(5000)), {height: 12, colorEnabled: false});
		await app.press('v');
		const frame = app.frame().split('\n');
		expect(frame[4]).toBe('  (no task definition)  running 5000  healthy 0  unhealthy 0  pending 0  stopped 0  ?:5000');
		expect(frame.filter(line => line.includes('10.0.'))).toHaveLength(6);
		expect(app.frame()).toContain('1/5000');
	});
});
