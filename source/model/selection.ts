/**
 * Where the cursor goes when the visible rows change (refresh, re-sort, filter).
 *
 * The selected task keeps the cursor when it is still visible. When it vanished, the cursor moves
 * to the nearest row that survived from the previous list, looking below first, then above
 * (so deleting the selected row selects the one that took its place). When no neighbour survived,
 * the previous index is clamped. Returns -1 only when `nextArns` is empty.
 */
export function nextSelectionIndex(
	previousArns: readonly string[],
	selectedArn: string | null,
	nextArns: readonly string[],
	previousIndex = 0,
): number {
	if (nextArns.length === 0) return -1;
	const nextIndex = new Map<string, number>();
	for (const [index, arn] of nextArns.entries()) nextIndex.set(arn, index);

	if (selectedArn !== null) {
		const kept = nextIndex.get(selectedArn);
		if (kept !== undefined) return kept;
	}

	const found = selectedArn === null ? -1 : previousArns.indexOf(selectedArn);
	const origin = found === -1 ? previousIndex : found;
	const reach = Math.max(origin, previousArns.length - origin);
	for (let distance = found === -1 ? 0 : 1; distance <= reach; distance++) {
		for (const candidate of [origin + distance, origin - distance]) {
			const arn = previousArns[candidate];
			const index = arn === undefined ? undefined : nextIndex.get(arn);
			if (index !== undefined) return index;
		}
	}

	return Math.min(Math.max(origin, 0), nextArns.length - 1);
}

/**
 * The first visible row of a window of `viewport` rows over `count` rows: moves only as far as
 * needed to keep `cursor` visible, and never leaves empty space below the last row.
 */
export function scrollToCursor(offset: number, cursor: number, viewport: number, count: number): number {
	const size = Math.max(1, viewport);
	let next = offset;
	if (cursor < next) next = cursor;
	if (cursor >= next + size) next = cursor - size + 1;
	return Math.max(0, Math.min(next, count - size));
}
