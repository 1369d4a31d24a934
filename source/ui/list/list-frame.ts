import {scrollToCursor} from '../../model/selection.js';
import {neighboursOf, type ListState} from './list-state.js';

/** Where the cursor and the window are, derived from the list's state and its rows of the moment. */
export interface ListFrame {
	/** Every line's key, in order; group headers included. */
	keys: readonly string[];
	/** Index into `keys`; -1 when no row can be selected. */
	cursor: number;
	scrollOffset: number;
	/** Lines that fit on screen. */
	viewport: number;
	/** Whether the line at an index can be selected (group headers cannot). */
	selectable: (index: number) => boolean;
}

/** The `selectable` of a list without headers: every line can be selected. */
export const EVERY_LINE = (): boolean => true;

function nearestSelectable(keys: readonly string[], index: number, direction: 1 | -1, selectable: (i: number) => boolean): number {
	for (const step of [direction, -direction]) {
		for (let i = index; i >= 0 && i < keys.length; i += step) {
			if (selectable(i)) return i;
		}
	}

	return -1;
}

/**
 * The cursor follows the selected row; when it is gone, the nearest remembered neighbour that is
 * still there, else the same position. The window then moves only as far as needed to show it.
 */
export function resolveListFrame(
	list: ListState,
	keys: readonly string[],
	viewport: number,
	selectable: (index: number) => boolean = EVERY_LINE,
): ListFrame {
	const size = Math.max(1, viewport);
	// Where it was is where it nearly always still is (a key moved it there): no search of 5,000 keys per key press.
	let cursor = list.selectedKey === null ? -1 : (keys[list.index] === list.selectedKey ? list.index : keys.indexOf(list.selectedKey));
	if (cursor === -1) {
		const survivor = list.neighbours.find(key => keys.includes(key));
		cursor = survivor === undefined ? Math.min(Math.max(list.index, 0), keys.length - 1) : keys.indexOf(survivor);
	}

	if (cursor !== -1 && !selectable(cursor)) cursor = nearestSelectable(keys, cursor, 1, selectable);
	const scrollOffset = cursor === -1 ? 0 : scrollToCursor(list.scrollOffset, cursor, size, keys.length);
	return {keys, cursor, scrollOffset, viewport: size, selectable};
}

/**
 * The selection after moving to `index` (clamped, skipping unselectable lines in `direction`),
 * with the window scrolled to show it — and the header line above it when it is the first of a group.
 */
export function selectAt(frame: ListFrame, index: number, direction: 1 | -1) {
	const {keys, viewport, selectable} = frame;
	const clamped = Math.max(0, Math.min(index, keys.length - 1));
	const cursor = nearestSelectable(keys, clamped, direction, selectable);
	if (cursor === -1) return {type: 'select' as const, key: null, index: 0, neighbours: [], scrollOffset: 0};
	let scrollOffset = scrollToCursor(frame.scrollOffset, cursor, viewport, keys.length);
	if (scrollOffset === cursor && cursor > 0 && !selectable(cursor - 1) && viewport > 1) scrollOffset--;
	return {type: 'select' as const, key: keys[cursor] ?? null, index: cursor, neighbours: neighboursOf(keys, cursor), scrollOffset};
}

interface Ranks {
	selectable: (index: number) => boolean;
	/** For each line, how many selectable lines come before it. */
	before: Int32Array;
	count: number;
}

/** Counted once per list of lines (a poll, a filter), not on every key press. */
const RANKS = new WeakMap<readonly string[], Ranks>();

function ranksOf(keys: readonly string[], selectable: (index: number) => boolean): Ranks {
	const known = RANKS.get(keys);
	if (known?.selectable === selectable) return known;
	const before = new Int32Array(keys.length);
	let count = 0;
	for (let i = 0; i < keys.length; i++) {
		before[i] = count;
		if (selectable(i)) count++;
	}

	const ranks = {selectable, before, count};
	RANKS.set(keys, ranks);
	return ranks;
}

/** The cursor's position among the selectable lines (headers not counted), -1 when none; and their count. */
export function listPosition(frame: ListFrame): {index: number; count: number} {
	const {keys, cursor, selectable} = frame;
	const onLine = cursor >= 0 && cursor < keys.length;
	if (selectable === EVERY_LINE) return {index: onLine ? cursor : -1, count: keys.length};
	const ranks = ranksOf(keys, selectable);
	return {index: onLine && selectable(cursor) ? ranks.before[cursor]! : -1, count: ranks.count};
}
