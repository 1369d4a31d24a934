/** One time jump of the logs screen: a digit and how far back it reads, as `aws logs tail --since`. */
export interface TimeJump {
	key: string;
	sinceMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The digits' time jumps, as k9s's log ranges: `0` only what comes from now on, then 1 minute,
 * 5, 15 and 30 minutes, 1 hour.
 */
export const TIME_JUMPS: readonly TimeJump[] = [
	{key: '0', sinceMs: 0},
	{key: '1', sinceMs: MINUTE},
	{key: '2', sinceMs: 5 * MINUTE},
	{key: '3', sinceMs: 15 * MINUTE},
	{key: '4', sinceMs: 30 * MINUTE},
	{key: '5', sinceMs: HOUR},
];

/** `10m`, `1h`, `90s`; `0` reads new lines only. */
export function durationText(ms: number): string {
	if (ms >= HOUR && ms % HOUR === 0) return `${ms / HOUR}h`;
	if (ms >= MINUTE && ms % MINUTE === 0) return `${ms / MINUTE}m`;
	return `${Math.round(ms / 1000)}s`;
}

/** What a time jump reads, for its key's description: `from 5m ago`, `with new lines only`. */
export function jumpText(sinceMs: number): string {
	return sinceMs === 0 ? 'with new lines only' : `from ${durationText(sinceMs)} ago`;
}
