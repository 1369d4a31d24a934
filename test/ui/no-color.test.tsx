import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {FETCHED_AT, snapshotOf, snapshotWith} from '../helpers/fake-store.js';
import {renderApp, selectedLine} from './render-app.js';
import {sampleTasks} from './sample-tasks.js';

// Without a TTY Ink emits no colour at all; force it on, before Ink is imported, so switching
// colour off is what removes the escapes.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
afterEach(cleanup);

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[/u;

describe('colour switch', () => {
	it('colours by meaning when enabled', () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: true});
		expect(app.frame()).toMatch(ANSI);
	});

	it('emits no escape codes when disabled, and still marks the selected row', () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		expect(app.frame()).not.toMatch(ANSI);
		expect(selectedLine(app.frame())).toContain('3c4d5e6f');
	});

	it('keeps the change markers without colour', () => {
		const [first] = sampleTasks();
		const marks = new Map([[first!.taskArn, {kind: 'appeared' as const, fields: [], at: FETCHED_AT}]]);
		const app = renderApp(snapshotWith(sampleTasks(), {marks}), {colorEnabled: false});
		expect(app.frame()).not.toMatch(ANSI);
		expect(app.frame()).toContain(' +1a2b3c4d web');
	});
});
