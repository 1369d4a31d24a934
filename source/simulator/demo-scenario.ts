import {demoSteps, type DemoOptions} from './demo-steps.js';
import {lastSegment} from './last-segment.js';
import type {WorldControl} from './engine/world-control.js';
import type {World, WireRecord} from './engine/world-api.js';

const second = 1000;

/**
 * The demo's clock speed: at 2.5 a watcher sees, within five real minutes (750 simulated seconds), a
 * good rollout from first new task to steady state, a bad one failed by the circuit breaker and
 * rolled back, and a revision whose image cannot be pulled, failed and rolled back too
 * (demo-scenario.test.ts checks it over several seeds).
 */
export const demoSpeed = 2.5;

/** The pauses of the demo, in simulated ms: each step waits for the previous one's steady state. */
export const demoPauses = {
	/** From the start of a cycle to the good rollout of web (web:41 ⇄ web:42). */
	beforeGoodRollout: 20 * second,
	/** From web's steady state to the bad rollout (web:43, failing its health checks). */
	beforeBadRollout: 5 * second,
	/** From web's steady state after the rollback to the revision whose image cannot be pulled (web:44). */
	beforeBadImage: 5 * second,
	/** From web's steady state after that rollback to the scale-out of api (+2 tasks). */
	beforeScaleOut: 15 * second,
	/** From api's steady state to the scale-in (back to its count before the scale-out). */
	beforeScaleIn: 20 * second,
	/** From api's steady state to the start of the next cycle. */
	beforeNextCycle: 20 * second,
} as const;

interface Step {
	pause: number;
	/** Does the step's change; returns the service whose steady state the next step waits for. */
	run: () => string | undefined;
}

const goodRevisions = ['web:41', 'web:42'] as const;
const badRevision = 'web:43';
const badImageRevision = 'web:44';
const steadyMessage = 'has reached a steady state.';

/** `web:42` for `arn:aws:ecs:…:task-definition/web:42`. */
const familyRevision = (arn: unknown): string => (typeof arn === 'string' ? lastSegment(arn) : '');

/** Whether the service's newest event, at or after `since`, says it reached a steady state. */
function steadySince(service: WireRecord | undefined, since: number): boolean {
	const events = service?.['events'];
	const newest = Array.isArray(events) ? events[0] : undefined;
	if (!newest || typeof newest !== 'object' || Array.isArray(newest)) return false;
	const {message, createdAt} = newest;
	return typeof message === 'string' && message.endsWith(steadyMessage) && typeof createdAt === 'number' && createdAt > since;
}

/**
 * Makes the seeded world (createWorld's `demo` cluster) act out a demo from the clock's current time,
 * in endless cycles: a successful rolling deployment of `web`; right after its steady state a bad
 * revision whose tasks fail their health checks until the circuit breaker fails the rollout and
 * rolls back; then a revision whose image cannot be pulled (its tasks never start: TaskFailedToStart),
 * failed and rolled back the same way; then a scale-out of `api` and a scale-in back. Each step runs inside the world's
 * agenda, so the demo follows the world's clock, manual or scaled, with no timers of its own.
 */
export function installDemoScenario(world: World & WorldControl, options: DemoOptions = {}): void {
	const cluster = world.clusterName();
	const {safely, when} = demoSteps(world, options);
	let apiBase: number | undefined;
	const steps: Step[] = [
		{
			pause: demoPauses.beforeGoodRollout,
			run() {
				const current = familyRevision(world.describeService(cluster, 'web')?.['taskDefinition']);
				world.updateService(cluster, 'web', {taskDefinition: current === goodRevisions[1] ? goodRevisions[0] : goodRevisions[1]});
				return 'web';
			},
		},
		{
			pause: demoPauses.beforeBadRollout,
			run() {
				world.updateService(cluster, 'web', {taskDefinition: badRevision});
				return 'web';
			},
		},
		{
			pause: demoPauses.beforeBadImage,
			run() {
				world.updateService(cluster, 'web', {taskDefinition: badImageRevision});
				return 'web';
			},
		},
		{
			pause: demoPauses.beforeScaleOut,
			run() {
				const desired = world.describeService(cluster, 'api')?.['desiredCount'];
				if (typeof desired !== 'number') return undefined;
				apiBase = desired;
				world.updateService(cluster, 'api', {desiredCount: desired + 2});
				return 'api';
			},
		},
		{
			pause: demoPauses.beforeScaleIn,
			run() {
				if (apiBase === undefined) return undefined;
				world.updateService(cluster, 'api', {desiredCount: apiBase});
				return 'api';
			},
		},
	];

	const runStep = (index: number, at: number): void => {
		const step = steps[index % steps.length]!;
		const waitFor = safely(() => step.run());

		const next = (index + 1) % steps.length;
		const pause = next === 0 ? demoPauses.beforeNextCycle + demoPauses.beforeGoodRollout : steps[next]!.pause;
		const settled = (): boolean => waitFor === undefined || steadySince(world.describeService(cluster, waitFor), at);
		when(at, settled, t => world.schedule(t + pause, () => runStep(next, t + pause)));
	};

	const start = world.clock.now();
	world.schedule(start + demoPauses.beforeGoodRollout, () => runStep(0, start + demoPauses.beforeGoodRollout));
}
