import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {tasksRequest} from '../../../../source/ui/screens/tasks/tasks-request.js';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {waitUntil} from '../../../helpers/wait-until.js';
import {KEYS, renderApp} from '../../render-app.js';
import {sampleTasks} from '../../sample-tasks.js';

afterEach(cleanup);

const footer = (frame: string) => frame.split('\n').at(-1) ?? '';
const rows = (frame: string) => frame.split('\n').filter(line => /^[> ][ +*x][0-9a-f]{8} /u.test(line));

async function type(app: ReturnType<typeof renderApp>, text: string) {
	for (const char of text) await app.press(char);
}

describe('the task filter\'s grammar in the grid', () => {
	it('narrows by field:value and negation as you type, and says N of M', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		await app.press('/');
		// While typing, the footer offers what the keys do now: q types, Enter keeps, Esc cancels.
		expect(footer(app.frame())).toMatch(/^\/▏ Enter apply {2}Ctrl\+C quit {2}Esc cancel/u);
		await type(app, 'ip:10.0.1');
		expect(rows(app.frame())).toHaveLength(1);
		expect(rows(app.frame())[0]).toContain('10.0.1.17');
		await app.press(KEYS.enter);
		expect(footer(app.frame())).toContain('filter "ip:10.0.1" · 1/1 of 5');
		expect(app.frame().split('\n')[1]).toMatch(/ · 1 of 5 tasks$/u);
		await app.press('/');
		for (let i = 0; i < 'ip:10.0.1'.length; i++) await app.press(KEYS.backspace);
		await type(app, '!status:stopped az:b');
		expect(rows(app.frame())).toHaveLength(1);
		expect(rows(app.frame())[0]).toContain('us-east-1b');
	});

	it('shows an unknown field in the filter line, keeps the rows of the terms before it, and will not keep it on Enter', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		await app.press('/');
		await type(app, 'web colour:red');
		expect(footer(app.frame())).toMatch(/^\/web colour:red▏ there is no field colour; the fields are id, ip, eni, az/u);
		expect(rows(app.frame()).every(row => row.includes(' web '))).toBe(true);
		app.stdin.write(KEYS.enter);
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(footer(app.frame())).toContain('there is no field colour');
		await app.press(KEYS.escape);
		expect(footer(app.frame())).not.toContain('colour');
		expect(rows(app.frame())).toHaveLength(5);
	});

	it('takes --filter from the command line', () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false, initial: [tasksRequest('prod', undefined, {filter: 'service:worker'})]});
		expect(rows(app.frame())).toHaveLength(1);
		expect(footer(app.frame())).toContain('filter "service:worker"');
	});
});

describe('a paste into the filter line', () => {
	it('goes in as one piece, cut at the limit, so 100 KB arrive without a render per character', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		await app.press('/');
		app.stdin.write(`${'x'.repeat(100_000)}web`);
		await waitUntil(() => expect(footer(app.frame())).toMatch(/x▏.*filter limited to 256 characters/u));
		expect(rows(app.frame())).toHaveLength(0);
		await app.press(KEYS.escape);
		expect(rows(app.frame())).toHaveLength(5);
	});
});
