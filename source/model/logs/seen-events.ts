/** One event as FilterLogEvents returns it, reduced to what deduplication needs. */
export interface TimedEvent {
	eventId: string;
	timestamp: number;
}

/** The events of one log group already returned, remembered only as far back as a re-read can reach. */
export interface SeenEvents {
	/** eventId → timestamp, for events no older than `newest − overlap`. */
	ids: ReadonlyMap<string, number>;
	/** The newest timestamp returned so far; null before the first event. */
	newest: number | null;
}

export const NO_SEEN_EVENTS: SeenEvents = Object.freeze({ids: new Map<string, number>(), newest: null});

/**
 * The events not returned before (by eventId), in the order given, and what to remember next:
 * every id no older than the newest timestamp less `overlapMs`, since the next read starts there.
 */
export function takeUnseen<E extends TimedEvent>(seen: SeenEvents, events: readonly E[], overlapMs: number): {unseen: E[]; seen: SeenEvents} {
	const ids = new Map(seen.ids);
	let newest = seen.newest;
	const unseen: E[] = [];
	for (const event of events) {
		if (ids.has(event.eventId)) continue;
		ids.set(event.eventId, event.timestamp);
		unseen.push(event);
		if (newest === null || event.timestamp > newest) newest = event.timestamp;
	}

	if (newest !== null) {
		const horizon = newest - overlapMs;
		for (const [id, timestamp] of ids) {
			if (timestamp < horizon) ids.delete(id);
		}
	}

	return {unseen, seen: {ids, newest}};
}
