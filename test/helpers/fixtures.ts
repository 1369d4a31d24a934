import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {DescribeServicesResponse, DescribeTasksResponse, ListTasksResponse} from '@aws-sdk/client-ecs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every DescribeTasks-shaped fixture (RunTask responses carry the same `{tasks, failures}`). */
export const TASK_FIXTURES = [
	'ec2-running-networkbindings-no-eni.json',
	'fargate-two-tasks-running-unknown-health.json',
	'fargate-running-epoch-timestamps.cli-v1-example.json',
	'fargate-spot-provisioning-attaching-and-pending.placebo.json',
	'fargate-provisioning-precreated-eni-plus-ebs.runtask-response.json',
	'seed-fargate-ui-task.json',
] as const;

export const SERVICE_FIXTURES = [
	'service-rolling-deploy-primary-in-progress-active-completed.placebo.json',
	'service-simple-steady-state.cli-example.json',
	'service-unable-to-place-task.botocore-example.json',
] as const;

const TIMESTAMP_KEYS = new Set([
	'createdAt',
	'updatedAt',
	'pullStartedAt',
	'pullStoppedAt',
	'connectivityAt',
	'startedAt',
	'stoppingAt',
	'executionStoppedAt',
	'stoppedAt',
]);

interface PlaceboDatetime {
	__class__: 'datetime';
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	microsecond: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlaceboDatetime(value: unknown): value is PlaceboDatetime {
	return isRecord(value) && value['__class__'] === 'datetime';
}

/** Epoch seconds (wire, CLI v1), ISO strings (CLI v2, botocore examples) or placebo objects (UTC). */
function toDate(value: unknown): Date {
	if (typeof value === 'number') {
		return new Date(Math.round(value * 1000));
	}

	if (typeof value === 'string') {
		return new Date(value);
	}

	if (isPlaceboDatetime(value)) {
		const {year, month, day, hour, minute, second, microsecond} = value;
		return new Date(Date.UTC(year, month - 1, day, hour, minute, second, Math.round(microsecond / 1000)));
	}

	throw new TypeError(`not a timestamp: ${JSON.stringify(value)}`);
}

function normalise(value: unknown, key?: string): unknown {
	if (key !== undefined && TIMESTAMP_KEYS.has(key)) {
		return toDate(value);
	}

	if (isPlaceboDatetime(value)) {
		return toDate(value);
	}

	if (Array.isArray(value)) {
		return value.map((item) => normalise(item));
	}

	if (isRecord(value)) {
		const out: Record<string, unknown> = {};
		for (const [name, item] of Object.entries(value)) {
			if (name !== 'ResponseMetadata') {
				out[name] = normalise(item, name);
			}
		}

		return out;
	}

	return value;
}

/**
 * A fixture as the SDK would return it: placebo `{status_code, data}` wrappers unwrapped,
 * boto3's ResponseMetadata dropped, every timestamp a Date.
 */
export function loadFixture(name: string): unknown {
	const raw: unknown = JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8'));
	const body = isRecord(raw) && 'status_code' in raw && 'data' in raw ? raw['data'] : raw;
	return normalise(body);
}

export const loadDescribeTasks = (name: string) => loadFixture(name) as DescribeTasksResponse;
export const loadDescribeServices = (name: string) => loadFixture(name) as DescribeServicesResponse;
export const loadListTasks = (name: string) => loadFixture(name) as ListTasksResponse;

/** Serialises an SDK-shaped object the way ECS sends it: JSON with Dates as epoch seconds. */
export function toWireJson(value: unknown): string {
	return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
		const original = this[key];
		return original instanceof Date ? original.getTime() / 1000 : item;
	});
}
