import {demoSteps, type DemoOptions} from './demo-steps.js';
import {lastSegment} from './last-segment.js';
import type {WorldControl} from './engine/world-control.js';
import type {Json, World, WireRecord} from './engine/world-api.js';

const second = 1000;

/** The blue/green service of the demo cluster (seed.ts) and the two revisions it shifts between. */
export const blueGreenService = 'checkout';
const revisions = ['checkout:7', 'checkout:8'] as const;

/** The pauses of the blue/green demo, in simulated ms. */
export const blueGreenPauses = {
	/** From the start (and from the end of each shift) to the next shift's green task set. */
	beforeShift: 45 * second,
	/** From the green set's steady state to the switch of production traffic (CodeDeploy's test-traffic and hook steps). */
	beforeReroute: 10 * second,
	/** From the switch of production traffic to the deletion of the blue task set (CodeDeploy's wait before termination). */
	bake: 30 * second,
} as const;

type TaskSetRecord = {id: string; status: string; taskDefinition: string; stabilityStatus: string};

const isRecord = (value: Json | undefined): value is {[key: string]: Json} => typeof value === 'object' && value !== null && !Array.isArray(value);

function taskSetsOf(answer: WireRecord): TaskSetRecord[] {
	const sets = answer['taskSets'];
	if (!Array.isArray(sets)) return [];
	return sets.filter(isRecord).map(s => ({
		id: String(s['id']),
		status: String(s['status']),
		taskDefinition: lastSegment(String(s['taskDefinition'])),
		stabilityStatus: String(s['stabilityStatus']),
	}));
}

/** A CodeDeploy deployment id (`d-` and 9 upper-case letters or digits), derived from the time. */
const codeDeployId = (at: number): string => `d-${at.toString(36).toUpperCase().slice(-9).padStart(9, '0')}`;

/**
 * Makes the demo cluster's CODE_DEPLOY service act out what CodeDeploy does in a blue/green
 * deployment (developer guide, "CodeDeploy blue/green deployments for Amazon ECS",
 * deployment-type-bluegreen.html; the migration page describes the calls): it creates the green
 * (replacement) task set at 100% beside the blue one, waits until it is STEADY_STATE, then a little
 * longer, shifts production traffic to it (UpdateServicePrimaryTaskSet), and after a short wait deletes the blue
 * set, which drains (DRAINING, its tasks stop) and is gone. Then the same the other way round, in
 * endless cycles, through the world's agenda and ECS API: no timers of its own.
 */
export function installBlueGreenDemo(world: World & WorldControl, options: DemoOptions = {}): void {
	const cluster = world.clusterName();
	const service = blueGreenService;
	const {safely, when} = demoSteps(world, options);
	const describe = (): TaskSetRecord[] => taskSetsOf(world.ecs.describeTaskSets({cluster, service}));

	const shift = (at: number): void => {
		const blue = safely(() => describe().find(s => s.status === 'PRIMARY'));
		const created = blue && safely(() => world.ecs.createTaskSet({
			cluster,
			service,
			taskDefinition: blue.taskDefinition === revisions[0] ? revisions[1] : revisions[0],
			scale: {value: 100, unit: 'PERCENT'},
			externalId: codeDeployId(at),
		}));
		const green = created?.['taskSet'];
		if (!blue || !isRecord(green)) {
			world.schedule(at + blueGreenPauses.beforeShift, () => shift(at + blueGreenPauses.beforeShift));
			return;
		}

		const greenId = String(green['id']);
		when(at, () => describe().some(s => s.id === greenId && s.stabilityStatus === 'STEADY_STATE'), steadyAt => {
			const rerouteAt = steadyAt + blueGreenPauses.beforeReroute;
			const deleteAt = rerouteAt + blueGreenPauses.bake;
			world.schedule(rerouteAt, () => safely(() => world.ecs.updateServicePrimaryTaskSet({cluster, service, primaryTaskSet: greenId})));
			world.schedule(deleteAt, () => {
				safely(() => world.ecs.deleteTaskSet({cluster, service, taskSet: blue.id, force: true}));
				when(deleteAt, () => !describe().some(s => s.id === blue.id), goneAt => {
					const next = goneAt + blueGreenPauses.beforeShift;
					world.schedule(next, () => shift(next));
				});
			});
		});
	};

	// A world seeded with too few tasks has no blue/green service.
	if (world.describeService(cluster, service) === undefined) return;
	const start = world.clock.now() + blueGreenPauses.beforeShift;
	world.schedule(start, () => shift(start));
}
