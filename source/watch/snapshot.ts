import type {TaskRefresh} from '../model/task-refresh.js';
import type {DescribeFailure} from '../model/describe-failure.js';
import type {MissingTask} from '../model/task-diff-missing.js';
import type {ServiceRow} from '../model/service-row.js';
import type {ChangeMark, TimelineEntry} from '../model/task-diff-types.js';
import type {TaskRow} from '../model/task-row.js';
import type {RolloutChange, RolloutTrack} from './rollout-tracking.js';

/**
 * What a poller is doing right now. `failed`: the last poll failed in a way retrying cannot fix
 * (credentials, access, an unknown cluster); it tries again only slowly, or when asked.
 */
export type PollerState = 'starting' | 'refreshing' | 'idle' | 'paused' | 'retrying' | 'failed';

export interface PollError {
	/** The error's name, e.g. `ThrottlingException`, `ClusterNotFoundException`. */
	name: string;
	message: string;
}

/** What every poll result may report: the ECS API calls it spent, for the poller's budget. */
export interface PollResult {
	apiCalls?: number | undefined;
}

/** What every published data carries: when it was fetched. */
export interface PolledData {
	/** Epoch ms when this data was fetched. */
	fetchedAt: number;
}

/**
 * A poller's published state. Immutable: a new object only when something changed,
 * so React's `useSyncExternalStore` re-renders only then.
 */
export interface SourceSnapshot<D> {
	state: PollerState;
	/** The last good data; stays while later polls fail. */
	data: D | null;
	/** True while `data` holds what the first poll has brought so far, before it completes. */
	partial: boolean;
	/** The last poll's error, null after a success. */
	error: PollError | null;
	/** Epoch ms of the first failed poll since the last success (the data is stale since then). */
	staleSince: number | null;
	consecutiveFailures: number;
	/** Epoch ms of the next scheduled poll, null while paused, hidden or polling. */
	nextPollAt: number | null;
	/**
	 * The pause between polls in force: the requested interval, or longer when a poll's API calls
	 * would otherwise take more than the poller's share of the account's ECS request budget.
	 */
	intervalMs: number;
	/** True when `intervalMs` is longer than requested because of the API call budget. */
	budgetLimited: boolean;
	/** Epoch ms the poll in flight started; null (or absent) between polls. */
	pollStartedAt?: number | null;
}

/**
 * One poll. `progress` may be called with what has arrived so far (the poller shows it only
 * until the first poll completes); the promise rejects on any API error.
 */
export type Fetch<R> = (signal: AbortSignal, progress: (partial: R) => void) => Promise<R>;

/** Everything one successful poll of a task watch returned, with what was seen change since the last. */
export interface WatchData extends PolledData {
	tasks: readonly TaskRow[];
	services: readonly ServiceRow[];
	/** ECS API calls the poll made, when the fetch counts them. */
	apiCalls: number | null;
	/**
	 * Why the services could not be read on the last poll, while the tasks could; `services` then
	 * holds the last ones read (and `servicesStaleSince` when they were), or none.
	 */
	servicesUnavailable?: PollError;
	servicesStaleSince?: number;
	/**
	 * Why the load-balancer targets could not be read on the last poll (e.g. no
	 * elasticloadbalancing:DescribeTargetHealth, throttling), while the tasks could: the tasks then
	 * hold their last targets, or none.
	 */
	targetsUnavailable?: PollError;
	/** ELBv2 API calls the poll made (ELB's own budget, not in `apiCalls`), when the fetch reads targets. */
	elbApiCalls?: number;
	/** Tasks ECS listed but could not describe (not MISSING), when the fetch reports them. */
	failures: readonly DescribeFailure[];
	/**
	 * Tasks seen before that ListTasks still lists but DescribeTasks answers MISSING for, by ARN:
	 * `tasks` holds their last rows (model/task-diff-missing.ts). Absent means none.
	 */
	missingTasks?: ReadonlyMap<string, MissingTask>;
	/** Watched services (names or ARNs, as asked) that ECS does not know in the cluster; absent means none. */
	servicesNotFound?: readonly string[];
	/** Recent changes by task ARN (appeared, changed fields, stopped), for highlighting; old ones pruned. */
	marks: ReadonlyMap<string, ChangeMark>;
	/**
	 * What happened, newest first: transitions seen between polls merged with ECS's service events,
	 * kept for the whole session up to a cap (watch/session-timeline.ts).
	 */
	timeline: readonly TimelineEntry[];
	/** Old entries the timeline's cap has dropped since the session began; absent means none. */
	timelineDropped?: number;
	/** Each service's rollout as this session has watched it (for the estimate of time left), by service ARN. */
	rollouts?: ReadonlyMap<string, RolloutTrack>;
	/** Rollouts that completed or failed since the previous poll (none on the first). */
	rolloutChanges?: readonly RolloutChange[];
	/**
	 * Epoch ms since which every task of the scope has been listed and described, while polls run in
	 * lanes (the start of the last completed sweep, or the last full poll); absent after a full poll:
	 * `fetchedAt` then.
	 */
	fullAt?: number;
	/** Present while polls run in two lanes (a rollout in a large cluster): what each lane refreshes, how often. */
	lanes?: WatchLanes;
}

/** How fresh each part of the tasks is while polls run in lanes (ecs/poll-plan.ts). */
export interface WatchLanes {
	/** Names of the services whose rollout tasks every poll lists and describes (the fast lane). */
	services: readonly string[];
	/** Tasks the fast lane described on the last poll. */
	fastTasks: number;
	/** About how long one sweep of the whole scope (the slow lane) takes at the API budget. */
	fullEveryMs: number;
	/** Epoch ms the sweep in progress began. */
	sweepStartedAt: number;
}

/** What a fetch may spend per poll: the poller's interval and its share of the account's ECS request budget. */
export interface PollBudget {
	intervalMs: number;
	apiCallsPerSecond: number;
}

export type {TaskRefresh} from '../model/task-refresh.js';

export type WatchSnapshot = SourceSnapshot<WatchData>;

/** What one poll of a task watch fetches. */
export interface TaskPollResult extends PollResult {
	tasks: readonly TaskRow[];
	services: readonly ServiceRow[];
	failures?: readonly DescribeFailure[];
	/** Task ARNs listed but answered MISSING by DescribeTasks. */
	missing?: readonly string[];
	/** Watched services that ECS does not know (DescribeServices MISSING, or ListTasks ServiceNotFoundException). */
	servicesNotFound?: readonly string[];
	/** The services could not be read this poll (the tasks could). */
	servicesError?: unknown;
	/** The load-balancer targets could not be read this poll (the tasks could; they keep their last targets). */
	targetsError?: unknown;
	/** ELBv2 API calls the poll made, apart from `apiCalls` (ECS's). */
	elbApiCalls?: number;
	/**
	 * Absent: every task was listed and described (a full listing). Present: only some were (the
	 * others are in `tasks` with their last values) — see ecs/poll-plan.ts.
	 */
	refresh?: TaskRefresh;
}

/**
 * A fetch of everything one task-watch poll needs; rejects on any task API error. `budget`, when
 * given, lets it plan a poll within the poller's share of the API budget.
 */
export type FetchWatchData = (signal: AbortSignal, budget?: PollBudget) => Promise<TaskPollResult>;
