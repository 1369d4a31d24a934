import {describe, expect, it} from 'vitest';
import {activeQuery, initialUiState, taskPosition, uiReducer, type UiAction, type UiState} from '../../source/ui/state.js';

const arns = Array.from({length: 20}, (_, i) => `arn-${i}`);
const run = (actions: UiAction[], from: UiState = initialUiState) => actions.reduce(uiReducer, from);
const synced = run([{type: 'sync', arns, viewport: 5}]);

describe('uiReducer', () => {
	it('selects the first row on the first sync, and nothing when there are no rows', () => {
		expect(synced).toMatchObject({cursor: 0, selectedArn: 'arn-0', scrollOffset: 0});
		expect(run([{type: 'sync', arns: [], viewport: 5}])).toMatchObject({cursor: -1, selectedArn: null});
	});

	it('moves, pages and jumps within bounds, scrolling minimally', () => {
		expect(run([{type: 'move', delta: -1}], synced)).toMatchObject({cursor: 0});
		expect(run([{type: 'move', delta: 6}], synced)).toMatchObject({cursor: 6, selectedArn: 'arn-6', scrollOffset: 2});
		expect(run([{type: 'page', direction: 1}, {type: 'page', direction: 1}], synced)).toMatchObject({cursor: 10, scrollOffset: 6});
		expect(run([{type: 'jump', to: 'last'}], synced)).toMatchObject({cursor: 19, scrollOffset: 15});
		expect(run([{type: 'jump', to: 'last'}, {type: 'jump', to: 'first'}], synced)).toMatchObject({cursor: 0, scrollOffset: 0});
	});

	it('follows the selected ARN through a sync that reorders rows', () => {
		const moved = run([{type: 'move', delta: 3}], synced);
		const reordered = [...arns].reverse();
		expect(run([{type: 'sync', arns: reordered, viewport: 5}], moved)).toMatchObject({cursor: 16, selectedArn: 'arn-3'});
	});

	it('opens the detail of the selected task and keeps it while the selection moves', () => {
		const detail = run([{type: 'move', delta: 2}, {type: 'openDetail'}], synced);
		expect(detail).toMatchObject({view: 'detail', detailArn: 'arn-2', detailScroll: 0});
		const afterSync = run([{type: 'sync', arns: arns.filter(arn => arn !== 'arn-2'), viewport: 5}], detail);
		expect(afterSync).toMatchObject({view: 'detail', detailArn: 'arn-2', selectedArn: 'arn-3'});
		expect(run([{type: 'scroll', delta: 50, max: 12}], detail).detailScroll).toBe(12);
		expect(run([{type: 'scroll', delta: -5, max: 12}], detail).detailScroll).toBe(0);
		expect(run([{type: 'back'}], detail).view).toBe('grid');
	});

	it('returns from help to where it was opened', () => {
		const fromDetail = run([{type: 'openDetail'}, {type: 'toggleHelp'}], synced);
		expect(fromDetail.view).toBe('help');
		expect(run([{type: 'back'}], fromDetail).view).toBe('detail');
		expect(run([{type: 'toggleHelp'}, {type: 'toggleHelp'}], synced).view).toBe('grid');
	});

	it('filters live while typing; Enter applies, Esc cancels, Esc in the grid clears', () => {
		const typing = run([{type: 'startFilter'}, {type: 'typeFilter', text: 'we'}, {type: 'typeFilter', text: 'bx'}, {type: 'deleteFilterChar'}], synced);
		expect(typing.view).toBe('filter');
		expect(activeQuery(typing)).toBe('web');
		const applied = run([{type: 'applyFilter'}], typing);
		expect(applied).toMatchObject({view: 'grid', filterText: 'web'});
		expect(activeQuery(applied)).toBe('web');
		const cancelled = run([{type: 'startFilter'}, {type: 'typeFilter', text: '-api'}, {type: 'back'}], applied);
		expect(cancelled).toMatchObject({view: 'grid', filterText: 'web'});
		expect(activeQuery(cancelled)).toBe('web');
		expect(run([{type: 'back'}], applied)).toMatchObject({filterText: ''});
	});

	it('toggles hiding stopped tasks', () => {
		expect(run([{type: 'toggleHideStopped'}], synced).hideStopped).toBe(true);
		expect(run([{type: 'toggleHideStopped'}, {type: 'toggleHideStopped'}], synced).hideStopped).toBe(false);
	});

	it('toggles grouping, the timeline and the deployments panel', () => {
		expect(run([{type: 'toggle', flag: 'groupByRevision'}], synced).groupByRevision).toBe(true);
		expect(run([{type: 'toggle', flag: 'showTimeline'}], synced).showTimeline).toBe(true);
		expect(run([{type: 'toggle', flag: 'showDeployments'}], synced).showDeployments).toBe(false);
	});
});

describe('uiReducer with group headers', () => {
	const grouped = ['group:web:42', 'arn-a', 'arn-b', 'group:web:41', 'arn-c', 'arn-d'];
	const start = run([{type: 'sync', arns: grouped, viewport: 3}]);

	it('never puts the cursor on a header', () => {
		expect(start).toMatchObject({cursor: 1, selectedArn: 'arn-a', scrollOffset: 0});
		expect(run([{type: 'move', delta: 2}], start)).toMatchObject({cursor: 4, selectedArn: 'arn-c'});
		expect(run([{type: 'move', delta: 2}, {type: 'move', delta: -1}], start)).toMatchObject({cursor: 2, selectedArn: 'arn-b'});
		expect(run([{type: 'jump', to: 'last'}, {type: 'jump', to: 'first'}], start)).toMatchObject({cursor: 1, scrollOffset: 0});
		expect(run([{type: 'move', delta: -5}], start)).toMatchObject({cursor: 1});
	});

	it('shows a group header when scrolling up onto its first task', () => {
		const bottom = run([{type: 'jump', to: 'last'}], start);
		expect(bottom).toMatchObject({cursor: 5, scrollOffset: 3});
		expect(run([{type: 'move', delta: -1}], bottom)).toMatchObject({cursor: 4, scrollOffset: 3});
		expect(run([{type: 'move', delta: -2}], bottom)).toMatchObject({cursor: 2, scrollOffset: 2});
		expect(run([{type: 'move', delta: -2}, {type: 'move', delta: -1}], bottom)).toMatchObject({cursor: 1, scrollOffset: 0});
	});

	it('counts the position among tasks only', () => {
		expect(taskPosition(run([{type: 'move', delta: 2}], start))).toEqual({index: 2, count: 4});
		expect(taskPosition(run([{type: 'sync', arns: [], viewport: 3}], start))).toEqual({index: -1, count: 0});
	});

	it('moves off a header when the selected task vanished next to one', () => {
		const onC = run([{type: 'move', delta: 2}], start);
		expect(run([{type: 'sync', arns: ['group:web:42', 'arn-a', 'arn-b', 'group:web:41', 'arn-d'], viewport: 3}], onC))
			.toMatchObject({selectedArn: 'arn-d'});
	});
});
