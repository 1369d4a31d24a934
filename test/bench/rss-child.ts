// Run by rss-bench.ts in a process of its own: `node --import tsx rss-child.ts ENDPOINT POLLS`.
// Polls the simulator with the app's own poller, back to back, and prints one JSON line.
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';
import {createTaskPoller} from '../../source/watch/task-poller.js';

process.env['NODE_ENV'] ??= 'production';
const [endpoint, pollsArgument] = process.argv.slice(2);
const polls = Number(pollsArgument);
if (endpoint === undefined || !(polls > 0)) throw new Error('usage: rss-child.ts ENDPOINT POLLS');

const client = createEcsClient(
	{region: 'us-east-1', endpoint},
	{credentials: {accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret'}, maxAttempts: 1},
);
// As openSources wires it, but with no API budget: the bench wants 200 polls, not 200 x 26 s.
const poller = createTaskPoller({intervalMs: 3_600_000, apiCallsPerSecond: 1e9, fetch: createFetchWatchData(client, {cluster: 'demo'})});
const samples: Array<{rss: number; heapUsed: number; ms: number}> = [];
let lastFetchedAt: number | null = null;
let tasks = 0;
const began = performance.now();
let pollStart = began;

const done = new Promise<void>((resolve, reject) => {
	poller.subscribe(() => {
		const snapshot = poller.getSnapshot();
		if (snapshot.error !== null) {
			reject(new Error(`poll failed: ${JSON.stringify(snapshot.error)}`));
			return;
		}

		const data = snapshot.data;
		if (data === null || snapshot.partial || data.fetchedAt === lastFetchedAt) return;
		lastFetchedAt = data.fetchedAt;
		tasks = data.tasks.length;
		const memory = process.memoryUsage();
		const now = performance.now();
		samples.push({rss: memory.rss, heapUsed: memory.heapUsed, ms: now - pollStart});
		pollStart = now;
		if (samples.length >= polls) resolve();
		else setImmediate(() => poller.refreshNow());
	});
});
poller.start();
await done;
poller.dispose();
client.destroy();
process.stdout.write(`${JSON.stringify({tasks, samples, totalMs: performance.now() - began})}\n`);
