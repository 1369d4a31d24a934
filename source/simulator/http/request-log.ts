import {lastSegment} from '../last-segment.js';
import {closeSync, openSync, writeSync} from 'node:fs';
import type {Json} from '../engine/world-api.js';
import type {Input} from './decode.js';

/**
 * One line of the request log: an ECS call as the simulator received and answered it. The fault
 * switch `/_ecswatch/faults` is not an ECS call and is not logged.
 */
export interface RequestRecord {
	/** When the request arrived (wall-clock time, ISO 8601). */
	time: string;
	/** `DescribeServices`…; whatever followed the ECS target prefix for an unknown one; null without a target. */
	operation: string | null;
	/** The `cluster` member's name (the last segment of an ARN), null when absent. */
	cluster: string | null;
	/** The request's size: see summariseArgs. */
	args: {[member: string]: Json};
	/** The HTTP status answered; null when the connection was dropped or left unanswered (injected faults). */
	status: number | null;
	/** The error's `__type` (ThrottlingException…), `ConnectionDropped`, `NoAnswer` (a hang), or null for a success. */
	error: string | null;
}

/** Where the log goes: a file path (appended to) or a writable stream (never ended by the simulator). */
export type RequestLogTarget = string | NodeJS.WritableStream;

export interface RequestLog {
	write(record: RequestRecord): void;
	/** Closes the file it opened; a stream given to it stays open. */
	close(): void;
}

const maxStringLength = 64;

/**
 * The request's members, by size: an array's number of items (`"services": 10`), `maxResults` and
 * other numbers and booleans as they are, `true` for a `nextToken` or a structure, other strings as
 * they are (cut to 64 characters). `cluster` has its own field.
 */
export function summariseArgs(input: Input): {[member: string]: Json} {
	const args: {[member: string]: Json} = {};
	for (const [member, value] of Object.entries(input)) {
		if (member === 'cluster') continue;
		if (Array.isArray(value)) args[member] = value.length;
		else if (member === 'nextToken') args[member] = value !== null;
		else if (typeof value === 'string') args[member] = value.length > maxStringLength ? `${value.slice(0, maxStringLength)}…` : value;
		else if (typeof value === 'object' && value !== null) args[member] = true;
		else args[member] = value;
	}

	return args;
}

/** The cluster a request names, as a name. */
export function clusterOf(input: Input): string | null {
	const cluster = input['cluster'];
	return typeof cluster === 'string' && cluster !== '' ? lastSegment(cluster) : null;
}

/**
 * Opens the request log: one JSON line per request, written as the answer is decided. A file is
 * written synchronously line by line (nothing is buffered, so nothing is lost on close or exit).
 */
export function openRequestLog(target: RequestLogTarget): RequestLog {
	if (typeof target !== 'string') {
		return {
			write: record => {
				target.write(`${JSON.stringify(record)}\n`);
			},
			close: () => undefined,
		};
	}

	let fd: number | undefined = openSync(target, 'a');
	return {
		write: record => {
			if (fd !== undefined) writeSync(fd, `${JSON.stringify(record)}\n`);
		},
		close: () => {
			if (fd !== undefined) closeSync(fd);
			fd = undefined;
		},
	};
}
