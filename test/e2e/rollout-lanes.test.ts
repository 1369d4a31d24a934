import {describe, expect, it} from 'vitest';
import {changeLatencies, runRollout, seenStates, type RolloutRun} from '../helpers/rollout-lanes-run.js';

// A rolling deployment of `web` in a 5,000-task cluster, watched by the real poller through the SDK,
// the simulator on a manual clock: its own record of every task's state, second by second, against
// what the watch showed. One run with poll plans (lanes), one as before (every poll a full one).

const TASKS = 5000;
const INTERVAL_MS = 5000;
const SECONDS = 120;
/** While `web` rolls out (it is detected by the first poll after UpdateService, a full interval later). */
const STOP_STEADY_AT = 30;

let lanes: RolloutRun | undefined;
let full: RolloutRun | undefined;
const lanesRun = async () => (lanes ??= await runRollout({tasks: TASKS, lanes: true, seconds: SECONDS, stopSteadyAt: STOP_STEADY_AT}));
const fullRun = async () => (full ??= await runRollout({tasks: TASKS, lanes: false, seconds: SECONDS, stopSteadyAt: STOP_STEADY_AT}));
const laneStart = (run: RolloutRun) => run.polls.find(poll => poll.data.lanes !== undefined)?.at ?? Number.POSITIVE_INFINITY;

/** ECS calls per second the watch made, from the simulator's own request count, the last poll's calls aside (they pay for the pause after it). */
function callsPerSecond(run: RolloutRun): number {
	const first = run.polls[0]?.at ?? 0;
	const last = run.polls.at(-1);
	return (run.requests - (last?.data.apiCalls ?? 0)) / (((last?.at ?? first) - first) / 1000);
}

describe('a rollout in a 5,000-task cluster, polled in lanes', () => {
	it('shows every state change of the rollout\'s tasks within one 5 s poll, and loses none', async () => {
		const run = await lanesRun();
		const start = laneStart(run);
		expect(start).toBeLessThan(Number.POSITIVE_INFINITY);
		const changes = changeLatencies(run).filter(change => change.at >= start);
		expect(changes.length).toBeGreaterThan(20);
		for (const change of changes) {
			// A state the simulator held for a poll's interval is always shown; a shorter one may pass between polls.
			if (change.lastedMs >= INTERVAL_MS) expect(change.latencyMs, JSON.stringify(change)).not.toBeNull();
			if (change.latencyMs !== null) expect(change.latencyMs, JSON.stringify(change)).toBeLessThanOrEqual(INTERVAL_MS);
		}

		// While in lanes, every poll comes at the requested interval, and each of its rows of `web` is what the simulator held then.
		const lanePolls = run.polls.filter(poll => poll.data.lanes !== undefined);
		expect(lanePolls.length).toBeGreaterThan(5);
		for (const poll of run.polls.filter(poll => poll.at >= start)) {
			for (const [arn, history] of run.truth) {
				const held = history.filter(([at]) => at <= poll.at).at(-1);
				if (held === undefined) continue;
				expect(seenStates(run, arn).find(([at]) => at === poll.at)?.[1], `${arn} at ${poll.at - start}`).toBe(held[1]);
			}
		}

		expect(lanePolls.slice(0, -1).map(poll => poll.intervalMs)).toEqual(lanePolls.slice(0, -1).map(() => INTERVAL_MS));
	}, 120_000);

	it('writes every change it shows into the timeline, at the poll that saw it', async () => {
		const run = await lanesRun();
		const start = laneStart(run);
		const timeline = run.polls.at(-1)?.data.timeline ?? [];
		for (const [arn, seen] of [...run.truth.keys()].map(arn => [arn, seenStates(run, arn)] as const)) {
			for (const [index, [at, state]] of seen.entries()) {
				const before = seen[index - 1];
				if (before === undefined || at < start || before[1] === state || before[1] === 'absent') continue;
				const id = arn.split('/').at(-1)?.slice(0, 8) ?? '';
				expect(timeline.some(entry => entry.at === at && entry.taskId === id), `${id} ${before[1]} → ${state}`).toBe(true);
			}
		}
	}, 120_000);

	it('shows at least every state the full polls showed, from the lanes\' first poll on (the simulator runs the same either way)', async () => {
		const [withLanes, before] = [await lanesRun(), await fullRun()];
		const start = laneStart(withLanes);
		const lasted = (arn: string, state: string) => {
			const history = withLanes.truth.get(arn) ?? [];
			const index = history.findIndex(([at, held]) => held === state && at >= start);
			return index === -1 ? 0 : (history[index + 1]?.[0] ?? Number.POSITIVE_INFINITY) - (history[index]?.[0] ?? 0);
		};

		let compared = 0;
		for (const [arn] of before.truth) {
			const states = new Set(seenStates(withLanes, arn).map(([, state]) => state));
			for (const [at, state] of seenStates(before, arn)) {
				// A state shorter than one interval may fall between the lanes' polls and be caught by a full one.
				if (at < start || lasted(arn, state) < INTERVAL_MS) continue;
				compared++;
				expect(states, `${arn} ${state}`).toContain(state);
			}
		}

		expect(compared).toBeGreaterThan(5);
	}, 240_000);

	it('stays within the API budget, and still refreshes the whole cluster: a steady task\'s stop shows within a sweep', async () => {
		const run = await lanesRun();
		expect(callsPerSecond(run)).toBeLessThanOrEqual(4);
		const lanePolls = run.polls.filter(poll => poll.data.lanes !== undefined);
		const fullEveryMs = Math.max(...lanePolls.map(poll => poll.data.lanes?.fullEveryMs ?? 0));
		expect(fullEveryMs).toBeGreaterThan(INTERVAL_MS);
		// A sweep completed while in lanes: every task was listed and described since it began.
		expect(lanePolls.some(poll => poll.data.fullAt !== undefined && poll.data.fullAt > (run.polls[0]?.at ?? 0))).toBe(true);
		// Every task refreshed at least once a sweep, and the full poll's interval before the first.
		const fullPollMs = run.polls[0]?.intervalMs ?? 0;
		for (const poll of lanePolls) expect(poll.at - (poll.data.fullAt ?? 0)).toBeLessThanOrEqual(fullEveryMs + fullPollMs + INTERVAL_MS);
		const stopped = run.steadyStoppedAt ?? 0;
		expect(stopped).toBeGreaterThan(run.steady.stoppedAt);
		const shown = run.polls.find(poll => poll.data.tasks.find(task => task.taskArn === run.steady.arn)?.lastStatus === 'STOPPED');
		expect(shown?.data.lanes, 'shown by a poll in lanes').toBeDefined();
		expect((shown?.at ?? Number.POSITIVE_INFINITY) - stopped).toBeLessThanOrEqual(fullEveryMs + INTERVAL_MS);
		// No task of the steady rest went missing on the way.
		for (const poll of lanePolls) expect(poll.data.tasks.length).toBeGreaterThanOrEqual(run.polls[0]?.data.tasks.length ?? 0);
	}, 120_000);

	it('before poll plans: the same rollout polled in full every ~26 s, within the same budget', async () => {
		const run = await fullRun();
		expect(run.polls.every(poll => poll.data.lanes === undefined)).toBe(true);
		expect(callsPerSecond(run)).toBeLessThanOrEqual(4);
		expect(Math.min(...run.polls.map(poll => poll.intervalMs))).toBeGreaterThan(25_000);
	}, 120_000);
});
