import {DescribeServicesCommand, type ECSClient, paginateListServices} from '@aws-sdk/client-ecs';
import {compareServiceRows} from '../model/by-name.js';
import type {ServiceRow} from '../model/service-row.js';
import {toServiceRow} from '../model/to-service-row.js';
import {countFetchRequests} from './call-counter.js';
import {DESCRIBE_SERVICES_CHUNK} from './fetch-services.js';
import {createLimiter} from './limiter.js';
import {sendOptions} from './send-options.js';

/** ListServices answers at most 100 per page, and only 10 unless asked for more. */
export const LIST_SERVICES_PAGE_SIZE = 100;
/** DescribeServices calls in flight at once; ListServices and DescribeServices share a 100 / 20 per second bucket. */
export const DESCRIBE_SERVICES_CONCURRENCY = 4;

export type FetchServiceList = (
	signal: AbortSignal,
	progress?: (partial: {services: ServiceRow[]}) => void,
) => Promise<{services: ServiceRow[]; apiCalls: number}>;

/**
 * Every service of a cluster, sorted by name: ListServices (all pages, 100 per page) and
 * DescribeServices (10 per call, 4 at a time) as a pipeline, each page's services described while
 * the next page is listed. After every DescribeServices answer, `progress` gets the rows described
 * so far (sorted by name; a new array each time). ceil(N / 100) ListServices calls (one for an
 * empty cluster; the paginator stops only on a page without nextToken, as ECS's last page is) and
 * ceil(N / 10) DescribeServices calls. MISSING services (deleted between list
 * and describe) are left out. Rejects with the first error; no call starts after it.
 * `apiCalls` counts the client's HTTP requests meanwhile, retries included.
 */
export function createFetchServiceList(client: ECSClient, cluster: string): FetchServiceList {
	const counted = countFetchRequests(client);
	return async (signal, progress) => counted(async () => {
		const services = await listAndDescribe(client, cluster, signal, progress);
		return {services};
	});
}

async function listAndDescribe(
	client: ECSClient,
	cluster: string,
	signal: AbortSignal,
	progress: ((partial: {services: ServiceRow[]}) => void) | undefined,
): Promise<ServiceRow[]> {
	let rows: ServiceRow[] = [];
	let failure: {error: unknown} | undefined;
	const limit = createLimiter(DESCRIBE_SERVICES_CONCURRENCY);
	const described: Array<Promise<void>> = [];
	const describe = (services: string[]) => {
		described.push(limit(async () => {
			if (failure !== undefined) return;
			try {
				signal.throwIfAborted();
				const response = await client.send(new DescribeServicesCommand({cluster, services}), sendOptions(signal));
				// Sorting what is mostly one sorted run is close to linear (TimSort).
				rows = [...rows, ...(response.services ?? []).map(toServiceRow)].sort(compareServiceRows);
				progress?.({services: rows});
			} catch (error) {
				// Recorded before the slot is released, so that the next waiting chunk sees it; and
				// nothing is left to reject unhandled while the listing goes on.
				failure ??= {error};
			}
		}));
	};

	try {
		signal.throwIfAborted();
		const seen = new Set<string>();
		// Chunks are cut across pages, so a short page never costs an extra DescribeServices call.
		const pending: string[] = [];
		for await (const page of paginateListServices({client, pageSize: LIST_SERVICES_PAGE_SIZE}, {cluster}, sendOptions(signal))) {
			for (const arn of page.serviceArns ?? []) {
				if (!seen.has(arn)) {
					seen.add(arn);
					pending.push(arn);
				}
			}

			while (pending.length >= DESCRIBE_SERVICES_CHUNK) {
				describe(pending.splice(0, DESCRIBE_SERVICES_CHUNK));
			}

			// Leaving the loop ends the paginator before it asks for the next page.
			if (failure !== undefined) break;
			signal.throwIfAborted();
		}

		if (pending.length > 0) describe(pending);
	} catch (error) {
		failure ??= {error};
	}

	await Promise.all(described);
	if (failure !== undefined) throw failure.error;
	return rows;
}
