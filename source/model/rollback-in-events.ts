import type {ServiceRow} from './service-row.js';

const ROLLBACK = /roll(?:ing|ed)?[ -]?back/iu;
const COMPLETED_EVENT = /deployment completed/iu;

/** Whether ECS's text (an event message, a rollout state reason) speaks of a rollback. */
export function mentionsRollback(text: string): boolean {
	return ROLLBACK.test(text);
}

/**
 * Whether the service's newest rollout is a circuit-breaker rollback, read from its events (newest
 * first): a rollback event before any `deployment completed` one is in progress; after exactly one
 * (the rollback's own completion) it is done; older ones belong to earlier rollouts.
 */
export function rollbackInEvents(service: ServiceRow): 'in progress' | 'done' | null {
	let completions = 0;
	for (const event of service.events) {
		if (COMPLETED_EVENT.test(event.message)) {
			completions++;
			if (completions > 1) return null;
		} else if (mentionsRollback(event.message)) {
			return completions === 0 ? 'in progress' : 'done';
		}
	}

	return null;
}
