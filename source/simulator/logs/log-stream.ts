import {Prng} from '../engine/prng.js';
import type {EndCause, StreamSubject, Voice} from './voices.js';

/** One event as CloudWatch Logs stores it; `index` orders events of the same second. */
export interface StoredEvent {
	timestamp: number;
	index: number;
	message: string;
	ingestionTime: number;
}

/** The awslogs driver's batch interval: lines reach CloudWatch in 5 s batches, and at the container's exit. */
const flushMs = 5000;
const ingestionLagMs = 120;
/** Start-up lines take the first second; periodic lines follow. */
const startupMs = 1000;

/** 32-bit FNV-1a: the seed of a stream's lines, from its ARN. */
export function hash32(text: string): number {
	let h = 0x81_1c_9d_c5;
	for (let index = 0; index < text.length; index++) {
		h ^= text.charCodeAt(index);
		h = Math.imul(h, 0x01_00_01_93);
	}

	return h >>> 0;
}

/**
 * A log stream of one container of one task. Its lines are not stored: each second's lines are
 * drawn, when asked for, from a PRNG seeded by the stream and the second, so a noisy container costs
 * no memory and two reads of the same window give the same events. Only the few start-up and last
 * lines, decided by the task's lifecycle, are kept.
 */
export class LogStream {
	private readonly extra: Array<{timestamp: number; message: string}> = [];
	/** When the container stopped writing (its task was told to stop, or it exited). */
	endedAt: number | undefined;
	readonly seed: number;

	constructor(
		readonly group: string,
		readonly name: string,
		readonly arn: string,
		readonly createdAt: number,
		private readonly subject: StreamSubject,
		private readonly voice: Voice,
	) {
		this.seed = hash32(arn);
		const lines = voice.startup(subject, createdAt, new Prng(this.seed));
		lines.forEach((message, index) => this.extra.push({timestamp: createdAt + 40 + index * Math.floor(700 / lines.length), message}));
	}

	/** The container stops writing at `at`, with its last words for `cause`. */
	end(cause: EndCause, at: number): void {
		if (this.endedAt !== undefined) return;
		this.endedAt = at;
		this.voice.end(this.subject, cause, at, new Prng(this.seed ^ 0x5bd1e995)).forEach((message, index) => this.extra.push({timestamp: at + index, message}));
	}

	/** The last second that can hold an event, at `now`. */
	lastSecond(now: number): number {
		return Math.floor((this.endedAt === undefined ? now : Math.min(now, this.endedAt + 10)) / 1000);
	}

	firstSecond(): number {
		return Math.floor(this.createdAt / 1000);
	}

	/** When the line written at `timestamp` reaches CloudWatch: the driver's next batch, or its last flush at exit. */
	private ingestionTime(timestamp: number): number {
		const batch = this.createdAt + Math.ceil((timestamp - this.createdAt + 1) / flushMs) * flushMs;
		return (this.endedAt === undefined ? batch : Math.min(batch, this.endedAt + 10)) + ingestionLagMs;
	}

	/** The events of the second `second` (epoch s) visible at `now`, in order. */
	eventsOfSecond(second: number, now: number): StoredEvent[] {
		const from = second * 1000;
		const lines: Array<{timestamp: number; message: string}> = [];
		const periodicFrom = this.createdAt + startupMs;
		const periodicTo = this.endedAt ?? Number.POSITIVE_INFINITY;
		if (from + 1000 > periodicFrom && from < periodicTo) {
			const rng = new Prng(this.seed ^ Math.imul(second, 0x9e_37_79_b1));
			for (const line of this.voice.second(this.subject, from, from - this.createdAt, rng)) {
				const timestamp = from + line.offset;
				if (timestamp >= periodicFrom && timestamp < periodicTo) lines.push({timestamp, message: line.message});
			}
		}

		for (const line of this.extra) {
			if (line.timestamp >= from && line.timestamp < from + 1000) lines.push(line);
		}

		lines.sort((a, b) => a.timestamp - b.timestamp);
		const events: StoredEvent[] = [];
		lines.forEach((line, index) => {
			const ingestionTime = this.ingestionTime(line.timestamp);
			if (ingestionTime <= now) events.push({timestamp: line.timestamp, index, message: line.message, ingestionTime});
		});
		return events;
	}
}
