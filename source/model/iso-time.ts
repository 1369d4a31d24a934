/** A timestamp as an ISO 8601 string; null when absent or not a valid date. */
export function toIsoTime(date: Date | undefined): string | null {
	if (date === undefined || Number.isNaN(date.getTime())) {
		return null;
	}

	return date.toISOString();
}
