import {requestTally} from './request-tally.js';

/**
 * Runs `run` and returns its value with the CloudWatch Logs requests it alone sent (retries
 * included) on the clients it tracks with `track`. Kept apart from ECS's counter (call-counter.ts):
 * the two services' quotas are separate budgets.
 */
export const countLogsRequests = requestTally('ecswatchLogsRequestCounter');
