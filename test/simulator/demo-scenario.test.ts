import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import type {World} from '../../source/simulator/engine/world-api.js';
import {demoSpeed, installDemoScenario} from '../../source/simulator/demo-scenario.js';
import {startSimulator} from '../../source/simulator/start-simulator.js';
import {tasksOf} from './engine/world-steps.js';

type Deployment = {id: string; status: string; taskDefinition: string; rolloutState: string; rolloutStateReason: string};
type Event = {message: string; createdAt: number};

/** What a watcher of the demo sees at one simulated second after the start. */
interface Frame {
	second: number;
	web: Deployment[];
	webTasks: string[];
	/** The revisions of web's stopped tasks that never started. */
	failedToStart: string[];
	webEvents: Event[];
	apiDesired: number;
	apiRunning: number;
}

const revision = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);

function look(world: World, second: number): Frame {
	const web = world.describeService('demo', 'web')!;
	const api = world.describeService('demo', 'api')!;
	return {
		second,
		web: (web['deployments'] as Deployment[]).map(d => ({...d, taskDefinition: revision(d.taskDefinition)})),
		webTasks: tasksOf(world, {serviceName: 'web'}).map(t => revision(t['taskDefinitionArn'] as string)),
		failedToStart: tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'}).filter(t => t['stopCode'] === 'TaskFailedToStart').map(t => revision(t['taskDefinitionArn'] as string)),
		webEvents: web['events'] as Event[],
		apiDesired: api['desiredCount'] as number,
		apiRunning: api['runningCount'] as number,
	};
}

/** Watches a demo world second by second for `seconds` simulated seconds. */
function watchDemo(seconds: number, seed?: number): Frame[] {
	const clock = new ManualClock();
	const world = createWorld(seed === undefined ? {clock} : {clock, seed});
	installDemoScenario(world);
	const frames = [look(world, 0)];
	for (let second = 1; second <= seconds; second++) {
		clock.advance(1000);
		frames.push(look(world, second));
	}

	return frames;
}

const first = (frames: Frame[], condition: (frame: Frame) => boolean, from = 0): Frame | undefined =>
	frames.find(frame => frame.second >= from && condition(frame));

const steadyOn = (rev: string) => (frame: Frame): boolean =>
	frame.web.length === 1 && frame.web[0]?.rolloutState === 'COMPLETED' && frame.web[0].taskDefinition === rev
	&& frame.webTasks.length === 6 && frame.webTasks.every(t => t === rev)
	&& frame.webEvents[0]?.message === '(service web) has reached a steady state.';

const primaryOn = (rev: string) => (frame: Frame): boolean =>
	frame.web[0]?.taskDefinition === rev && frame.web[0].rolloutState === 'IN_PROGRESS';

