import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {tasksRequest} from '../../../../source/ui/screens/tasks/tasks-request.js';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {makeTaskRow} from '../../../helpers/task-row.js';
import {renderApp, selectedLine} from '../../render-app.js';

afterEach(cleanup);

const ips = ['10.0.10.1', '10.0.2.9', '10.0.2.10', '10.0.1.200'];
const tasks = ips.map((ip, index) => makeTaskRow({
	taskId: `${index}a${'0'.repeat(30)}`, service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', privateIpv4: ip,
	createdAt: `2026-01-15T11:5${index}:00Z`,
}));
const shownIps = (frame: string) => frame.split('\n').flatMap(line => /10\.0\.\d+\.\d+/u.exec(line)?.[0] ?? []);

describe('sorting the task grid by a column', () => {
	it('Shift+I sorts by private IP numerically, again the other way; the cursor stays on its task', async () => {
		const app = renderApp(snapshotOf(tasks), {colorEnabled: true});
		expect(shownIps(app.frame())).toEqual(ips); // the calm order: by creation time
		// The cursor has not moved yet: it stays on its task all the same.
		const selected = selectedLine(app.frame());
		await app.press('I');
		expect(shownIps(app.frame())).toEqual(['10.0.1.200', '10.0.2.9', '10.0.2.10', '10.0.10.1']);
		expect(app.frame()).toContain('PRIVATE IP▲');
		expect(selectedLine(app.frame())).toBe(selected);
		await app.press('I');
		expect(shownIps(app.frame())).toEqual(['10.0.10.1', '10.0.2.10', '10.0.2.9', '10.0.1.200']);
		expect(app.frame()).toContain('PRIVATE IP▼');
	});

	it('marks the sorted column with ^ and v without colour, and takes --sort from the command line', async () => {
		const app = renderApp(snapshotOf(tasks), {colorEnabled: false, initial: [tasksRequest('prod', undefined, {sort: {column: 'ip', descending: true}})]});
		expect(app.frame()).toContain('PRIVATE IPv');
		expect(shownIps(app.frame())[0]).toBe('10.0.10.1');
		await app.press('A');
		expect(app.frame()).toContain('AGE^');
		expect(app.frame()).not.toContain('PRIVATE IPv');
	});
});
