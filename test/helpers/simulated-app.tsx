import {ECSClient, type ECSClientConfig} from '@aws-sdk/client-ecs';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeEach, expect} from 'vitest';
import {createLogsClientsByRegion} from '../../source/ecs/logs-client.js';
import {createEcsClient} from '../../source/ecs/client.js';
import {createElbClient} from '../../source/ecs/elb-client.js';
import {openSources} from '../../source/cli/open-sources.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {App} from '../../source/ui/app.js';
import {tasksRequest} from '../../source/ui/screens/tasks/tasks-request.js';
import type {DataSource} from '../../source/ui/stack/sources.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {waitUntil} from './wait-until.js';

export const CREDENTIALS = {accessKeyId: 'test', secretAccessKey: 'test'};

/** One test's simulator on a manual clock, a client of it for the test, and the App once mounted. */
export interface SimulatedApp {
	clock: ManualClock;
	simulator: RunningSimulator;
	/** A client of the simulator (no retries), for the test to act as a user of ECS. */
	sdk: ECSClient;
	poller?: DataSource<WatchData>;
	app?: ReturnType<typeof render>;
}

/** What the simulated-* helpers build on; its functions need no `this`. */
export interface SimulatedAppHandle {
	now(): SimulatedApp;
	/** The task grid's poller, once mounted. */
	polling(): DataSource<WatchData>;
	frame(): string;
	/**
	 * Renders the App on the task grid of `services` in cluster demo (width 120), watching through
	 * the real SDK (`client` overrides its config), and waits until it shows `shows`. Nothing polls
	 * unless the test asks: the interval is far beyond any test.
	 */
	mount(services: readonly string[], options: {height: number; shows: string; client?: ECSClientConfig; targets?: boolean}): Promise<void>;
	/** Types `key` and waits until the screen changes. */
	press(key: string): Promise<void>;
	/** Moves simulated time on, polls once, and waits until the screen shows that poll. */
	step(seconds: number): Promise<void>;
}

/** A fresh {@link SimulatedApp} for every test of the file; `newRandom` makes the simulator's source of rate faults. */
export function simulatedAppEachTest(newRandom?: () => () => number): SimulatedAppHandle {
	let running: SimulatedApp | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const simulator = await startSimulator({world: createWorld({clock}), ...(newRandom ? {random: newRandom()} : {})});
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

	const now = (): SimulatedApp => {
		if (running === undefined) throw new Error('the simulated app runs only inside a test');
		return running;
	};

	const polling = (): DataSource<WatchData> => {
		const {poller} = now();
		if (poller === undefined) throw new Error('a poll before the app is mounted: nothing polls yet');
		return poller;
	};

	const frame = (): string => now().app?.lastFrame() ?? '';
	return {
		now,
		polling,
		frame,
		async mount(services, {height, shows, client: config = {}, targets = false}) {
			const state = now();
			const {clock, simulator} = state;
			const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1, ...config});
			const logsClients = createLogsClientsByRegion({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
			// Target health only when asked: the other tests' frames have no TARGET column and count no ELB call.
			const elb = targets ? createElbClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1}) : undefined;
			const sources = openSources(client, {intervalMs: 3_600_000, now: () => clock.now(), logsClient: async region => logsClients(region), elbClient: elb === undefined ? undefined : async () => elb});
			const tasks = sources.tasks;
			sources.tasks = scope => {
				state.poller = tasks(scope);
				return state.poller;
			};

			state.app = render(
				<App sources={sources} initial={[tasksRequest('demo', services)]} target={simulator.url} width={120} height={height}
					onQuit={() => {}} colorEnabled={false} clock={() => clock.now()} />,
			);
			await waitUntil(() => expect(frame()).toContain(shows));
		},
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
