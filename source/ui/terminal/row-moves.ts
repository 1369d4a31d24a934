/**
 * A block of rows that moved between two frames: old rows [from, from + length) are new rows
 * [to, to + length). Rows inside the block may still differ (they are redrawn after the move).
 */
export interface RowMove {
	from: number;
	to: number;
	length: number;
}

/** What a move costs and leaves: its bytes and the screen rows after it (inserted rows blank, ''). */
export interface PlannedMoves {
	/** The bytes that move the rows, cursor saved and restored around them; '' for no move. */
	bytes: string;
	/** What each row shows once the moves are done. */
	rows: string[];
}

const CSI = '\u001B[';
/** Moves weighed against each other at most (each try replays them all). */
const MOST_MOVES = 8;
// DECSC / DECRC: the moves leave the cursor where it was.
const SAVE_CURSOR = '\u001B7';
const RESTORE_CURSOR = '\u001B8';

/** The scrolling region a move acts on and by how much: rows scroll up (delete) or down (insert). */
function regionOf(move: RowMove): {top: number; bottom: number; count: number; up: boolean} {
	const up = move.to < move.from;
	return up
		? {top: move.to, bottom: move.from + move.length - 1, count: move.from - move.to, up}
		: {top: move.from, bottom: move.to + move.length - 1, count: move.to - move.from, up};
}

/**
 * The bytes of one move: DECSTBM sets the region (unless it reaches the last row, where the whole
 * screen's region does the same), DL (CSI n M) or IL (CSI n L) at its top row shifts the region's
 * rows and blanks those scrolled in, CSI r resets the region. All VT102, in tmux and every xterm-like.
 */
function moveBytes(move: RowMove, screenRows: number): string {
	const {top, bottom, count, up} = regionOf(move);
	const whole = bottom === screenRows - 1;
	const shift = `${CSI}${top + 1};1H${CSI}${count === 1 ? '' : count}${up ? 'M' : 'L'}`;
	return whole ? shift : `${CSI}${top + 1};${bottom + 1}r${shift}${CSI}r`;
}

/** The rows after a move, as the terminal leaves them. */
function applyMove(rows: readonly string[], move: RowMove): string[] {
	const {top, bottom, count, up} = regionOf(move);
	const region = rows.slice(top, bottom + 1);
	const blanks = Array.from({length: count}, () => '');
	const moved = up ? [...region.slice(count), ...blanks] : [...blanks, ...region.slice(0, region.length - count)];
	return [...rows.slice(0, top), ...moved, ...rows.slice(bottom + 1)];
}

/**
 * The pairs (old row, new row) of equal lines that keep their order and weigh the most (a longest
 * common subsequence, each line weighted by what redrawing it would cost). Rows equal at the same
 * place at the top and bottom are taken as they are first.
 */
function alignRows(old: readonly string[], next: readonly string[], weight: (line: string) => number): Array<[number, number]> {
	let start = 0;
	while (start < old.length && start < next.length && old[start] === next[start]) start++;
	let oldEnd = old.length;
	let nextEnd = next.length;
	while (oldEnd > start && nextEnd > start && old[oldEnd - 1] === next[nextEnd - 1]) {
		oldEnd--;
		nextEnd--;
	}

	const pairs: Array<[number, number]> = Array.from({length: start}, (_, row) => [row, row]);
	const height = oldEnd - start;
	const width = nextEnd - start;
	// best[i * (width + 1) + j]: the heaviest alignment of old[start + i…] with next[start + j…].
	const best = new Float64Array((height + 1) * (width + 1));
	const at = (i: number, j: number) => best[(i * (width + 1)) + j]!;
	for (let i = height - 1; i >= 0; i--) {
		for (let j = width - 1; j >= 0; j--) {
			const line = old[start + i]!;
			const matched = line === next[start + j] ? weight(line) + at(i + 1, j + 1) : 0;
			best[(i * (width + 1)) + j] = Math.max(matched, at(i + 1, j), at(i, j + 1));
		}
	}

	let i = 0;
	let j = 0;
	while (i < height && j < width) {
		const line = old[start + i]!;
		if (line === next[start + j] && at(i, j) === weight(line) + at(i + 1, j + 1)) {
			pairs.push([start + i, start + j]);
			i++;
			j++;
		} else if (at(i, j) === at(i + 1, j)) {
			i++;
		} else {
			j++;
		}
	}

	for (let row = 0; row < old.length - oldEnd; row++) pairs.push([oldEnd + row, nextEnd + row]);
	return pairs;
}

