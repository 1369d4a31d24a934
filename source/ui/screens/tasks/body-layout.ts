/** Lines of the grid view's body given to each pane; `grid` includes the column titles. */
export interface BodyLayout {
	panel: number;
	grid: number;
	timeline: number;
}

/** Column titles plus eight rows: what the grid keeps before the panes above and below shrink. */
export const MIN_GRID_LINES = 9;

/** Column titles and one row: a body shorter than that plus a pane gives the grid the pane's lines. */
export const GRID_FLOOR_LINES = 2;

/**
 * Body lines from which the timeline pane (its newest lines) is shown below the grid: a tall
 * terminal has room for it, a short one keeps every line for tasks. `t` opens the whole timeline.
 */
export const TIMELINE_PANE_MIN_BODY = 30;

/**
 * Splits `body` lines: the deployments panel takes its lines up to a third, the timeline (when
 * shown) a third, the grid the rest. When the grid would get fewer than {@link MIN_GRID_LINES},
 * the timeline shrinks first (to two lines), then the panel (to one). The grid's titles and one row
 * come before any pane line: in a very short body (40x8) the panes give way entirely.
 */
export function bodyLayout(body: number, panelLines: number, timeline: boolean): BodyLayout {
	const third = Math.max(1, Math.floor(body / 3));
	let panel = Math.min(panelLines, third);
	let pane = timeline ? third : 0;
	let deficit = MIN_GRID_LINES - (body - panel - pane);
	if (deficit > 0 && pane > 2) {
		const cut = Math.min(deficit, pane - 2);
		pane -= cut;
		deficit -= cut;
	}

	if (deficit > 0 && panel > 1) panel -= Math.min(deficit, panel - 1);
	const spare = Math.max(0, body - GRID_FLOOR_LINES);
	pane = Math.min(pane, spare);
	panel = Math.min(panel, spare - pane);
	return {panel, timeline: pane, grid: Math.max(1, body - panel - pane)};
}
