import type {Json, World, WireRecord} from '../engine/world-api.js';
import {clusterNotFound, invalidParameter, serialization} from './ecs-fault.js';

/** A decoded request body. */
export type Input = {[key: string]: Json};

const typeError = (key: string, expected: string) =>
	serialization(`Invalid type for member '${key}': expected ${expected}.`);

export function optionalString(input: Input, key: string): string | undefined {
	const value = input[key];
	if (value === undefined || value === null) {
		return undefined;
	}

	if (typeof value !== 'string') {
		throw typeError(key, 'a string');
	}

	return value;
}

/** A required string member; missing or empty is ECS's InvalidParameterException. */
export function requiredString(input: Input, key: string): string {
	const value = optionalString(input, key);
	if (value === undefined || value === '') {
		throw invalidParameter(`${key} can not be blank.`);
	}

	return value;
}

export function optionalStringList(input: Input, key: string): string[] | undefined {
	const value = input[key];
	if (value === undefined || value === null) {
		return undefined;
	}

	if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
		throw typeError(key, 'a list of strings');
	}

	return value as string[];
}

export function optionalInteger(input: Input, key: string): number | undefined {
	const value = input[key];
	if (value === undefined || value === null) {
		return undefined;
	}

	if (typeof value !== 'number' || !Number.isInteger(value)) {
		throw typeError(key, 'an integer');
	}

	return value;
}

export function optionalBoolean(input: Input, key: string): boolean | undefined {
	const value = input[key];
	if (value === undefined || value === null) {
		return undefined;
	}

	if (typeof value !== 'boolean') {
		throw typeError(key, 'a boolean');
	}

	return value;
}

/** `maxResults` within 1..100, or the operation's default page size. */
export function maxResults(input: Input, fallback: number): number {
	const value = optionalInteger(input, 'maxResults') ?? fallback;
	if (value < 1 || value > 100) {
		throw invalidParameter('maxResults must be between 1 and 100.');
	}

	return value;
}

/** `include` contains TAGS. */
export const includesTags = (input: Input) => optionalStringList(input, 'include')?.includes('TAGS') ?? false;

/** The `cluster` member (ECS's `default` when absent), which must exist. */
export function requireCluster(world: World, input: Input): {cluster: string; record: WireRecord} {
	const cluster = optionalString(input, 'cluster') || 'default';
	const record = world.describeCluster(cluster);
	if (!record) {
		throw clusterNotFound();
	}

	return {cluster, record};
}

/** The id or name at the end of an ARN (`.../task/cluster/abc` → `abc`), or the value itself. */
export const lastSegment = (value: string) => value.split('/').at(-1) ?? value;

/** Copies a record without its `tags` unless the caller asked for them. */
export function withTags(record: WireRecord, keep: boolean): WireRecord {
	if (keep || !('tags' in record)) {
		return record;
	}

	const copy = {...record};
	delete copy['tags'];
	return copy;
}
