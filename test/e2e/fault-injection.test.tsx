import {ListTasksCommand} from '@aws-sdk/client-ecs';
import {beforeEach, describe, expect, it} from 'vitest';
import {faultWatchEachTest} from '../helpers/fault-watch.js';
import {waitUntil} from '../helpers/wait-until.js';

// Each fault of the simulator, switched on over HTTP while the real poller, SDK and screen watch
// service web (6 tasks): what the screen says during the fault, then that it recovers with the
// same rows. Faults about sockets (hang, latency, reset) act in real time; the screen's clock is
// the manual one. The watch's SDK client retries once (adaptive mode) and gives up on a silent
// call after 1.5 s, so a fault costs seconds, not the SDK's default minutes. The words asserted
// are the error's name or the sentence that explains it (`throttled`, `expired`, the IAM action).

process.env.TZ = 'UTC';

/** Rate faults roll this in turn: a rate of 0.5 hits every other roll, a rate of 1 every one. */
function alternating(): () => number {
	let roll = 0;
	return () => (roll++ % 2 === 0 ? 0.25 : 0.75);
}

const ecs = faultWatchEachTest({maxAttempts: 2, requestTimeoutMs: 1500, newRandom: alternating});
const {frame, poll, setFaults, press} = ecs;
const lines = () => frame().split('\n');
/** The task ids of the grid's rows: the 8 characters after the cursor and mark columns. */
const gridIds = () => lines().flatMap(line => /^..([0-9a-f]{8}) /u.exec(line)?.[1] ?? []).sort();
const clockText = (ms: number) => new Date(ms).toISOString().slice(11, 19);
const retryingIn = () => Number(/retrying in (\d+)s/u.exec(frame())?.[1] ?? Number.NaN);

let ids: string[] = [];

/** Healthy: the same rows by task id, no stale marker, live, updated at the clock's time. */
async function expectHealthy(): Promise<void> {
	await waitUntil(() => {
		expect(frame()).not.toContain('stale since');
		expect(frame()).toContain(`updated ${clockText(ecs.clock.now())} · live`);
		expect(gridIds()).toEqual(ids);
	});
}

/** Failing: stale since the poll that failed, the last rows kept, `shows` said. */
async function expectStale(since: number, shows: RegExp): Promise<void> {
	await waitUntil(() => {
		expect(frame()).toContain(`stale since ${clockText(since)}`);
		expect(frame()).toMatch(shows);
		expect(gridIds()).toEqual(ids);
	});
}

async function start(maxAttempts?: number): Promise<void> {
	await ecs.watch('web', {height: 30, shows: 'live', ...(maxAttempts === undefined ? {} : {maxAttempts})});
	ids = (await ecs.taskIds('web')).map(id => id.slice(0, 8)).sort();
	expect(ids).toHaveLength(6);
	await expectHealthy();
}

/** Clears the faults, then `how` polls again: a poll that comes on its own, or the user's `r`. */
async function clearAndRecover(how: 'poll' | 'r'): Promise<void> {
	await setFaults({});
	if (how === 'poll') {
		await poll(5);
	} else {
		await press('r');
		await ecs.settled();
	}

	await expectHealthy();
}

describe('throttling', () => {
	it('throttle: ECS\'s real buckets leave a normal watch live, and the SDK retries a call they refuse', async () => {
		await start(5);
		await setFaults({throttle: true});
		for (let polls = 0; polls < 3; polls++) {
			await poll(5);
			await expectHealthy();
		}

		// Another tool of the account empties the ListTasks/DescribeTasks bucket (100 calls of burst).
		let refused = 0;
		for (let calls = 0; calls < 150 && refused === 0; calls++) {
			await ecs.sdk.send(new ListTasksCommand({cluster: 'demo'})).catch((error: unknown) => {
				expect((error as Error).name).toBe('ThrottlingException');
				refused++;
			});
		}

		expect(refused).toBe(1);
		// The watch's next call may be refused too: the SDK waits and retries it, and the screen stays live.
		await poll(5);
		await expectHealthy();
		await clearAndRecover('poll');
	});

	it('throttle-storm=1: the poll fails throttled; the rows stay, stale, counting down to the retry', async () => {
		await start();
		await setFaults({'throttle-storm': 1});
		await poll(5);
		await expectStale(ecs.clock.now(), /throttl/iu);
		const countdown = retryingIn();
		expect(countdown).toBeGreaterThan(20);
		ecs.clock.advance(20_000);
		await waitUntil(() => expect(retryingIn()).toBe(countdown - 20));
		await clearAndRecover('poll');
	});
});

