import {render} from 'ink-testing-library';
import {expect, vi} from 'vitest';
import {App} from '../../source/ui/app.js';
import {initialScreens} from '../../source/cli/initial-screens.js';
import type {ScreenRequest} from '../../source/ui/stack/screen-request.js';
import type {TerminalFeatures} from '../../source/ui/terminal/terminal-features.js';
import type {ClusterListData, DeploymentHistoryData, ServiceListData, TaskJsonData} from '../../source/watch/screen-data.js';
import type {SourceSnapshot, WatchSnapshot} from '../../source/watch/snapshot.js';
import {createFakeSources} from '../helpers/fake-sources.js';
import {FETCHED_AT} from '../helpers/fake-store.js';
import {waitUntil} from '../helpers/wait-until.js';

export const TARGET = 'us-east-1';

export const KEYS = {
	up: '\u001B[A', down: '\u001B[B', pageUp: '\u001B[5~', pageDown: '\u001B[6~', home: '\u001B[H', end: '\u001B[F',
	enter: '\r', escape: '\u001B', backspace: '\u007F', ctrlF: '\u0006', ctrlB: '\u0002', ctrlC: '\u0003',
} as const;

export interface RenderOptions {
	width?: number;
	height?: number;
	colorEnabled?: boolean;
	clock?: () => number;
	/** The screens at start; by default the task grid of cluster `prod`, its services and the clusters below. */
	initial?: [ScreenRequest, ...ScreenRequest[]];
	clusters?: ClusterListData;
	services?: ServiceListData;
	/** What the JSON screen's source answers; by default the task as the grid's data has it. */
	taskJson?: TaskJsonData;
	terminal?: TerminalFeatures;
	/** What the deployment history's source answers; by default it is still listing. */
	history?: SourceSnapshot<DeploymentHistoryData>;
}

/** Renders the App over fake sources; `press` writes one key and waits for the frame to change. */
export function renderApp(snapshot: WatchSnapshot, options: RenderOptions = {}) {
	const fake = createFakeSources(snapshot, {
		...(options.clusters === undefined ? {} : {clusters: options.clusters}),
		...(options.services === undefined ? {} : {services: options.services}),
		...(options.taskJson === undefined ? {} : {taskJson: options.taskJson}),
		...(options.history === undefined ? {} : {history: options.history}),
	});
	const onQuit = vi.fn();
	const props = {
		sources: fake.sources, initial: options.initial ?? initialScreens('prod', []), target: TARGET,
		width: options.width ?? 100, height: options.height ?? 12, onQuit,
		colorEnabled: options.colorEnabled ?? true, clock: options.clock ?? (() => FETCHED_AT),
		...(options.terminal === undefined ? {} : {terminal: options.terminal}),
	};
	const instance = render(<App {...props} />);
	return {
		...instance,
		...fake,
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
