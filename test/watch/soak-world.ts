import type {ServiceEventRow} from '../../source/model/service-row.js';
import type {TaskRow} from '../../source/model/task-row.js';
import type {TaskPollResult} from '../../source/watch/snapshot.js';
import {makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

/** Polls a task lives through: provisioning, pending, running (health unknown, then healthy). */
const STOPS_AT_AGE = 20;
/** Polls a stopped task stays listed before ECS forgets it. */
const FORGOTTEN_AT_AGE = 40;
/** ECS returns a service's newest 100 events; 20 keep the soak fast and still overlap from poll to poll. */
const EVENTS_KEPT = 20;

// The real Date, taken before a test fakes it: the faked one is slow enough to show in a soak.
const RealDate = globalThis.Date;
const iso = (ms: number) => new RealDate(ms).toISOString();

/** One task of the world at `age` polls after it was started at `startedAt`. */
function taskAt(serial: number, age: number, startedAt: number, now: number): TaskRow {
	const id = `soak${String(serial).padStart(8, '0')}`;
	const stopped = age >= STOPS_AT_AGE;
	const lastStatus = stopped ? 'STOPPED' : (['PROVISIONING', 'PENDING'][age] ?? 'RUNNING');
	return makeTaskRow({
		taskId: id,
		service: 'web',
		group: 'service:web',
		taskDefinition: `arn:aws:ecs:us-east-1:123456789012:task-definition/web:${1 + Math.floor(serial / 500)}`,
		family: 'web',
		revision: 1 + Math.floor(serial / 500),
		lastStatus,
		desiredStatus: stopped ? 'STOPPED' : 'RUNNING',
		healthStatus: age < 3 ? 'UNKNOWN' : (stopped ? 'UNHEALTHY' : 'HEALTHY'),
		availabilityZone: `us-east-1${'abc'[serial % 3]}`,
		privateIpv4: `10.0.${serial % 250}.${(serial * 7) % 250}`,
		launchType: 'FARGATE',
		createdAt: iso(startedAt),
		startedAt: age >= 2 ? iso(startedAt + 2000) : null,
		stoppedAt: stopped ? iso(now) : null,
		stoppedReason: stopped ? 'Scaling activity initiated by (deployment ecs-svc/1)' : null,
	});
}

/**
 * An ECS service that never rests: every poll one task starts and the oldest running one stops
 * (so about 20 tasks run and 20 stopped ones are listed), a new task definition revision every 500
 * tasks, and one new service event (ECS keeps the newest 100). Every poll brings several timeline
 * entries and highlights, so the session timeline reaches its cap within the first 2,000 polls.
 */
export function createSoakWorld(): (now: number) => TaskPollResult {
	const started: number[] = [];
	let events: ServiceEventRow[] = [];
	let polls = 0;
	return (now) => {
		started.push(now);
		const serial0 = Math.max(0, started.length - FORGOTTEN_AT_AGE);
		const tasks: TaskRow[] = [];
		for (let serial = serial0; serial < started.length; serial++) {
			tasks.push(taskAt(serial, started.length - 1 - serial, started[serial]!, now));
		}

		// The array of start times need not keep what ECS has forgotten.
		if (serial0 > 0) started[serial0 - 1] = 0;
		polls++;
		events = [{id: `event-${polls}`, createdAt: iso(now), message: `(service web) has started 1 tasks: (task soak${polls}).`}, ...events].slice(0, EVENTS_KEPT);
		const running = tasks.filter(task => task.lastStatus === 'RUNNING').length;
		const service = makeServiceRow({desiredCount: 20, runningCount: running, pendingCount: tasks.length - running, events});
		return {tasks, services: [service], apiCalls: 3};
	};
}
