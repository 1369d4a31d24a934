import {ListTasksCommand, type ECSClient} from '@aws-sdk/client-ecs';
import {expect} from 'vitest';
import {REQUEST_TIMEOUTS} from '../../source/ecs/client.js';
import type {ManualClock} from '../../source/simulator/engine/clock.js';
import type {RunningSimulator} from '../../source/simulator/start-simulator.js';
import type {WatchSnapshot} from '../../source/watch/snapshot.js';
import {simulatedAppEachTest} from './simulated-app.js';
import {waitUntil} from './wait-until.js';

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

const clockText = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** A fresh {@link FaultWatch} for every test of the file. */
export function faultWatchEachTest(options: FaultWatchOptions): FaultWatch {
	const {now, polling, frame, mount, press} = simulatedAppEachTest(options.newRandom);
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
			await mount([service], {height, shows, client: {maxAttempts, requestHandler: {...REQUEST_TIMEOUTS, requestTimeout: options.requestTimeoutMs}}});
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
		press,
		async taskIds(service) {
			const {taskArns = []} = await now().sdk.send(new ListTasksCommand({cluster: 'demo', serviceName: service}));
			const stopped = await now().sdk.send(new ListTasksCommand({cluster: 'demo', serviceName: service, desiredStatus: 'STOPPED'}));
			return [...taskArns, ...(stopped.taskArns ?? [])].map(arn => arn.slice(arn.lastIndexOf('/') + 1));
		},
	};
}
