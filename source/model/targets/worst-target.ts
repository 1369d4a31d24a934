import type {TaskTarget} from './task-target.js';

/**
 * Target states from worst to best, for the one state a task in several target groups shows:
 * - `unhealthy` first: the load balancer is failing it, the thing a rollout must not miss;
 *   `unhealthy.draining` (unhealthy and on its way out, NLB) just after;
 * - `draining`: the target is leaving and takes no new connections;
 * - `initial`: registered, its health checks have not passed yet: no traffic yet;
 * - `unavailable` (health checks disabled, or ELB's internal error) and `unused` (the group is
 *   not used by a listener, the zone is not enabled, or the target is not registered): the
 *   load balancer says nothing of its health;
 * - `healthy` last: only a task all of whose targets are healthy shows healthy.
 * A state ELB adds later, unknown here, ranks just before `healthy`: it is not known good.
 */
export const TARGET_STATE_ORDER = ['unhealthy', 'unhealthy.draining', 'draining', 'initial', 'unavailable', 'unused', 'healthy'] as const;

const HEALTHY = TARGET_STATE_ORDER.indexOf('healthy');

/** The state's place in {@link TARGET_STATE_ORDER}: lower is worse. */
export function targetStateRank(state: string): number {
	const index = (TARGET_STATE_ORDER as readonly string[]).indexOf(state);
	return index === -1 ? HEALTHY - 0.5 : index;
}

/** The task's target in the worst state (the first of them, in the order given); null for none. */
export function worstTarget(targets: readonly TaskTarget[] | undefined): TaskTarget | null {
	let worst: TaskTarget | null = null;
	for (const target of targets ?? []) {
		if (worst === null || targetStateRank(target.state) < targetStateRank(worst.state)) worst = target;
	}

	return worst;
}
