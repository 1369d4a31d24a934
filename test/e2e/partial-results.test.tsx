import {describe, expect, it} from 'vitest';
import {simulatedGridEachTest} from '../helpers/simulated-grid.js';

// Partial answers from ECS, watched end to end on a manual clock: the simulator's `missing` fault
// moves described tasks to DescribeTasks' failures as MISSING; a watched name the cluster does not
// have is answered MISSING by DescribeServices and ServiceNotFoundException by ListTasks.

process.env.TZ = 'UTC';

// Every other roll comes up under any rate: `missing=0.5` answers every other task MISSING.
let roll = 0;
const ecs = simulatedGridEachTest({random: () => (roll++ % 2 === 0 ? 0.1 : 0.9)});
const {step, lines, frame, data} = ecs;

/** The grid line of a task (its short id), or '' when the grid does not show it. */
const rowOf = (id: string) => lines().find(line => line.slice(2).startsWith(id)) ?? '';
/** The change marker of a task's row (after the selection marker): `?` while MISSING. */
const markerOf = (id: string) => rowOf(id).charAt(1);
const shownIds = () => (data()?.tasks ?? []).map(task => task.taskId.slice(0, 8)).sort();
const observed = () => (data()?.timeline ?? []).filter(entry => entry.source === 'observed').map(entry => entry.text);

describe('DescribeTasks answering MISSING for listed tasks', () => {
	it('keeps every row with its last values, marked MISSING, and returns them to normal rows', async () => {
		await ecs.watch(['web'], {height: 60, shows: 'updated'});
		await step(5);
		const ids = shownIds();
		expect(ids.length).toBeGreaterThanOrEqual(2);
		const before = new Map(ids.map(id => [id, rowOf(id)]));
		expect([...before.values()].every(line => line.includes('RUNNING'))).toBe(true);

		ecs.simulator.faults.set({missingRate: 0.5});
		await step(5);
		expect(shownIds()).toEqual(ids);
		const missing = ids.filter(id => markerOf(id) === '?');
		expect(missing.length).toBeGreaterThan(0);
		expect(missing.length).toBeLessThan(ids.length);
		for (const id of missing) {
			const row = rowOf(id);
			expect(row).toMatch(new RegExp(`^.\\?${id} +web +web:\\d+ +MISSING `, 'u'));
			// Every other cell keeps its last value.
			expect(`${row.charAt(0)} ${row.slice(2).replace('MISSING', 'RUNNING')}`).toBe(before.get(id));
		}

		expect(frame()).toContain(`${missing.length} MISSING in DescribeTasks (last values shown)`);
		expect(frame()).toContain('DescribeTasks answered MISSING; last seen RUNNING');
		expect(observed().filter(text => text.endsWith('DescribeTasks answered MISSING; last seen RUNNING')).sort()).toEqual(
			missing.map(id => `${id} DescribeTasks answered MISSING; last seen RUNNING`).sort(),
		);

		ecs.simulator.faults.set({missingRate: 1});
		await step(5);
		expect(shownIds()).toEqual(ids);
		expect(ids.map(markerOf)).toEqual(ids.map(() => '?'));

		ecs.simulator.faults.set({missingRate: 0});
		await step(5);
		expect(shownIds()).toEqual(ids);
		for (const id of ids) expect(rowOf(id)).toBe(before.get(id));
		expect(frame()).not.toContain('MISSING in DescribeTasks');
		expect(observed().filter(text => text.includes('described again after MISSING')).length).toBe(ids.length);
		// Back as ordinary rows: nothing started, nothing went away.
		expect(observed().some(text => text.includes('started') || text.includes('no longer listed'))).toBe(false);
	});
});

describe('a watch of several services, one of them unknown', () => {
	it('shows the known service\'s tasks and deployments and names the unknown one', async () => {
		await ecs.watch(['web', 'nope'], {height: 40, shows: 'updated'});
		await step(5);
		expect(frame()).toContain('service nope not found in demo');
		const tasks = data()?.tasks ?? [];
		expect(tasks.length).toBeGreaterThan(0);
		expect(tasks.every(task => task.service === 'web')).toBe(true);
		for (const task of tasks) expect(rowOf(task.taskId.slice(0, 8))).toContain(' web ');
		expect(data()?.services.map(service => service.serviceName)).toEqual(['web']);
		// web's rollout is read too: the header sums it up.
		expect(frame()).toContain('steady');
	});
});
