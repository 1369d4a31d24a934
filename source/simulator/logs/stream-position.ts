import type {StoredEvent} from './log-stream.js';

/** A place between two events of a stream: events at or after it are read forward, those before it backward. */
export interface StreamPosition {
	timestamp: number;
	index: number;
}

export const isBefore = (event: StoredEvent, position: StreamPosition): boolean =>
	event.timestamp < position.timestamp || (event.timestamp === position.timestamp && event.index < position.index);

export const after = (event: StoredEvent): StreamPosition => ({timestamp: event.timestamp, index: event.index + 1});
export const at = (event: StoredEvent): StreamPosition => ({timestamp: event.timestamp, index: event.index});

/**
 * GetLogEvents' tokens look like CloudWatch's: `f/` or `b/`, 56 digits, `/s`. Here the digits
 * carry the position (timestamp and index) and the stream's seed, so a token of another stream is refused.
 */
export function encodeStreamToken(direction: 'f' | 'b', position: StreamPosition, seed: number): string {
	const digits = `${String(Math.max(0, position.timestamp)).padStart(16, '0')}${String(position.index).padStart(8, '0')}${String(seed).padStart(10, '0')}`;
	return `${direction}/${digits.padEnd(56, '0')}/s`;
}

export function decodeStreamToken(token: string, seed: number): {direction: 'f' | 'b'; position: StreamPosition} | undefined {
	const match = /^([fb])\/(\d{16})(\d{8})(\d{10})0{22}\/s$/u.exec(token);
	if (!match || Number(match[4]) !== seed) return undefined;
	return {direction: match[1] as 'f' | 'b', position: {timestamp: Number(match[2]), index: Number(match[3])}};
}
