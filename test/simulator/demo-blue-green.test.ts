import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {installBlueGreenDemo} from '../../source/simulator/demo-blue-green.js';
import {demoSpeed, installDemoScenario} from '../../source/simulator/demo-scenario.js';

type TaskSet = {id: string; status: string; taskDefinition: string; stabilityStatus: string; startedBy?: string; externalId?: string};

/** checkout's task sets as `STATUS:family:revision:STABILITY`, one line per simulated second. */
function watchCheckout(seconds: number) {
	const clock = new ManualClock();
	const world = createWorld({clock});
	const errors: unknown[] = [];
	installDemoScenario(world, {onError: e => errors.push(e)});
	installBlueGreenDemo(world, {onError: e => errors.push(e)});
	const frames: Array<{second: number; sets: TaskSet[]; line: string}> = [];
	for (let second = 0; second <= seconds; second++) {
		const sets = world.describeService('demo', 'checkout')!['taskSets'] as TaskSet[];
		const line = sets.map(s => `${s.status}:${s.taskDefinition.slice(s.taskDefinition.lastIndexOf('/') + 1)}:${s.stabilityStatus}`).join(' ');
		frames.push({second, sets, line});
		clock.advance(1000);
	}

	return {frames, errors, world};
}

describe('the blue/green demo of checkout', () => {
	// Five real minutes of `ecswatch --demo`.
	const {frames, errors, world} = watchCheckout(300 * demoSpeed);
	const lines = frames.map(f => f.line).filter((line, index, all) => line !== all[index - 1]);

	it('acts out a CodeDeploy shift to checkout:8 and then back to checkout:7, within five real minutes', () => {
		expect(errors).toEqual([]);
		const shift = (from: string, to: string) => [
			`PRIMARY:${from}:STEADY_STATE`,
			`PRIMARY:${from}:STEADY_STATE ACTIVE:${to}:STABILIZING`,
			`PRIMARY:${from}:STEADY_STATE ACTIVE:${to}:STEADY_STATE`,
			`PRIMARY:${to}:STEADY_STATE ACTIVE:${from}:STEADY_STATE`,
			`PRIMARY:${to}:STEADY_STATE DRAINING:${from}:STABILIZING`,
		];
		expect(lines.slice(0, 11)).toEqual([...shift('checkout:7', 'checkout:8'), ...shift('checkout:8', 'checkout:7'), 'PRIMARY:checkout:7:STEADY_STATE']);
	});

	it('creates each green set as CodeDeploy does: startedBy CODE_DEPLOY, a deployment id as externalId', () => {
		const greens = frames.flatMap(f => f.sets).filter(s => s.status === 'ACTIVE' && s.stabilityStatus === 'STABILIZING');
		expect(greens.length).toBeGreaterThan(0);
		for (const green of greens) expect(green).toMatchObject({startedBy: 'CODE_DEPLOY', externalId: expect.stringMatching(/^d-[0-9A-Z]{9}$/u)});
	});

	it('leaves the web and api scenario to itself', () => {
		const web = world.describeService('demo', 'web')!;
		expect(web['deploymentController']).toEqual({type: 'ECS'});
		expect(web['deployments']).toBeDefined();
		expect(web).not.toHaveProperty('taskSets');
	});
});