/** The aligned pairs as blocks that moved: runs of one offset (other than none), gaps included. */
function movesOf(pairs: ReadonlyArray<[number, number]>): RowMove[] {
	const moves: RowMove[] = [];
	let last: RowMove | undefined;
	let lastOffset = 0;
	for (const [from, to] of pairs) {
		const offset = to - from;
		if (last !== undefined && offset === lastOffset) {
			last.length = from - last.from + 1;
			continue;
		}

		last = {from, to, length: 1};
		lastOffset = offset;
		if (offset !== 0) moves.push(last);
	}

	return moves;
}

/**
 * The moves that make turning `old` rows into `next` rows cheapest, with `redraw(row, shown, line)`
 * the bytes that turn one row showing `shown` into `line` (a row's whole line weighs `redraw(row, '', line)`): moves upward are made top to bottom and moves downward bottom
 * to top, so that no move scrolls away rows a later one needs. A move is kept only when it saves
 * more than it costs; the rows returned say exactly what the terminal shows afterwards, whatever
 * was kept, so the caller redraws every row that still differs.
 */
export function planRowMoves(old: readonly string[], next: readonly string[], redraw: (row: number, shown: string, line: string) => string): PlannedMoves {
	const screenRows = old.length;
	const unchanged: PlannedMoves = {bytes: '', rows: [...old]};
	if (old.every((line, row) => line === next[row])) return unchanged;
	const weights = new Map<string, number>();
	const weight = (line: string) => weights.get(line) ?? weights.set(line, redraw(0, '', line).length).get(line)!;
	// The heaviest blocks first, when there are more than are worth trying one without another.
	const candidates = movesOf(alignRows(old, next, weight))
		.map(move => ({move, weight: next.slice(move.to, move.to + move.length).reduce((sum, line) => sum + weight(line), 0)}))
		.toSorted((a, b) => b.weight - a.weight)
		.slice(0, MOST_MOVES)
		.map(({move}) => move)
		.toSorted((a, b) => a.to - b.to);
	if (candidates.length === 0) return unchanged;
	const costs = new Map<string, number>();
	const cost = (row: number, shown: string, line: string) => {
		const key = `${row}\u0000${shown}\u0000${line}`;
		return costs.get(key) ?? costs.set(key, redraw(row, shown, line).length).get(key)!;
	};

	const run = (moves: readonly RowMove[]): PlannedMoves & {cost: number} => {
		const ordered = [...moves.filter(move => move.to < move.from), ...moves.filter(move => move.to > move.from).reverse()];
		let rows: string[] = [...old];
		let bytes = '';
		for (const move of ordered) {
			rows = applyMove(rows, move);
			bytes += moveBytes(move, screenRows);
		}

		if (bytes !== '') bytes = SAVE_CURSOR + bytes + RESTORE_CURSOR;
		const redrawn = rows.reduce((sum, line, row) => sum + cost(row, line, next[row] ?? ''), 0);
		return {bytes, rows, cost: bytes.length + redrawn};
	};

	// Drop the move whose removal saves most, while one does.
	let kept = candidates;
	let best = run(kept);
	for (;;) {
		const without = kept.map((_, index) => kept.filter((__, other) => other !== index));
		const tries = without.map(moves => ({moves, result: run(moves)}));
		const cheapest = tries.reduce<(typeof tries)[number] | undefined>((found, item) => (found === undefined || item.result.cost < found.result.cost ? item : found), undefined);
		if (cheapest === undefined || cheapest.result.cost >= best.cost) break;
		kept = cheapest.moves;
		best = cheapest.result;
	}

	return {bytes: best.bytes, rows: best.rows};
}
