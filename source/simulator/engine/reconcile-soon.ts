import type {Agenda} from './agenda.js';

/** How long the scheduler takes to react to a change (ECS reacts within seconds, not instantly). */
export const reactionMs = 1000;

/**
 * Runs `reconcile` for the service at `due`, once, however many changes arrive meanwhile: an earlier
 * run already scheduled stands, a later one is superseded.
 */
export function reconcileSoon(agenda: Agenda, service: {reconcileAt?: number}, due: number, reconcile: (at: number) => void): void {
	if (service.reconcileAt !== undefined && service.reconcileAt <= due) return;
	service.reconcileAt = due;
	agenda.schedule(due, t => {
		if (service.reconcileAt !== t) return;
		delete service.reconcileAt;
		reconcile(t);
	});
}
