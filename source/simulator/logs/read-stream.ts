import type {LogStream, StoredEvent} from './log-stream.js';
import {isBefore, type StreamPosition} from './stream-position.js';

/** Each page holds up to 10,000 events and 1 MB (GetLogEvents, FilterLogEvents), an event counting its UTF-8 bytes plus 26. */
export const maxPageEvents = 10_000;
export const maxPageBytes = 1_048_576;
export const eventSize = (message: string): number => Buffer.byteLength(message, 'utf8') + 26;

/** Events with `startTime <= timestamp < endTime`. */
export interface Window {
	startTime: number;
	endTime: number;
}

/** Stops a page at `limit` events or 1 MB. */
export class PageBudget {
	private count = 0;
	private bytes = 0;

	constructor(private readonly limit: number) {}

	/** Whether `message` still fits; counts it when it does. */
	take(message: string): boolean {
		const size = eventSize(message);
		if (this.count >= this.limit || (this.count > 0 && this.bytes + size > maxPageBytes)) return false;
		this.count++;
		this.bytes += size;
		return true;
	}
}

const inWindow = (event: StoredEvent, window: Window) => event.timestamp >= window.startTime && event.timestamp < window.endTime;

/** The events at or after `from`, in the window, oldest first, as many as the page holds. */
export function readForward(stream: LogStream, from: StreamPosition, window: Window, limit: number, now: number): StoredEvent[] {
	const out: StoredEvent[] = [];
	const budget = new PageBudget(limit);
	const first = Math.max(stream.firstSecond(), Math.floor(Math.max(from.timestamp, window.startTime) / 1000));
	const last = Math.min(stream.lastSecond(now), Math.floor((window.endTime - 1) / 1000));
	for (let second = first; second <= last; second++) {
		for (const event of stream.eventsOfSecond(second, now)) {
			if (isBefore(event, from) || !inWindow(event, window)) continue;
			if (!budget.take(event.message)) return out;
			out.push(event);
		}
	}

	return out;
}

/** The events before `to`, in the window: the newest the page holds, returned oldest first. */
export function readBackward(stream: LogStream, to: StreamPosition, window: Window, limit: number, now: number): StoredEvent[] {
	const out: StoredEvent[] = [];
	const budget = new PageBudget(limit);
	const first = Math.max(stream.firstSecond(), Math.floor(window.startTime / 1000));
	const last = Math.min(stream.lastSecond(now), Math.floor(Math.min(to.timestamp, window.endTime) / 1000));
	for (let second = last; second >= first; second--) {
		const events = stream.eventsOfSecond(second, now);
		for (let index = events.length - 1; index >= 0; index--) {
			const event = events[index]!;
			if (!isBefore(event, to) || !inWindow(event, window)) continue;
			if (!budget.take(event.message)) return out.reverse();
			out.push(event);
		}
	}

	return out.reverse();
}

/** The newest visible event of the stream, if any (DescribeLogStreams' lastEventTimestamp). */
export function lastEvent(stream: LogStream, now: number): StoredEvent | undefined {
	for (let second = stream.lastSecond(now); second >= stream.firstSecond(); second--) {
		const events = stream.eventsOfSecond(second, now);
		if (events.length > 0) return events.at(-1);
	}

	return undefined;
}

/** The oldest visible event of the stream, if any. */
export function firstEvent(stream: LogStream, now: number): StoredEvent | undefined {
	for (let second = stream.firstSecond(); second <= stream.lastSecond(now); second++) {
		const events = stream.eventsOfSecond(second, now);
		if (events.length > 0) return events[0];
	}

	return undefined;
}
