import {DescribeServicesCommand, type ECSClient, paginateListServices, type Service} from '@aws-sdk/client-ecs';
import type {ServiceRow} from '../model/service-row.js';
import {toServiceRow} from '../model/to-service-row.js';
import {sendOptions} from './send-options.js';
import {chunk, mapWithConcurrency} from './concurrency.js';

/** DescribeServices takes at most 10 services per call. */
export const DESCRIBE_SERVICES_CHUNK = 10;
const CONCURRENCY = 4;

export interface FetchServicesInput {
	cluster: string;
	/** Names or ARNs; all of the cluster's services when absent. */
	services?: readonly string[] | undefined;
	signal?: AbortSignal | undefined;
}

/**
 * The cluster's service ARNs, all pages of 100. With `limit`, stops and returns null as soon as
 * there are more than `limit` services.
 */
export async function listServiceArns(
	client: ECSClient,
	input: {cluster: string; signal?: AbortSignal | undefined; limit?: number},
): Promise<string[] | null> {
	input.signal?.throwIfAborted();
	const arns: string[] = [];
	const pages = paginateListServices({client, pageSize: 100}, {cluster: input.cluster}, sendOptions(input.signal));
	for await (const page of pages) {
		arns.push(...(page.serviceArns ?? []));
		// Leaving the loop ends the paginator before it asks for the next page.
		if (input.limit !== undefined && arns.length > input.limit) {
			return null;
		}

		input.signal?.throwIfAborted();
	}

	return [...new Set(arns)];
}

/** DescribeServices in chunks of 10; rows in the order asked, each service once; MISSING ones left out. */
export async function describeServices(
	client: ECSClient,
	input: {cluster: string; services: readonly string[]; signal?: AbortSignal | undefined},
): Promise<ServiceRow[]> {
	const responses = await mapWithConcurrency(chunk(input.services, DESCRIBE_SERVICES_CHUNK), CONCURRENCY, async (services) => {
		input.signal?.throwIfAborted();
		return client.send(new DescribeServicesCommand({cluster: input.cluster, services}), sendOptions(input.signal));
	});
	const described = responses.flatMap((response) => response.services ?? []);
	const byKey = new Map<string, Service>();
	for (const service of described) {
		for (const key of [service.serviceArn, service.serviceName]) {
			if (key !== undefined) {
				byKey.set(key, service);
			}
		}
	}

	const seen = new Set<Service>();
	const rows: ServiceRow[] = [];
	for (const service of [...input.services.map((key) => byKey.get(key)), ...described]) {
		if (service !== undefined && !seen.has(service)) {
			seen.add(service);
			rows.push(toServiceRow(service));
		}
	}

	return rows;
}

/** The names or ARNs of `keys` that no row is (DescribeServices answered them MISSING), in the order asked, each once. */
export function unmatchedServices(keys: readonly string[], rows: readonly ServiceRow[]): string[] {
	const known = new Set(rows.flatMap((row) => [row.serviceName, row.serviceArn]));
	return [...new Set(keys)].filter((key) => !known.has(key));
}

/**
 * The names of the cluster's services, sorted, for saying which exist; null when there are more
 * than `limit` (by default 100: one or two ListServices calls).
 */
export async function listServiceNames(
	client: ECSClient,
	input: {cluster: string; signal?: AbortSignal | undefined; limit?: number},
): Promise<string[] | null> {
	const arns = await listServiceArns(client, {limit: 100, ...input});
	return arns === null ? null : arns.map((arn) => arn.slice(arn.lastIndexOf('/') + 1)).sort((a, b) => a.localeCompare(b));
}

/** Lists (unless names are given) and describes a cluster's services. */
export async function fetchServices(client: ECSClient, input: FetchServicesInput): Promise<ServiceRow[]> {
	const services = input.services ?? (await listServiceArns(client, input)) ?? [];
	if (services.length === 0) {
		return [];
	}

	return describeServices(client, {cluster: input.cluster, services, signal: input.signal});
}
