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
	const known = idsOf(timeline);
	const fresh: TimelineEntry[] = [];
	const freshIds = new Set<string>();
	for (const entry of added) {
		if (known.has(entry.id) || freshIds.has(entry.id) || entry.at <= floor) continue;
		freshIds.add(entry.id);
		fresh.push(entry);
	}

	if (fresh.length === 0) return session;
	// Array.prototype.sort is stable: at equal times the fresh entries stay before the old ones.
	fresh.sort((a, b) => b.at - a.at);
	const merged = mergeNewestFirst(fresh, timeline);
	const kept = merged.length <= limit ? merged : merged.slice(0, limit);
	// The set moves to the new timeline, updated in place; the old one would build its own again.
	const ids = known;
	idCache.delete(timeline);
	for (const id of freshIds) ids.add(id);
	for (let index = limit; index < merged.length; index++) ids.delete(merged[index]!.id);
	idCache.set(kept, ids);
	return {timeline: kept, dropped: session.dropped + merged.length - kept.length};
}

/**
 * The ids of a timeline this module made, remembered beside it: a poll that brings nothing new
 * (ECS repeats its last 100 events every time) then costs a lookup per event, not a new set of
 * 10,000 ids. A timeline from elsewhere has its set built once.
 */
const idCache = new WeakMap<readonly TimelineEntry[], Set<string>>();

function idsOf(timeline: readonly TimelineEntry[]): Set<string> {
	let ids = idCache.get(timeline);
	if (ids === undefined) {
		ids = new Set(timeline.map(entry => entry.id));
		idCache.set(timeline, ids);
	}

	return ids;
}

/** Both newest first; at equal times the fresh entry comes first (as a stable sort of fresh + old). */
function mergeNewestFirst(fresh: readonly TimelineEntry[], old: readonly TimelineEntry[]): TimelineEntry[] {
	const merged: TimelineEntry[] = [];
	let f = 0;
	let o = 0;
	while (f < fresh.length && o < old.length) {
		merged.push(fresh[f]!.at >= old[o]!.at ? fresh[f++]! : old[o++]!);
	}

	while (f < fresh.length) merged.push(fresh[f++]!);
	while (o < old.length) merged.push(old[o++]!);
	return merged;
}
