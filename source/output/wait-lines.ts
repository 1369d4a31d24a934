import type {RolloutState} from '../model/rollout-state.js';
import {sanitize} from '../model/sanitize.js';
import {rolloutSentenceText} from './rollout-sentence.js';

/**
 * The lines `ecswatch wait` prints, one per change, for a CI log: an ISO 8601 timestamp (to the
 * second, UTC), the service, what happened. Plain text: no colours or escapes, whatever stdout is.
 */

/** `2026-12-01T11:57:02Z`. */
export function logTime(ms: number): string {
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) ? '-' : date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

function line(atMs: number, service: string, text: string): string {
	return `${logTime(atMs)} ${sanitize(service)} ${sanitize(text)}\n`;
}

/**
 * `2026-12-01T11:57:02Z web deploying web:42 → 3/6 healthy, 2 pending, 0 failed`, with `note`:
 * `2026-12-01T11:57:02Z web steady (waiting for the next rollout to start)`.
 */
export function waitStateLine(atMs: number, service: string, state: RolloutState, note?: string): string {
	return line(atMs, service, note === undefined ? rolloutSentenceText(state) : `${rolloutSentenceText(state)} (${note})`);
}

/** How a wait ended, for its last line. */
export type WaitEnd =
	| {kind: 'done'; target: string | null}
	| {kind: 'failed'; state: RolloutState}
	| {kind: 'timeout'; afterMs: number; state: RolloutState | null}
	| {kind: 'deleted'}
	| {kind: 'error'; message: string};

/** `90s`, `20m`, `1h`, `1h30m`, `2m5s`. */
export function durationText(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = total % 60;
	const parts = [hours > 0 ? `${hours}h` : '', minutes > 0 ? `${minutes}m` : '', seconds > 0 || total === 0 ? `${seconds}s` : ''];
	return parts.join('');
}

/** What ECS does about a failed rollout, for the last line. */
function afterFailure(state: RolloutState): string {
	switch (state.kind) {
		case 'rolling-back': return `; ECS is rolling back to ${state.target}`;
		case 'rolled-back': return `; ECS rolled back to ${state.target}`;
		case 'failed': return state.reason === null ? '' : `: ${state.reason}`;
		default: return '';
	}
}

/** The last line: what the exit code means, in words. */
export function waitEndLine(atMs: number, service: string, end: WaitEnd): string {
	switch (end.kind) {
		case 'done': return line(atMs, service, end.target === null ? 'rollout complete: steady' : `rollout complete: steady on ${end.target}`);
		case 'failed': return line(atMs, service, `rollout failed${afterFailure(end.state)}`);
		case 'timeout': return line(atMs, service, `still not done after ${durationText(end.afterMs)}${end.state === null ? '' : ` (${rolloutSentenceText(end.state)})`}: giving up`);
		case 'deleted': return line(atMs, service, 'the service is being deleted or no longer exists');
		case 'error': return line(atMs, service, `cannot read the service: ${end.message}`);
	}
}

/** A poll that failed and will be tried again: `… web poll failed (throttled by AWS, backing off), retrying in 10s`. */
export function waitRetryLine(atMs: number, service: string, problem: string, retryInMs: number): string {
	return line(atMs, service, `poll failed (${problem}), retrying in ${durationText(retryInMs)}`);
}
