import {createLatestDeployments} from '../ecs/fetch-latest-deployments.js';
import {fetchStatusData, type ServiceStatusData} from '../ecs/fetch-status-data.js';
import {createReadTargets} from '../ecs/read-targets.js';
import type {TaskRow} from '../model/task-row.js';
import {isRetryableLater} from '../ecs/transient-error.js';
import {stoppedTasksByReason} from '../output/format-status.js';
import {rolloutTasks} from '../output/status-targets.js';
import {logTime} from '../output/wait-lines.js';
import {sanitize} from '../model/sanitize.js';
import {errorSentence} from '../output/error-sentence.js';
import type {OpenTarget} from './open-target.js';
import type {WaitCommand} from './parse-command-line.js';
import {waitForRollout, type WaitOutcome} from './wait-loop.js';

/** `wait`'s exit codes; 1 (an AWS error, or the service gone) and 2 (usage) are every command's. */
export const WAIT_EXIT = {done: 0, failed: 3, timeout: 4, deleted: 1, error: 1} as const satisfies Record<WaitOutcome['kind'], number>;

/** Stop reasons printed after a failed rollout, to say why without opening the console. */
const TOP_REASONS = 3;

export interface WaitStreams {
	stdout: {write(text: string): unknown};
	stderr: {write(text: string): unknown};
}

/** The stopped tasks of the FAILED deployments, when ECS still lists one; else every stopped task of the service. */
function failedTasks(found: ServiceStatusData | undefined): TaskRow[] {
	if (found === undefined) return [];
	const failed = new Set(found.service.deployments.filter(deployment => deployment.rolloutState === 'FAILED').map(deployment => deployment.id));
	const theirs = found.stopped.filter(task => task.startedBy !== null && failed.has(task.startedBy));
	return theirs.length > 0 ? theirs : found.stopped;
}

/**
 * `ecswatch wait`: follows the service's rollout (see {@link waitForRollout}) and returns the exit
 * code. After a failure it lists the most frequent stop reasons of the service's stopped tasks.
 */
export async function runWait(target: OpenTarget, command: Pick<WaitCommand, 'service' | 'intervalMs' | 'timeoutMs'>, streams: WaitStreams): Promise<number> {
	const cluster = target.cluster ?? '';
	const attachLatest = createLatestDeployments(target.client, {every: () => true});
	// Made once: its caches and when each target was first seen draining last across the wait's polls.
	const targets = createReadTargets(target.client, target.elbClient, {now: target.now});
	let balanced = false;
	const look = async (signal: AbortSignal, stopped: boolean) => {
		const {services: [found]} = await fetchStatusData(target.client, {cluster, services: [command.service], stopped, signal, attachLatest, targets});
		return found;
	};
	const outcome = await waitForRollout({
		service: command.service,
		intervalMs: command.intervalMs,
		timeoutMs: command.timeoutMs,
		async fetch(signal) {
			// Behind a load balancer the old tasks drain while DEACTIVATING (listed as stopped): the
			// rollout is done only once they are gone, so their targets are looked at too.
			const found = await look(signal, balanced);
			balanced = found?.service.loadBalancers.some(balancer => balancer.targetGroupArn !== null) ?? false;
			if (found === undefined) return {service: null, running: []};
			return {service: found.service, running: balanced ? rolloutTasks(found) : found.running};
		},
		now: target.now,
		write: text => streams.stdout.write(text),
		writeError: text => streams.stderr.write(text),
		retryable: isRetryableLater,
		explain: report => errorSentence(report, {...target.signIn, target: target.description, cluster, medium: 'command-line'}),
	});
	if (outcome.kind === 'failed') {
		try {
			const found = await look(AbortSignal.timeout(30_000), true);
			for (const {reason, count} of stoppedTasksByReason(failedTasks(found)).slice(0, TOP_REASONS)) {
				streams.stdout.write(`${logTime(target.now())} ${sanitize(command.service)} stopped ${count} × ${reason ?? 'no reason given'}\n`);
			}
		} catch {
			// The verdict stands without the explanation.
		}
	}

	return WAIT_EXIT[outcome.kind];
}
