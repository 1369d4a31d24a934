import type {TimelineEntry} from '../model/task-diff-types.js';

/**
 * Entries a task watch keeps for the whole session: far more than the 100 events ECS keeps per
 * service, and still a bounded memory (a few MB) for a watch left open for days.
 */
export const TIMELINE_CAP = 10_000;

/** The session's timeline, newest first, and how many entries the cap has cut from its old end. */
export interface SessionTimeline {
	timeline: readonly TimelineEntry[];
	dropped: number;
}

/**
 * Folds one poll's entries into the session's timeline: those whose id is new join it, newest
 * first (equal times keep their order, new before old); past `cap` the oldest are dropped and
 * counted. Once full, an entry no newer than the oldest kept is not taken: ECS reports its last
 * 100 events on every poll, and one dropped before would otherwise be counted again each time.
 * Returns `session` itself when nothing new came, so the screens re-derive nothing.
 */
export function keepTimeline(session: SessionTimeline, added: readonly TimelineEntry[], cap = TIMELINE_CAP): SessionTimeline {
	const limit = Math.max(0, cap);
	const {timeline} = session;
	const floor = timeline.length >= limit ? (timeline.at(-1)?.at ?? Number.POSITIVE_INFINITY) : Number.NEGATIVE_INFINITY;
	const known = new Set(timeline.map(entry => entry.id));
	const fresh: TimelineEntry[] = [];
	for (const entry of added) {
		if (known.has(entry.id) || entry.at <= floor) continue;
		known.add(entry.id);
		fresh.push(entry);
	}

	if (fresh.length === 0) return session;
	// Array.prototype.sort is stable: at equal times the fresh entries stay before the old ones.
	const merged = [...fresh, ...timeline].sort((a, b) => b.at - a.at);
	if (merged.length <= limit) return {timeline: merged, dropped: session.dropped};
	return {timeline: merged.slice(0, limit), dropped: session.dropped + merged.length - limit};
}
