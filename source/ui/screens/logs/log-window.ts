/** Which lines a logs view shows: from `top` (its first `skip` rows hidden) down to `bottom`. */
export interface LogWindow {
	top: number;
	/** Rows of the top line above the view (a wrapped line taller than the rest of the view). */
	skip: number;
	/** The last line with a row on screen; -1 when there are none. */
	bottom: number;
	/** The top of the view that shows the newest line at the bottom: scrolling down to it follows again. */
	maxTop: number;
}

/**
 * The window over `count` lines of `rowsOf(index)` rows each in `room` rows: from `wantedTop`,
 * or (null, or so far down that the view would end before the room) ending on the newest line.
 * Visits only the lines on screen.
 */
export function logWindow(count: number, rowsOf: (index: number) => number, room: number, wantedTop: number | null): LogWindow {
	let used = 0;
	let maxTop = count;
	while (maxTop > 0 && used < room) {
		maxTop--;
		used += rowsOf(maxTop);
	}

	if (wantedTop === null || wantedTop >= maxTop) return {top: maxTop, skip: Math.max(0, used - room), bottom: count - 1, maxTop};
	const top = Math.max(0, wantedTop);
	let bottom = top;
	for (let shown = rowsOf(top); shown < room && bottom < count - 1;) shown += rowsOf(++bottom);
	return {top, skip: 0, bottom, maxTop};
}

/** The first line from which the lines up to (not including) `index` take at most `rows` rows; never `index` itself unless it is 0. */
export function linesBack(index: number, rowsOf: (index: number) => number, rows: number): number {
	let start = index;
	let used = 0;
	while (start > 0 && used + rowsOf(start - 1) <= rows) used += rowsOf(--start);
	return start === index ? Math.max(0, index - 1) : start;
}
