import {setTimeout as sleep} from 'node:timers/promises';
import {normaliseError, type ErrorReport} from '../model/error-report.js';
import type {RolloutState} from '../model/rollout-state.js';
import {rolloutState} from '../model/rollout-state.js';
import {parseTaskDefinition} from '../model/arn.js';
import {sanitize} from '../model/sanitize.js';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';
import {nextWait, startWait, type WaitJudge, type WaitObservation, type WaitVerdict} from '../model/wait-verdict.js';
import {rolloutSentenceText} from '../output/rollout-sentence.js';
import {waitEndLine, waitRetryLine, waitStateLine, type WaitEnd} from '../output/wait-lines.js';
import {backoffDelay} from '../watch/backoff.js';

/** One look at the waited-for service: null when ECS no longer finds it. */
export interface WaitLook {
	service: ServiceRow | null;
	/** Its tasks with desired status RUNNING, for the healthy counts. */
	running: readonly TaskRow[];
}

export interface WaitLoopOptions {
	service: string;
	intervalMs: number;
	/** Real time, whatever clock the data lives by. */
	timeoutMs: number;
	fetch: (signal: AbortSignal) => Promise<WaitLook>;
	/** The clock of the lines' timestamps (the data's). */
	now: () => number;
	/** stdout: the lines. */
	write: (text: string) => void;
	/** stderr: the error that ends the wait. */
	writeError: (text: string) => void;
	/** A failed poll's error in one line that says what to do (output/error-sentence.ts). */
	explain: (report: ErrorReport) => string;
	/** Whether a failed poll is worth another try (throttling, a dropped connection, a 5xx). */
	retryable: (error: unknown) => boolean;
	/** Consecutive failed polls after which a retryable error ends the wait too (default 5). */
	maxFailures?: number;
	/** Longest wait between retries (default 60 s). */
	maxBackoffMs?: number;
	jitter?: () => number;
}

/** How the wait ended; `state` is the last rollout state seen (for the caller's explanation). */
export type WaitOutcome =
	| {kind: 'done'}
	| {kind: 'failed'; state: RolloutState}
	| {kind: 'timeout'}
	| {kind: 'deleted'}
	| {kind: 'error'};

const GONE: RolloutState = {kind: 'draining', running: 0};

/**
 * Polls the service until its rollout is judged ({@link startWait}, {@link nextWait}), writing one
 * line each time the rollout's sentence changes. The first poll's errors end the wait at once (a
 * wrong endpoint, Region or credentials should fail a pipeline fast; the SDK has already retried);
 * later throttling and network errors are retried with the watch's backoff, until `maxFailures` in
 * a row. The timeout also cuts a poll in flight short.
 */
export async function waitForRollout(options: WaitLoopOptions): Promise<WaitOutcome> {
	const deadline = AbortSignal.timeout(options.timeoutMs);
	const maxFailures = options.maxFailures ?? 5;
	const backoff = {baseMs: options.intervalMs, maxMs: options.maxBackoffMs ?? 60_000, jitter: options.jitter ?? Math.random};
	let judge: WaitJudge | undefined;
	let lastSentence: string | undefined;
	let lastState: RolloutState | null = null;
	let target: string | null = null;
	let failures = 0;
	/** The outcome, after its last line. */
	const finish = (outcome: WaitOutcome, line: WaitEnd): WaitOutcome => {
		options.write(waitEndLine(options.now(), options.service, line));
		return outcome;
	};
	const timedOut = () => finish({kind: 'timeout'}, {kind: 'timeout', afterMs: options.timeoutMs, state: lastState});

	for (;;) {
		if (deadline.aborted) return timedOut();
		let look: WaitLook;
		try {
			look = await options.fetch(deadline);
		} catch (error) {
			if (deadline.aborted) return timedOut();
			failures++;
			const report = normaliseError(error);
			if (judge === undefined || !options.retryable(error) || failures >= maxFailures) {
				options.writeError(`ecswatch: ${options.explain(report)}\n`);
				return {kind: 'error'};
			}

			const delay = backoffDelay(failures, backoff);
			options.write(waitRetryLine(options.now(), options.service, options.explain(report), delay));
			await pause(delay, deadline);
			continue;
		}

		failures = 0;
		const state = look.service === null ? GONE : rolloutState(look.service, look.running);
		const observation: WaitObservation = {service: look.service, state};
		const step: {judge: WaitJudge; verdict: WaitVerdict} = judge === undefined ? startWait(observation) : nextWait(judge, observation);
		const firstLook = judge === undefined;
		judge = step.judge;
		if (look.service !== null) {
			const sentence = rolloutSentenceText(state);
			if (sentence !== lastSentence) {
				const note = firstLook && step.judge.mode === 'next' ? 'waiting for the next rollout to start' : undefined;
				options.write(waitStateLine(options.now(), options.service, state, note));
				lastSentence = sentence;
			}

			lastState = state;
			if (state.kind === 'deploying') target = state.target;
		}

		switch (step.verdict) {
			case 'done': {
				const running = parseTaskDefinition(look.service?.taskDefinition ?? undefined)?.taskDefinition ?? target;
				return finish({kind: 'done'}, {kind: 'done', target: running === null ? null : sanitize(running)});
			}

			case 'failed': return finish({kind: 'failed', state}, {kind: 'failed', state});
			case 'deleted': return finish({kind: 'deleted'}, {kind: 'deleted'});
			case 'waiting': break;
		}

		await pause(options.intervalMs, deadline);
	}
}

/** Sleeps, or returns early when the deadline passes. */
async function pause(ms: number, deadline: AbortSignal): Promise<void> {
	try {
		await sleep(ms, undefined, {signal: deadline});
	} catch {
		// The deadline passed: the loop reports the timeout.
	}
}
