import {describe, expect, it} from 'vitest';
import {bodyLayout, MIN_GRID_LINES} from '../../../../source/ui/screens/tasks/body-layout.js';

describe('bodyLayout', () => {
	it('gives the panel its lines up to a third and the grid the rest', () => {
		expect(bodyLayout(30, 3, false)).toEqual({panel: 3, grid: 27, timeline: 0});
		expect(bodyLayout(30, 20, false)).toEqual({panel: 10, grid: 20, timeline: 0});
		expect(bodyLayout(30, 0, true)).toEqual({panel: 0, grid: 20, timeline: 10});
	});

	it('keeps eight grid rows at 80x24 by shrinking the timeline, then the panel', () => {
		// 24 rows: 4 header lines, 1 footer.
		const layout = bodyLayout(19, 12, true);
		expect(layout.grid).toBe(MIN_GRID_LINES);
		expect(layout).toEqual({panel: 6, grid: 9, timeline: 4});
		expect(bodyLayout(12, 12, true)).toEqual({panel: 1, grid: 9, timeline: 2});
	});
});
