import type {ScreenEntry} from './screen-stack.js';
import type {DataSource} from './sources.js';

/**
 * Owns the data source of every screen on the stack, keyed by the screen's id. A source is made
 * (unstarted) when a screen is first drawn; `sync` then starts the top one, hides the covered ones
 * (a hidden source spends no API budget), shows one uncovered again, and disposes the sources of
 * screens that left the stack. Screens pushed below the top at start-up load when first uncovered.
 */
export interface SourceRegistry {
	sourceFor(entry: ScreenEntry): DataSource<unknown>;
	sync(screens: readonly ScreenEntry[]): void;
	disposeAll(): void;
}

export function createSourceRegistry(open: (entry: ScreenEntry) => DataSource<unknown>): SourceRegistry {
	const byId = new Map<number, DataSource<unknown>>();
	const sourceFor = (entry: ScreenEntry) => {
		let source = byId.get(entry.id);
		if (source === undefined) {
			source = open(entry);
			byId.set(entry.id, source);
		}

		return source;
	};

	return {
		sourceFor,
		sync(screens) {
			const live = new Set(screens.map(screen => screen.id));
			for (const [id, source] of byId) {
				if (!live.has(id)) {
					source.dispose();
					byId.delete(id);
				}
			}

			const top = screens.at(-1);
			for (const screen of screens) {
				if (screen !== top) byId.get(screen.id)?.hide();
			}

			if (top !== undefined) {
				const source = sourceFor(top);
				source.show();
				source.start();
			}
		},
		disposeAll() {
			for (const source of byId.values()) source.dispose();
			byId.clear();
		},
	};
}
