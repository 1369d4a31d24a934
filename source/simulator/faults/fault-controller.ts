import type {Clock} from '../engine/world-api.js';
import {logsOperationNames, ThrottleBuckets} from './throttle-buckets.js';

/** Failures the simulator injects, switchable per run and at runtime. All are off by default. */
export interface FaultOptions {
	/** Enforce ECS's and CloudWatch Logs' per-account throttling token buckets (ThrottlingException "Rate exceeded"). */
	throttling?: boolean;
	/** Added latency before every answer, in milliseconds. */
	latencyMs?: number;
	/** Fraction (0..1) of calls answered with HTTP 500 ServerException. */
	errorRate?: number;
	/** The next n calls answer HTTP 500 ServerException (deterministic). */
	failNext?: number;
	/** Fraction (0..1) of calls whose connection is destroyed without an answer. */
	dropRate?: number;
	/** The next n calls have their connection destroyed without an answer (deterministic). */
	dropNext?: number;
	/** Every call answers ExpiredTokenException, as with expired session credentials. */
	expiredCredentials?: boolean;
	/** Operations (e.g. 'DescribeTasks') answered with AccessDeniedException. */
	accessDenied?: readonly string[];
	/** Fraction (0..1) of calls answered ThrottlingException whatever the buckets hold (a throttling storm). */
	throttleRate?: number;
	/** Fraction (0..1) of calls read and then never answered: the connection stays open until the client gives up. */
	hangRate?: number;
	/** Fraction (0..1) of the tasks DescribeTasks is asked for that come back as failures MISSING. */
	missingRate?: number;
}

export type FaultDecision =
	| {kind: 'none'}
	| {kind: 'drop'}
	| {kind: 'hang'}
	| {kind: 'error'; status: number; type: string; message: string};

export interface FaultController {
	/** Merges `options` into the active faults; e.g. `set({failNext: 2})`, `set({throttling: false})`. */
	set(options: FaultOptions): void;
	/** Switches every fault off and refills the throttling buckets. */
	reset(): void;
	/** Makes `options` the whole set of active faults (`{}` clears them); the buckets refill only when throttling comes on. */
	replace(options: FaultOptions): void;
	/** The active faults (failNext/dropNext count down as calls consume them). */
	current(): Readonly<FaultOptions>;
	/** Waits the added latency, then decides the fate of one call to `operation`. */
	apply(operation: string): Promise<FaultDecision>;
	/** Whether one task of an answered DescribeTasks is to come back MISSING (rolled per task). */
	taskMissing(): boolean;
}

export interface FaultControllerOptions {
	initial?: FaultOptions;
	/** Time source of the throttling buckets: the simulator's clock or real time (default). */
	clock?: Clock;
	/** Random source for the rate-based faults (default Math.random). */
	random?: () => number;
	/** How latency is waited (default setTimeout); tests inject their own. */
	sleep?: (ms: number) => Promise<void>;
	accountId?: string;
}

const realTime: Clock = {now: () => Date.now()};
// Unref'd: a slow answer pending when the simulator closes must not keep the process alive.
const timerSleep = async (ms: number) =>
	new Promise<void>((resolve) => {
		setTimeout(resolve, ms).unref();
	});

const serverError: FaultDecision = {
	kind: 'error',
	status: 500,
	type: 'ServerException',
	message: 'Service encountered an internal error (injected fault).',
};

const throttled: FaultDecision = {kind: 'error', status: 400, type: 'ThrottlingException', message: 'Rate exceeded'};

/** Creates the fault switchboard of one simulator. */
export function createFaultController(options: FaultControllerOptions = {}): FaultController {
	const clock = options.clock ?? realTime;
	const random = options.random ?? Math.random;
	const sleep = options.sleep ?? timerSleep;
	const accountId = options.accountId ?? '123456789012';
	let active: FaultOptions = {...options.initial};
	let buckets = new ThrottleBuckets(clock);

	// A fault that is off draws no random number, so one rate's rolls do not shift another's.
	const roll = (rate: number | undefined): boolean => rate !== undefined && rate > 0 && random() < rate;

	const countDown = (key: 'failNext' | 'dropNext'): boolean => {
		const left = active[key] ?? 0;
		if (left <= 0) {
			return false;
		}

		active = {...active, [key]: left - 1};
		return true;
	};

	const decide = (operation: string): FaultDecision => {
		if (countDown('dropNext') || roll(active.dropRate)) {
			return {kind: 'drop'};
		}

		if (roll(active.hangRate)) {
			return {kind: 'hang'};
		}

		if (countDown('failNext') || roll(active.errorRate)) {
			return serverError;
		}

		if (active.expiredCredentials) {
			return {kind: 'error', status: 400, type: 'ExpiredTokenException', message: 'The security token included in the request is expired'};
		}

		if (active.accessDenied?.includes(operation)) {
			const action = `${logsOperationNames.has(operation) ? 'logs' : 'ecs'}:${operation}`;
			return {
				kind: 'error',
				status: 400,
				type: 'AccessDeniedException',
				message: `User: arn:aws:iam::${accountId}:user/ecswatch is not authorized to perform: ${action} on resource: * because no identity-based policy allows the ${action} action`,
			};
		}

		if (roll(active.throttleRate) || (active.throttling && !buckets.allow(operation))) {
			return throttled;
		}

		return {kind: 'none'};
	};

	return {
		set(next) {
			if (next.throttling && !active.throttling) {
				buckets = new ThrottleBuckets(clock);
			}

			active = {...active, ...next};
		},
		reset() {
			active = {};
			buckets = new ThrottleBuckets(clock);
		},
		replace(next) {
			if (next.throttling && !active.throttling) {
				buckets = new ThrottleBuckets(clock);
			}

			active = {...next};
		},
		current: () => active,
		async apply(operation) {
			const latency = active.latencyMs ?? 0;
			if (latency > 0) {
				await sleep(latency);
			}

			return decide(operation);
		},
		taskMissing: () => roll(active.missingRate),
	};
}
