import type {ScreenEntry} from './screen-stack.js';
import type {DataSource} from './sources.js';

/**
 * Opens a screen's source. `below` gives the source of the screen under it (null at the bottom):
 * a screen that shows another view of the same data (the timeline over the task grid) returns
 * that very source instead of opening a second poller.
 */
export type OpenSource = (entry: ScreenEntry, below: () => DataSource<unknown> | null) => DataSource<unknown>;

/**
 * Owns the data source of every screen on the stack, keyed by the screen's id. A source is made
 * (unstarted) when a screen is first drawn; `sync` then starts the top one, hides the covered ones
 * (a hidden source spends no API budget), shows one uncovered again, and disposes the sources of
 * screens that left the stack. Screens pushed below the top at start-up load when first uncovered.
 * One source may serve several screens: it stays shown while any of them is on top, and is
 * disposed when the last of them leaves.
 */
export interface SourceRegistry {
	sourceFor(entry: ScreenEntry): DataSource<unknown>;
	sync(screens: readonly ScreenEntry[]): void;
	disposeAll(): void;
}

/** `stackNow` reads the stack as it is now (bottom first), to find the screen below one being opened. */
export function createSourceRegistry(open: OpenSource, stackNow: () => readonly ScreenEntry[] = () => []): SourceRegistry {
	const byId = new Map<number, DataSource<unknown>>();
	const sourceFor = (entry: ScreenEntry): DataSource<unknown> => {
		let source = byId.get(entry.id);
		if (source === undefined) {
			source = open(entry, () => {
				const stack = stackNow();
				const index = stack.findIndex(screen => screen.id === entry.id);
				return index > 0 ? sourceFor(stack[index - 1]!) : null;
			});
			byId.set(entry.id, source);
		}

		return source;
	};

	return {
		sourceFor,
		sync(screens) {
			const live = new Set(screens.map(screen => screen.id));
			const kept = new Set([...byId].filter(([id]) => live.has(id)).map(([, source]) => source));
			for (const [id, source] of byId) {
				if (!live.has(id)) {
					if (!kept.has(source)) source.dispose();
					byId.delete(id);
				}
			}

			const top = screens.at(-1);
			const shown = top === undefined ? undefined : sourceFor(top);
			for (const screen of screens) {
				const source = byId.get(screen.id);
				if (screen !== top && source !== shown) source?.hide();
			}

			if (shown !== undefined) {
				shown.show();
				shown.start();
			}
		},
		disposeAll() {
			for (const source of new Set(byId.values())) source.dispose();
			byId.clear();
		},
	};
}
