import {Writable} from 'node:stream';
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator} from '../../source/simulator/start-simulator.js';
import {createTaskPoller} from '../../source/watch/task-poller.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {waitUntil} from './wait-until.js';

const CREDENTIALS = {accessKeyId: 'test', secretAccessKey: 'test'};
const CLUSTER = 'demo';

/** A task's state as a user reads it in the grid. */
export const stateOf = (task: {lastStatus?: unknown; desiredStatus?: unknown; healthStatus?: unknown} | null | undefined): string =>
	task ? `${String(task.lastStatus)}/${String(task.desiredStatus)}/${String(task.healthStatus)}` : 'absent';

export interface Poll {
	at: number;
	data: WatchData;
	intervalMs: number;
}

export interface RolloutRun {
	/** Each watched task's state, second by second, as the simulator itself holds it: arn → [time, state][]. */
	truth: Map<string, Array<[number, string]>>;
	polls: Poll[];
	/** ECS requests the simulator received from the watch. */
	requests: number;
	/** Simulated ms from the first poll to the end. */
	elapsedMs: number;
	/** The steady task the run stopped, and when. */
	steady: {arn: string; stoppedAt: number};
	/** When the simulator first reported the steady task STOPPED. */
	steadyStoppedAt: number | null;
}

/**
 * The real poller (createTaskPoller over createFetchWatchData and the SDK) watching the whole
 * `demo` cluster of `tasks` tasks in the simulator on a manual clock while `web` rolls out to
 * web:42, and a task of the steady `batch` service is stopped. Time moves a second at a time; the
 * simulator's own state of every `web` task is recorded each second (read from the world, not over
 * HTTP), and a poll is made whenever the poller would make one: its effective interval (the
 * budget's stretch included) after the last. `lanes: false` withholds the budget from the fetch, so
 * every poll is a full one: the behaviour before poll plans.
 */
export async function runRollout(options: {tasks: number; lanes: boolean; seconds: number; stopSteadyAt: number}): Promise<RolloutRun> {
	const clock = new ManualClock();
	const world = createWorld({clock, taskCount: options.tasks});
	let requests = 0;
	const log = new Writable({
		write(chunk: Buffer, _encoding, callback) {
			requests += String(chunk).split('\n').filter(line => line.trim() !== '').length;
			callback();
		},
	});
	const simulator = await startSimulator({world, logRequests: log});
	const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
	const fetch = createFetchWatchData(client, {cluster: CLUSTER});
	const poller = createTaskPoller({
		intervalMs: 5000,
		now: () => clock.now(),
		fetch: options.lanes ? fetch : async signal => fetch(signal),
	});
	const polls: Poll[] = [];
	const poll = async () => {
		const before = poller.getSnapshot().data;
		poller.refreshNow();
		await waitUntil(() => {
			if (poller.getSnapshot().data === before) throw new Error('poll not in yet');
		});
		const snapshot = poller.getSnapshot();
		if (snapshot.error !== null) throw new Error(`poll failed: ${snapshot.error.message}`);
		polls.push({at: clock.now(), data: snapshot.data as WatchData, intervalMs: snapshot.intervalMs});
	};

	const truth = new Map<string, Array<[number, string]>>();
	const record = () => {
		const arns = [...world.listTaskArns(CLUSTER, {serviceName: 'web', desiredStatus: 'RUNNING'}), ...world.listTaskArns(CLUSTER, {serviceName: 'web', desiredStatus: 'STOPPED'})];
		for (const arn of arns) {
			const state = stateOf(world.describeTask(CLUSTER, arn) as Record<string, unknown> | undefined);
			const history = truth.get(arn) ?? [];
			if (history.at(-1)?.[1] !== state) history.push([clock.now(), state]);
			truth.set(arn, history);
		}
	};

	try {
		poller.pause();
		poller.start();
		record();
		await poll();
		const start = clock.now();
		world.updateService(CLUSTER, 'web', {taskDefinition: 'web:42'});
		const [steadyArn = ''] = world.listTaskArns(CLUSTER, {serviceName: 'batch', desiredStatus: 'RUNNING'}).slice(-1);
		let steadyStoppedAt: number | null = null;
		let stopAt: number | null = null;
		let due = start + (polls.at(-1)?.intervalMs ?? 5000);
		for (let second = 1; second <= options.seconds; second++) {
			clock.advance(1000);
			// The steady task is stopped while the rollout goes on.
			if (second === options.stopSteadyAt) {
				world.stopTask(CLUSTER, steadyArn, 'stopped by the test');
				stopAt = clock.now();
			}

			record();
			if (steadyStoppedAt === null && stopAt !== null && world.describeTask(CLUSTER, steadyArn)?.['lastStatus'] === 'STOPPED') steadyStoppedAt = clock.now();
			if (clock.now() >= due) {
				await poll();
				due = clock.now() + (polls.at(-1)?.intervalMs ?? 5000);
			}
		}

		return {truth, polls, requests, elapsedMs: clock.now() - start, steady: {arn: steadyArn, stoppedAt: stopAt ?? 0}, steadyStoppedAt};
	} finally {
		poller.dispose();
		client.destroy();
		await simulator.close();
	}
}

/** What the watch showed of a task at each poll: [poll time, state][] (absent before it appeared). */
export function seenStates(run: RolloutRun, arn: string): Array<[number, string]> {
	return run.polls.map(({at, data}) => [at, stateOf(data.tasks.find(task => task.taskArn === arn))]);
}

/**
 * For each of the simulator's state changes of the watched tasks: how long until a poll showed the
 * new state (null: never shown before it changed again — lost), and how long the state lasted.
 */
export function changeLatencies(run: RolloutRun): Array<{arn: string; state: string; at: number; lastedMs: number; latencyMs: number | null}> {
	const end = (run.polls.at(-1)?.at ?? 0);
	const out: Array<{arn: string; state: string; at: number; lastedMs: number; latencyMs: number | null}> = [];
	for (const [arn, history] of run.truth) {
		const seen = seenStates(run, arn);
		for (const [index, [at, state]] of history.entries()) {
			const until = history[index + 1]?.[0] ?? Number.POSITIVE_INFINITY;
			if (at > end) continue;
			const shown = seen.find(([pollAt, seenState]) => pollAt >= at && pollAt < until && seenState === state);
			out.push({arn, state, at, lastedMs: Math.min(until, end) - at, latencyMs: shown === undefined ? null : shown[0] - at});
		}
	}

	return out;
}
