import {ECSClient, ListTasksCommand} from '@aws-sdk/client-ecs';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeEach, expect} from 'vitest';
import {createEcsClient, REQUEST_TIMEOUTS} from '../../source/ecs/client.js';
import {openSources} from '../../source/cli/open-sources.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {App} from '../../source/ui/app.js';
import {tasksRequest} from '../../source/ui/screens/tasks/tasks-request.js';
import type {DataSource} from '../../source/ui/stack/sources.js';
import type {WatchData, WatchSnapshot} from '../../source/watch/snapshot.js';
import {waitUntil} from './wait-until.js';

const CREDENTIALS = {accessKeyId: 'test', secretAccessKey: 'test'};

export interface FaultWatchOptions {
	/** Attempts of the watch's own SDK client (its adaptive retries); 1 means no SDK retry. */
	maxAttempts: number;
	/** The watch client's request timeout in real ms (a hung call gives up after it). */
	requestTimeoutMs: number;
	/** Makes each test's random source of the simulator's rate faults (default Math.random). */
	newRandom?: () => () => number;
}

/**
 * Like simulated-watch.tsx (simulator on a manual clock, the real SDK over real HTTP, the App in
 * ink-testing-library; nothing polls unless asked), for polls that may fail: faults are switched
 * over HTTP at the simulator's `/_ecswatch/faults`, and a poll is done when it settles, whether
 * it brought data or an error. Faults that are about sockets (hang, latency, reset) still act in
 * real time; the screen's "now" is the manual clock.
 */
export interface FaultWatch {
	readonly simulator: RunningSimulator;
	readonly clock: ManualClock;
	/** A client of the simulator (no retries), for the test to act as another user of the account. */
	readonly sdk: ECSClient;
	/** Renders the tasks screen of `service` in cluster demo (width 120) and waits until it shows `shows`. */
	watch(service: string, options: {height: number; shows: string; maxAttempts?: number}): Promise<void>;
	frame(): string;
	snapshot(): WatchSnapshot;
	/** PUTs `faults` (`{}` clears them) and checks that GET reads them back. */
	setFaults(faults: Record<string, unknown>): Promise<void>;
	/** Moves the clock on, starts a poll, and does not wait for it. */
	startPoll(seconds: number): void;
	/** Waits until the poll in flight has landed (data or error) and the screen has drawn it. */
	settled(): Promise<void>;
	/** startPoll + settled. */
	poll(seconds: number): Promise<void>;
	/** Types `key` (e.g. `r`) and waits until the screen changes. */
	press(key: string): Promise<void>;
	/** The ids of the service's tasks as ECS lists them right now (RUNNING and STOPPED). */
	taskIds(service: string): Promise<string[]>;
}

interface Running {
	clock: ManualClock;
	simulator: RunningSimulator;
	sdk: ECSClient;
	poller?: DataSource<WatchData>;
	app?: ReturnType<typeof render>;
}

const clockText = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** A fresh {@link FaultWatch} for every test of the file. */
export function faultWatchEachTest(options: FaultWatchOptions): FaultWatch {
	let running: Running | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const simulator = await startSimulator({world: createWorld({clock}), ...(options.newRandom ? {random: options.newRandom()} : {})});
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
		if (running === undefined) throw new Error('the fault watch runs only inside a test');
		return running;
	};

	const polling = (): DataSource<WatchData> => {
		const {poller} = now();
		if (poller === undefined) throw new Error('poll before watch(): nothing polls yet');
		return poller;
	};

	const frame = (): string => now().app?.lastFrame() ?? '';
	const snapshot = (): WatchSnapshot => polling().getSnapshot();

	async function settled(): Promise<void> {
		await waitUntil(() => expect(snapshot().pollStartedAt ?? null).toBeNull());
		const {error, data} = snapshot();
		await waitUntil(() => {
			expect(frame()).not.toContain('refreshing…');
			expect(frame()).toContain(error === null ? `updated ${clockText(data?.fetchedAt ?? 0)}` : 'stale since');
		});
	}

	const startPoll = (seconds: number): void => {
		now().clock.advance(seconds * 1000);
		polling().refreshNow();
	};

	return {
		get simulator() {
			return now().simulator;
		},
		get clock() {
			return now().clock;
		},
		get sdk() {
			return now().sdk;
		},
		async watch(service, {height, shows, maxAttempts = options.maxAttempts}) {
			const state = now();
			const {clock, simulator} = state;
			const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {
				credentials: CREDENTIALS,
				maxAttempts,
				requestHandler: {...REQUEST_TIMEOUTS, requestTimeout: options.requestTimeoutMs},
			});
			// Polls happen only when the test asks: the interval is far beyond any test.
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
		snapshot,
		async setFaults(faults) {
			const {faultsUrl} = now().simulator;
			const put = await fetch(faultsUrl, {method: 'PUT', body: JSON.stringify(faults)});
			expect(put.status, await put.clone().text()).toBe(200);
			const got = await (await fetch(faultsUrl)).json() as Record<string, unknown>;
			expect(Object.keys(got).sort()).toEqual(Object.keys(faults).sort());
		},
		startPoll,
		settled,
		async poll(seconds) {
			startPoll(seconds);
			await settled();
		},
		async press(key) {
			const before = frame();
			now().app?.stdin.write(key);
			await waitUntil(() => expect(frame()).not.toBe(before));
		},
		async taskIds(service) {
			const {taskArns = []} = await now().sdk.send(new ListTasksCommand({cluster: 'demo', serviceName: service}));
			const stopped = await now().sdk.send(new ListTasksCommand({cluster: 'demo', serviceName: service, desiredStatus: 'STOPPED'}));
			return [...taskArns, ...(stopped.taskArns ?? [])].map(arn => arn.slice(arn.lastIndexOf('/') + 1));
		},
	};
}