describe('errors a retry can fix', () => {
	const cases = [
		{fault: 'error500', shows: /ServerException|server error/iu},
		{fault: 'reset', shows: /socket hang up|ECONNRESET|connection .* dropped/iu},
	];
	for (const {fault, shows} of cases) {
		it(`${fault}=0.5 then ${fault}=1: no poll loses a row; a failed one is stale and says why`, async () => {
			await start();
			await setFaults({[fault]: 0.5});
			for (let polls = 0; polls < 4; polls++) {
				await poll(5);
				expect(gridIds()).toEqual(ids);
				expect(frame()).toMatch(ecs.snapshot().error === null ? / · live/u : /stale since/u);
			}

			await setFaults({[fault]: 1});
			await poll(5);
			const since = ecs.snapshot().staleSince ?? ecs.clock.now();
			await expectStale(since, shows);
			await poll(5);
			await expectStale(since, /retrying in \d+s/u);
			await clearAndRecover('poll');
		});
	}
});

describe('calls that answer late or never', () => {
	beforeEach(async () => {
		await start();
	});

	/** Starts a poll and lets 12 s pass on the screen's clock while it is in flight. */
	async function pollInFlightFor12s(): Promise<number> {
		const startedAt = ecs.clock.now();
		ecs.startPoll(0);
		await waitUntil(() => expect(frame()).toContain('refreshing…'));
		ecs.clock.advance(12_000);
		// Time alone redraws the screen on a real clock; on the manual one, a key does (the cursor moves).
		await press('j');
		return startedAt;
	}

	it('latency=500ms: the poll in flight says no answer for 12s, keeps the rows, and lands live', async () => {
		await setFaults({latency: '500ms'});
		await pollInFlightFor12s();
		expect(frame()).toContain('refreshing… · no answer for 12s');
		expect(frame()).not.toContain('stale since');
		expect(gridIds()).toEqual(ids);
		await ecs.settled();
		expect(frame()).not.toContain('no answer');
		await expectHealthy();
		await clearAndRecover('poll');
	});

	it('hang=1: no answer for 12s, then the SDK gives up: stale, timed out; the rows stay', async () => {
		await setFaults({hang: 1});
		const startedAt = await pollInFlightFor12s();
		expect(frame()).toContain('no answer for 12s');
		expect(gridIds()).toEqual(ids);
		await ecs.settled();
		await expectStale(startedAt + 12_000, /TimeoutError|did not answer in time/u);
		await clearAndRecover('poll');
	});
});

describe('errors a retry cannot fix', () => {
	beforeEach(async () => {
		await start();
	});

	it('expired-token: the poll fails saying the token expired; r after new credentials is live again', async () => {
		await setFaults({'expired-token': true});
		await poll(5);
		await expectStale(ecs.clock.now(), /expired/iu);
		await clearAndRecover('r');
	});

	it('access-denied=DescribeTasks: the screen names the IAM action denied; r after the grant is live again', async () => {
		await setFaults({'access-denied': ['DescribeTasks']});
		await poll(5);
		await expectStale(ecs.clock.now(), /ecs:DescribeTasks\b/u);
		await clearAndRecover('r');
	});

	it('access-denied=DescribeServices: the task grid stays live and the header says the services were not read', async () => {
		await setFaults({'access-denied': ['DescribeServices']});
		await poll(5);
		await expectHealthy();
		// The poller's line, which says when the data was read, says the services were not, and why.
		const statusLine = () => lines().find(line => line.includes('updated ')) ?? '';
		expect(statusLine()).toMatch(/services.*ecs:DescribeServices\b/u);
		await clearAndRecover('r');
		expect(statusLine()).not.toMatch(/services|DescribeServices/u);
	});
});

describe('tasks DescribeTasks reports MISSING', () => {
	it('missing=0.5: no row is lost while half the tasks come back MISSING, and all are live after', async () => {
		await start();
		await setFaults({missing: 0.5});
		for (let polls = 0; polls < 3; polls++) {
			await poll(5);
			// NO LOST ROWS (only this): the row count does not drop and every task id stays visible.
			// How a MISSING task is marked is being built elsewhere and deliberately not asserted.
			expect(gridIds(), frame()).toEqual(ids);
		}

		await clearAndRecover('poll');
	});
});
