import {backoffDelay} from './backoff.js';
import type {Fetch, PolledData, PollError, PollerState, PollResult, SourceSnapshot} from './snapshot.js';
import {toPollError} from './to-poll-error.js';

export interface PollerOptions<R extends PollResult, D extends PolledData> {
	fetch: Fetch<R>;
	/**
	 * Turns a poll's result into the data published, given the data before it (null on the first
	 * poll): a task watch remembers what changed between polls here.
	 */
	accept: (previous: D | null, result: R, fetchedAt: number) => D;
	/** Pause between the end of one poll and the start of the next; at least 1000. */
	intervalMs: number;
	/** Epoch ms clock; defaults to `Date.now`. */
	now?: () => number;
	/**
	 * Average ECS API calls per second the poller may spend; defaults to {@link DEFAULT_API_CALLS_PER_SECOND}.
	 * A poll that made more calls than `intervalMs` allows waits longer before the next one.
	 */
	apiCallsPerSecond?: number;
	/**
	 * Whether a later poll can succeed where this error failed (throttling, a timeout, a 5xx) without
	 * the user doing something first. Errors it rejects (no credentials, access denied, an unknown
	 * cluster) stop the backoff: the poller says `failed` and tries again only every `backoff.maxMs`
	 * (a fixed policy or a new login heals it by itself then), or at once on `refreshNow`. Defaults
	 * to retrying every error.
	 */
	retryable?: (error: unknown) => boolean;
	backoff?: {
		/** Delay before the first retry; defaults to `intervalMs`. */
		baseMs?: number;
		/** Longest wait between retries; defaults to 60 s. */
		maxMs?: number;
		/** 0..1; defaults to `Math.random`. */
		jitter?: () => number;
	};
}

/** The polling engine as an external store: `subscribe` + `getSnapshot` for `useSyncExternalStore`. */
export interface Poller<D> {
	/** Calls `listener` after every snapshot change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
	getSnapshot(): SourceSnapshot<D>;
	/** Polls at once, then keeps polling. Later calls do nothing. */
	start(): void;
	/** Polls at once; during a poll, queues one more right after it (at most one). Works while paused too, once. */
	refreshNow(): void;
	/** The user's pause: stops scheduling polls; a poll in flight still lands. */
	pause(): void;
	/** Polls at once (unless one is in flight) and goes back to the interval. */
	resume(): void;
	togglePause(): void;
	/**
	 * Another screen covers this one: no poll is scheduled (a hidden screen spends no API budget);
	 * a poll in flight still lands. Independent of the user's pause.
	 */
	hide(): void;
	/** Uncovered again: the next poll comes when it would have come had it never been hidden. */
	show(): void;
	/** Aborts the poll in flight, stops every timer; nothing is published afterwards. */
	dispose(): void;
}

export const MIN_INTERVAL_MS = 1000;
/**
 * ListTasks and DescribeTasks share one bucket per account and Region that refills at 20 calls/s,
 * and the console, the CLI and every deploy pipeline draw from it too. A watcher left open should
 * take a fifth of it at most: a 5,000-task cluster (about 100 calls a poll) is polled every 25 s.
 */
export const DEFAULT_API_CALLS_PER_SECOND = 4;
const DEFAULT_MAX_BACKOFF_MS = 60_000;

