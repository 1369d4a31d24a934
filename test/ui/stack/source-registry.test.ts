import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createSourceRegistry} from '../../../source/ui/stack/source-registry.js';
import type {ScreenEntry} from '../../../source/ui/stack/screen-stack.js';
import {createPoller} from '../../../source/watch/poller.js';

const INTERVAL = 5000;
const entry = (id: number): ScreenEntry => ({id, kind: 'k', params: {}, state: {}});

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

/** Real pollers over a fetch that answers at once, counting polls per screen id. */
function setup() {
	const polls = new Map<number, number>();
	const registry = createSourceRegistry(screen => createPoller({
		intervalMs: INTERVAL,
		fetch: async () => {
			polls.set(screen.id, (polls.get(screen.id) ?? 0) + 1);
			return {};
		},
		accept: (_previous, _result, fetchedAt) => ({fetchedAt}),
	}));
	return {registry, polls: (id: number) => polls.get(id) ?? 0};
}

describe('the screens\' data sources', () => {
	it('polls only the top screen: a covered one spends nothing, then picks up when uncovered', async () => {
		const {registry, polls} = setup();
		const [root, child] = [entry(0), entry(1)];
		registry.sync([root]);
		await vi.advanceTimersByTimeAsync(INTERVAL * 2);
		expect(polls(0)).toBe(3);

		registry.sync([root, child]);
		await vi.advanceTimersByTimeAsync(INTERVAL * 10);
		expect(polls(0)).toBe(3);
		expect(polls(1)).toBe(11);

		registry.sync([root]);
		await vi.advanceTimersByTimeAsync(0);
		expect(polls(0)).toBe(4); // overdue: at once
		await vi.advanceTimersByTimeAsync(INTERVAL * 10);
		expect(polls(1)).toBe(11); // popped: disposed
		expect(polls(0)).toBe(14);
		registry.disposeAll();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('loads a screen pushed below the top at start only when it is first uncovered', async () => {
		const {registry, polls} = setup();
		const screens = [entry(0), entry(1), entry(2)];
		for (const screen of screens) registry.sourceFor(screen);
		registry.sync(screens);
		await vi.advanceTimersByTimeAsync(INTERVAL * 3);
		expect([polls(0), polls(1), polls(2)]).toEqual([0, 0, 4]);
		registry.sync(screens.slice(0, 2));
		await vi.advanceTimersByTimeAsync(0);
		expect([polls(0), polls(1)]).toEqual([0, 1]);
		registry.disposeAll();
	});

	it('lets a screen show the source of the screen below it: one poller, polling while either is on top', async () => {
		const polls = new Map<number, number>();
		const opened: number[] = [];
		let stack: ScreenEntry[] = [];
		const sharing = (id: number): ScreenEntry => ({id, kind: 'shares', params: {}, state: {}});
		const registry = createSourceRegistry((screen, below) => {
			if (screen.kind === 'shares') return below()!;
			opened.push(screen.id);
			return createPoller({
				intervalMs: INTERVAL,
				fetch: async () => {
					polls.set(screen.id, (polls.get(screen.id) ?? 0) + 1);
					return {};
				},
				accept: (_previous, _result, fetchedAt) => ({fetchedAt}),
			});
		}, () => stack);
		const sync = (screens: ScreenEntry[]) => {
			stack = screens;
			registry.sync(screens);
		};

		const [grid, timeline, other] = [entry(0), sharing(1), entry(2)];
		sync([grid]);
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(polls.get(0)).toBe(2);
		sync([grid, timeline]);
		expect(registry.sourceFor(timeline)).toBe(registry.sourceFor(grid));
		await vi.advanceTimersByTimeAsync(INTERVAL * 4);
		expect(polls.get(0)).toBe(6); // still polling, on its rhythm, while the timeline covers the grid
		sync([grid, timeline, other]);
		await vi.advanceTimersByTimeAsync(INTERVAL * 4);
		expect(polls.get(0)).toBe(6); // covered by a screen with its own data: hidden
		sync([grid, timeline]);
		sync([grid]);
		await vi.advanceTimersByTimeAsync(INTERVAL * 2);
		expect(polls.get(0)).toBeGreaterThan(6); // the timeline left; its source was the grid's, not disposed
		expect(opened).toEqual([0, 2]);
		registry.disposeAll();
		expect(vi.getTimerCount()).toBe(0);
	});
});
