import {lastArnSegment} from '../model/arn.js';
import {clustersRequest} from '../ui/screens/clusters/clusters-logic.js';
import {ALL_TASKS_KEY, servicesRequest} from '../ui/screens/services/services-state.js';
import {tasksRequest} from '../ui/screens/tasks/tasks-request.js';
import type {ScreenRequest} from '../ui/stack/screen-request.js';

/**
 * The screens ecswatch opens with. No cluster: the cluster list. A cluster: its task grid (only
 * the `services` given, when given), with the services list and the cluster list already below
 * it, their cursors on where it came from, so Esc goes up through them (they load then). `grid`
 * is how the task grid opens: `--sort` and `--filter`.
 */
export function initialScreens(
	cluster: string | undefined,
	services: readonly string[],
	grid: Parameters<typeof tasksRequest>[2] = {},
): [ScreenRequest, ...ScreenRequest[]] {
	if (cluster === undefined) return [clustersRequest()];
	const [first] = services;
	return [
		clustersRequest(lastArnSegment(cluster)),
		servicesRequest(cluster, first === undefined ? ALL_TASKS_KEY : lastArnSegment(first)),
		tasksRequest(cluster, services.length === 0 ? undefined : services, grid),
	];
}
