import {createLatestDeployments} from '../ecs/fetch-latest-deployments.js';
import {fetchStatusData} from '../ecs/fetch-status-data.js';
import {createReadTargets} from '../ecs/read-targets.js';
import {MAX_AUTO_SERVICES} from '../ecs/fetch-watch-data.js';
import {sanitize} from '../model/sanitize.js';
import {formatStatus} from '../output/format-status.js';
import type {OpenTarget} from './open-target.js';
import type {StatusCommand} from './parse-command-line.js';

export type StatusResult =
	| {ok: true; text: string}
	/** Some `--service` names the cluster does not have: nothing is printed, the command exits 1. */
	| {ok: false; message: string};

/**
 * `ecswatch status`: one look at the services (every service of the cluster when none is named),
 * their running tasks (for the healthy counts) and the stopped tasks ECS still keeps (for the
 * stop reasons), in the chosen format. Rejects on any API error.
 */
export async function statusText(target: OpenTarget, command: Pick<StatusCommand, 'services' | 'output'>): Promise<StatusResult> {
	const cluster = target.cluster ?? '';
	// Each service's latest service deployment names how its last rollout ended (rolled back from
	// which revision), beyond what DescribeServices still says; on big clusters only the moving ones.
	const attachLatest = createLatestDeployments(target.client, {every: services => services.length <= MAX_AUTO_SERVICES});
	const targets = createReadTargets(target.client, target.elbClient, {now: target.now});
	const data = await fetchStatusData(target.client, {cluster, services: command.services, stopped: true, attachLatest, targets});
	if (data.missing.length > 0) {
		const names = data.missing.map(name => sanitize(name)).join(', ');
		return {ok: false, message: `cluster ${sanitize(cluster)} has no service ${names}`};
	}

	return {ok: true, text: formatStatus(data.services, command.output)};
}
