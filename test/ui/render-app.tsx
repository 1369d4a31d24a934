import {render} from 'ink-testing-library';
import {expect, vi} from 'vitest';
import {App} from '../../source/ui/app.js';
import type {WatchSnapshot} from '../../source/watch/snapshot.js';
import {createFakeStore, FETCHED_AT} from '../helpers/fake-store.js';
import {waitUntil} from '../helpers/wait-until.js';

export const CONTEXT = {cluster: 'prod', target: 'us-east-1', watching: 'all tasks'};

export const KEYS = {
	up: '\u001B[A', down: '\u001B[B', pageUp: '\u001B[5~', pageDown: '\u001B[6~', home: '\u001B[H', end: '\u001B[F',
	enter: '\r', escape: '\u001B', backspace: '\u007F', ctrlF: '\u0006', ctrlB: '\u0002', ctrlC: '\u0003',
} as const;

/** Renders the App over a fake store; `press` writes one key and waits for the frame to change. */
export function renderApp(snapshot: WatchSnapshot, options: {width?: number; height?: number; colorEnabled?: boolean; clock?: () => number} = {}) {
	const store = createFakeStore(snapshot);
	const onQuit = vi.fn();
	const props = {
		store, context: CONTEXT, width: options.width ?? 100, height: options.height ?? 12, onQuit,
		colorEnabled: options.colorEnabled ?? true, clock: options.clock ?? (() => FETCHED_AT),
	};
	const instance = render(<App {...props} />);
	return {
		...instance,
		store,
		onQuit,
		frame: () => instance.lastFrame() ?? '',
		resize(size: {width?: number; height?: number}) {
			Object.assign(props, size);
			instance.rerender(<App {...props} />);
		},
		async press(key: string) {
			const before = instance.lastFrame();
			instance.stdin.write(key);
			await waitUntil(() => {
				expect(instance.lastFrame()).not.toBe(before);
			});
		},
	};
}

/** The line of the frame marked as selected (`>`, then a change marker or a space). */
export function selectedLine(frame: string): string | undefined {
	return frame.split('\n').find(line => line.startsWith('>'));
}