describe('the demo scenario', () => {
	let frames: Frame[];
	beforeAll(() => {
		frames = watchDemo(900);
	});

	it('starts on a steady web:41 and begins a rolling deployment to web:42 within 30 seconds', () => {
		expect(frames[0]!.web.map(d => [d.status, d.taskDefinition, d.rolloutState])).toEqual([['PRIMARY', 'web:41', 'COMPLETED']]);
		expect(frames[19]!.web).toHaveLength(1);
		expect(frames[20]!.web[0]).toMatchObject({taskDefinition: 'web:42', rolloutState: 'IN_PROGRESS'});
		expect(frames[30]!.web.map(d => [d.status, d.taskDefinition, d.rolloutState])).toEqual([
			['PRIMARY', 'web:42', 'IN_PROGRESS'],
			['ACTIVE', 'web:41', 'COMPLETED'],
		]);
	});

	it('rolls web out to web:42 and reaches a steady state by 120 seconds', () => {
		const steady = first(frames, steadyOn('web:42'));
		expect(steady?.second).toBeLessThanOrEqual(120);
	});

	it('then deploys the bad web:43, which the circuit breaker fails and rolls back to web:42', () => {
		const good = first(frames, steadyOn('web:42'))!;
		const bad = first(frames, primaryOn('web:43'), good.second)!;
		expect(bad).toBeDefined();
		const failed = first(frames, f => f.web.some(d => d.taskDefinition === 'web:43' && d.rolloutState === 'FAILED'), bad.second)!;
		expect(failed.web.find(d => d.taskDefinition === 'web:43')).toMatchObject({
			status: 'ACTIVE',
			rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
		});
		expect(failed.web[0]).toMatchObject({status: 'PRIMARY', taskDefinition: 'web:42', rolloutState: 'IN_PROGRESS'});
		expect(failed.web[0]?.rolloutStateReason).toMatch(/^ECS deployment circuit breaker: rolling back to deploymentId ecs-svc\/\d+\.$/);
		expect(failed.webEvents.map(e => e.message)).toContain('(service web) rolling back to deployment ' + good.web[0]!.id + '.');

		const rolledBack = first(frames, steadyOn('web:42'), failed.second)!;
		expect(rolledBack.web[0]?.id).toBe(failed.web[0]?.id);
		// Two real minutes at the demo's speed cover both the good rollout and the rolled-back bad one.
		expect(rolledBack.second).toBeLessThanOrEqual(120 * demoSpeed);
	});

	it('then deploys web:44, whose image cannot be pulled: its tasks never start, the breaker fails it and rolls back to web:42', () => {
		const healthRollback = first(frames, steadyOn('web:42'), first(frames, f => f.web.some(d => d.taskDefinition === 'web:43' && d.rolloutState === 'FAILED'))!.second)!;
		const bad = first(frames, primaryOn('web:44'), healthRollback.second)!;
		const neverStarted = first(frames, f => f.failedToStart.includes('web:44'), bad.second)!;
		expect(neverStarted.webTasks.filter(t => t === 'web:44').length).toBeGreaterThan(0);
		const failed = first(frames, f => f.web.some(d => d.taskDefinition === 'web:44' && d.rolloutState === 'FAILED'), bad.second)!;
		expect(failed.web[0]).toMatchObject({status: 'PRIMARY', taskDefinition: 'web:42', rolloutState: 'IN_PROGRESS', id: healthRollback.web[0]!.id});
		expect(first(frames, steadyOn('web:42'), failed.second)).toBeDefined();
	});

	it('shows the good rollout, the rolled-back bad one and the failure to start within five real minutes, over several seeds', () => {
		const realSeconds = 5 * 60;
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const watched = watchDemo(realSeconds * demoSpeed, seed);
			const good = first(watched, steadyOn('web:42'));
			expect(good, `seed ${seed}: good rollout`).toBeDefined();
			const healthFailed = first(watched, f => f.web.some(d => d.taskDefinition === 'web:43' && d.rolloutState === 'FAILED'), good!.second);
			expect(healthFailed, `seed ${seed}: web:43 failed`).toBeDefined();
			const healthBack = first(watched, steadyOn('web:42'), healthFailed!.second);
			expect(healthBack, `seed ${seed}: web:43 rolled back`).toBeDefined();
			const imageFailed = first(watched, f => f.failedToStart.includes('web:44') && f.web.some(d => d.taskDefinition === 'web:44' && d.rolloutState === 'FAILED'), healthBack!.second);
			expect(imageFailed, `seed ${seed}: web:44 failed to start`).toBeDefined();
			expect(first(watched, steadyOn('web:42'), imageFailed!.second), `seed ${seed}: web:44 rolled back`).toBeDefined();
		}
	});

	it('scales api out by two tasks after the rollback, then back in', () => {
		const rolledBack = first(frames, f => f.web.length === 1 && f.webEvents.some(e => e.message.includes('rolling back')))!;
		const base = frames[0]!.apiDesired;
		expect(base).toBe(4);
		const out = first(frames, f => f.apiDesired === base + 2)!;
		expect(out.second).toBeGreaterThan(rolledBack.second);
		expect(first(frames, f => f.apiRunning === base + 2, out.second)).toBeDefined();
		const back = first(frames, f => f.apiDesired === base, out.second)!;
		expect(first(frames, f => f.apiRunning === base, back.second)).toBeDefined();
	});

	it('starts the next cycle with a good rollout back to web:41, then the bad web:43 again', () => {
		const scaledIn = first(frames, f => f.apiDesired === 4, first(frames, f => f.apiDesired === 6)!.second)!;
		const next = first(frames, primaryOn('web:41'), scaledIn.second)!;
		expect(next).toBeDefined();
		const steady = first(frames, steadyOn('web:41'), next.second)!;
		expect(first(frames, primaryOn('web:43'), steady.second)).toBeDefined();
	});
});

describe('installDemoScenario', () => {
	it('reports a failing step and goes on with the next ones', () => {
		const clock = new ManualClock();
		const world = createWorld({clock});
		const update = world.updateService.bind(world);
		let refused = false;
		vi.spyOn(world, 'updateService').mockImplementation((cluster, service, input) => {
			if (!refused) {
				refused = true;
				throw new Error('refused');
			}

			return update(cluster, service, input);
		});
		const errors: unknown[] = [];
		installDemoScenario(world, {onError: error => errors.push(error)});
		clock.advance(30_000);
		world.sync();
		expect(errors).toEqual([new Error('refused')]);
		expect(world.describeService('demo', 'web')?.['taskDefinition']).toMatch(/web:43$/);
	});
});

describe('startSimulator and the demo scenario', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it("runs the demo at demoSpeed with scenario 'demo': the rollout begins 8 real seconds in", async () => {
		vi.useFakeTimers({toFake: ['Date']});
		const simulator = await startSimulator({scenario: 'demo'});
		try {
			const primary = () => (simulator.world.describeService('demo', 'web')?.['deployments'] as Deployment[])[0];
			vi.advanceTimersByTime(7000);
			expect(primary()).toMatchObject({taskDefinition: expect.stringMatching(/web:41$/), rolloutState: 'COMPLETED'});
			vi.advanceTimersByTime(1000);
			expect(primary()).toMatchObject({taskDefinition: expect.stringMatching(/web:42$/), rolloutState: 'IN_PROGRESS'});
		} finally {
			await simulator.close();
		}
	});

	it('keeps a quiet world without a scenario', async () => {
		const clock = new ManualClock();
		const simulator = await startSimulator({clock});
		try {
			clock.advance(15 * 60_000);
			const web = simulator.world.describeService('demo', 'web')!;
			expect((web['deployments'] as Deployment[]).map(d => [d.taskDefinition.replace(/.*\//, ''), d.rolloutState])).toEqual([['web:41', 'COMPLETED']]);
			expect(simulator.world.describeService('demo', 'api')?.['desiredCount']).toBe(4);
		} finally {
			await simulator.close();
		}
	});
});
