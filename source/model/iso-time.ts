/** A timestamp as an ISO 8601 string; null when absent or not a valid date. */
export function toIsoTime(date: Date | undefined): string | null {
	if (date === undefined || Number.isNaN(date.getTime())) {
		return null;
	}

	return date.toISOString();
}

/** Milliseconds since the epoch of an ISO 8601 string; -Infinity when absent or not a valid date, so it sorts as oldest. */
export function isoTimeMs(iso: string | null): number {
	const ms = iso === null ? Number.NaN : Date.parse(iso);
	return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
