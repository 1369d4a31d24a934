import type {ElbClient} from './elb-client.js';
import {requestTally} from './request-tally.js';

const tally = requestTally('ecswatchElbRequestCounter');

/**
 * Runs `run` and returns its value with the ELBv2 requests it alone sent (retries included) on
 * `client`. Kept apart from ECS's counter (call-counter.ts): ELB's request buckets are a budget of
 * their own.
 */
export async function countElbRequests<T>(client: ElbClient, run: () => Promise<T>): Promise<{value: T; requests: number}> {
	return tally(async track => {
		track(client);
		return run();
	});
}
