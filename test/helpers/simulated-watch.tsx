import {ECSClient} from '@aws-sdk/client-ecs';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeEach, expect} from 'vitest';
import {createEcsClient} from '../../source/ecs/client.js';
import {openSources} from '../../source/cli/open-sources.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {App} from '../../source/ui/app.js';
import {tasksRequest} from '../../source/ui/screens/tasks/tasks-request.js';
import type {DataSource} from '../../source/ui/stack/sources.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {waitUntil} from './wait-until.js';

const CREDENTIALS = {accessKeyId: 'test', secretAccessKey: 'test'};

/**
 * The simulator on a manual clock, an SDK client that drives it, and the App that watches it
 * through the real SDK. Nothing polls on its own: each {@link SimulatedWatch.step} moves simulated
 * time on and polls once. Its functions need no `this`: destructure them freely.
 */
export interface SimulatedWatch {
	/** A client of the simulator, for the test to act as a user of ECS. */
	readonly sdk: ECSClient;
	/** Renders the App on the tasks screen of `service` in cluster demo and waits until the screen shows `shows`. */
	watch(service: string, options: {height: number; shows: string}): Promise<void>;
	frame(): string;
	lines(): string[];
	/** Types `key` and waits until the screen changes. */
	press(key: string): Promise<void>;
	/** Moves simulated time on, polls once, and waits until the screen shows that poll. */
	step(seconds: number): Promise<void>;
}

interface Running {
	clock: ManualClock;
	simulator: RunningSimulator;
	sdk: ECSClient;
	poller?: DataSource<WatchData>;
	app?: ReturnType<typeof render>;
}

/** A fresh {@link SimulatedWatch} for every test of the file: started before each, closed after each. */
export function simulatedWatchEachTest(): SimulatedWatch {
	let running: Running | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const simulator = await startSimulator({world: createWorld({clock})});
		running = {clock, simulator, sdk: new ECSClient({region: 'us-east-1', endpoint: simulator.url, credentials: CREDENTIALS, maxAttempts: 1})};
	});
	afterEach(async () => {
		const ended = running;
		running = undefined;
		ended?.poller?.dispose();
		cleanup();
		ended?.sdk.destroy();
		await ended?.simulator.close();
	});

	const now = (): Running => {
		if (running === undefined) throw new Error('the simulated watch runs only inside a test');
		return running;
	};

	const polling = (): DataSource<WatchData> => {
		const {poller} = now();
		if (poller === undefined) throw new Error('step() before watch(): nothing polls yet');
		return poller;
	};

	const frame = (): string => now().app?.lastFrame() ?? '';
	return {
		get sdk() {
			return now().sdk;
		},
		async watch(service, {height, shows}) {
			const state = now();
			const {clock, simulator} = state;
			const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
			// Polls happen only when a step asks: the interval is far beyond any test.
			const sources = openSources(client, {intervalMs: 3_600_000, now: () => clock.now()});
			const tasks = sources.tasks;
			sources.tasks = scope => {
				state.poller = tasks(scope);
				return state.poller;
			};

			state.app = render(
				<App sources={sources} initial={[tasksRequest('demo', [service])]} target={simulator.url} width={120} height={height}
					onQuit={() => {}} colorEnabled={false} clock={() => clock.now()} />,
			);
			await waitUntil(() => expect(frame()).toContain(shows));
		},
		frame,
		lines: () => frame().split('\n'),
		async press(key) {
			const before = frame();
			now().app?.stdin.write(key);
			await waitUntil(() => expect(frame()).not.toBe(before));
		},
		async step(seconds) {
			const {clock} = now();
			clock.advance(seconds * 1000);
			const before = polling().getSnapshot().data;
			polling().refreshNow();
			await waitUntil(() => expect(polling().getSnapshot().data).not.toBe(before));
			const stamp = new Date(clock.now()).toISOString().slice(11, 19);
			await waitUntil(() => expect(frame()).toContain(`updated ${stamp}`));
		},
	};
}