/** Creates a poller that fetches, publishes immutable snapshots, and backs off on errors. */
export function createPoller<R extends PollResult, D extends PolledData>(options: PollerOptions<R, D>): Poller<D> {
	const {fetch, accept, intervalMs} = options;
	if (!Number.isFinite(intervalMs) || intervalMs < MIN_INTERVAL_MS) {
		throw new RangeError(`intervalMs must be at least ${MIN_INTERVAL_MS}, got ${intervalMs}`);
	}

	const now = options.now ?? Date.now;
	const apiCallsPerSecond = options.apiCallsPerSecond ?? DEFAULT_API_CALLS_PER_SECOND;
	if (!(apiCallsPerSecond > 0)) {
		throw new RangeError('apiCallsPerSecond must be positive');
	}

	const backoff = {
		baseMs: options.backoff?.baseMs ?? intervalMs,
		maxMs: options.backoff?.maxMs ?? DEFAULT_MAX_BACKOFF_MS,
		jitter: options.backoff?.jitter ?? Math.random,
	};
	if (!(backoff.baseMs > 0) || !(backoff.maxMs > 0)) {
		throw new RangeError('backoff.baseMs and backoff.maxMs must be positive');
	}

	const listeners = new Set<() => void>();
	let data: D | null = null;
	/** The last complete data; `data` may run ahead of it with a first poll's partial result. */
	let complete: D | null = null;
	let error: PollError | null = null;
	let staleSince: number | null = null;
	let consecutiveFailures = 0;
	/** The last failure was one retrying cannot fix (see `retryable`). */
	let failedForGood = false;
	let nextPollAt: number | null = null;
	/** When the next poll is due, kept while hidden so that showing again keeps the rhythm. */
	let dueAt: number | null = null;
	let pollStartedAt: number | null = null;
	let effectiveIntervalMs = intervalMs;
	let started = false;
	let paused = false;
	let hidden = false;
	let disposed = false;
	let queued = false;
	let inFlight: AbortController | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let snapshot: SourceSnapshot<D> = Object.freeze({
		state: 'starting', data, partial: false, error, staleSince, consecutiveFailures, nextPollAt, intervalMs, budgetLimited: false, pollStartedAt: null,
	});

	function currentState(): PollerState {
		if (paused) return 'paused';
		if (failedForGood && inFlight === null) return 'failed';
		if (consecutiveFailures > 0) return 'retrying';
		if (complete === null) return 'starting';
		return inFlight === null ? 'idle' : 'refreshing';
	}

	function publish(): void {
		if (disposed) return;
		const next: SourceSnapshot<D> = {
			state: currentState(), data, partial: data !== complete, error, staleSince, consecutiveFailures, nextPollAt,
			intervalMs: effectiveIntervalMs, budgetLimited: effectiveIntervalMs > intervalMs, pollStartedAt,
		};
		const unchanged = (Object.keys(next) as Array<keyof SourceSnapshot<D>>).every(key => next[key] === snapshot[key]);
		if (unchanged) return;
		snapshot = Object.freeze(next);
		for (const listener of [...listeners]) {
			if (disposed) return; // a listener disposed the poller
			listener();
		}
	}

	function clearTimer(): void {
		if (timer !== null) {
			clearTimeout(timer);
			timer = null;
		}

		nextPollAt = null;
	}

	function schedule(delayMs: number): void {
		clearTimer();
		dueAt = now() + delayMs;
		if (paused || hidden) return;
		nextPollAt = dueAt;
		timer = setTimeout(() => {
			timer = null;
			poll();
		}, delayMs);
	}

	function poll(): void {
		if (disposed) return;
		if (inFlight !== null) {
			queued = true;
			return;
		}

		clearTimer();
		dueAt = null;
		const controller = new AbortController();
		inFlight = controller;
		pollStartedAt = now();
		publish();
		void run(controller);
	}

	function onProgress(controller: AbortController, partial: R): void {
		// Only a first poll shows rows as they arrive: a refresh keeps the last complete list.
		if (disposed || inFlight !== controller || complete !== null) return;
		data = accept(null, partial, now());
		publish();
	}

	async function run(controller: AbortController): Promise<void> {
		let result: R | undefined;
		let failure: PollError | undefined;
		let permanent = false;
		try {
			result = await fetch(controller.signal, partial => onProgress(controller, partial));
		} catch (error_: unknown) {
			failure = toPollError(error_);
			permanent = options.retryable !== undefined && !options.retryable(error_);
		}

		if (disposed) return;
		inFlight = null;
		pollStartedAt = null;
		if (failure === undefined && result !== undefined) {
			complete = accept(complete, result, now());
			data = complete;
			effectiveIntervalMs = Math.max(intervalMs, Math.ceil(((result.apiCalls ?? 0) / apiCallsPerSecond) * 1000));
			error = null;
			staleSince = null;
			consecutiveFailures = 0;
			failedForGood = false;
		} else {
			error = failure ?? {name: 'Error', message: 'fetch returned nothing'};
			staleSince ??= now();
			consecutiveFailures++;
			failedForGood = permanent;
		}

		if (queued) {
			queued = false;
			poll();
			return;
		}

		if (failedForGood) schedule(backoff.maxMs);
		else schedule(consecutiveFailures > 0 ? backoffDelay(consecutiveFailures, backoff) : effectiveIntervalMs);
		publish();
	}

	function pause(): void {
		if (paused || disposed) return;
		paused = true;
		queued = false;
		clearTimer();
		publish();
	}

	function resume(): void {
		if (!paused || disposed) return;
		paused = false;
		if (started && inFlight === null && !hidden) poll();
		else publish();
	}

	// Plain closures, not methods: callers may destructure them (`const {pause} = poller`).
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		getSnapshot: () => snapshot,
		start() {
			if (started || disposed) return;
			started = true;
			if (!paused && !hidden) poll();
		},
		refreshNow() {
			if (started) poll();
		},
		pause,
		resume,
		togglePause() {
			if (paused) resume();
			else pause();
		},
		hide() {
			if (hidden || disposed) return;
			hidden = true;
			queued = false;
			clearTimer();
			publish();
		},
		show() {
			if (!hidden || disposed) return;
			hidden = false;
			if (!started || paused || inFlight !== null) {
				publish();
				return;
			}

			if (dueAt === null) poll();
			else schedule(Math.max(0, dueAt - now()));
			publish();
		},
		dispose() {
			if (disposed) return;
			disposed = true;
			clearTimer();
			inFlight?.abort();
			inFlight = null;
			listeners.clear();
		},
	};
}
