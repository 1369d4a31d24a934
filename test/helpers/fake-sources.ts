import {vi} from 'vitest';
import type {LogsScope} from '../../source/model/logs/log-scope.js';
import type {DataSource, Sources, TaskScope} from '../../source/ui/stack/sources.js';
import type {ClusterListData, DeploymentHistoryData, LogsData, ServiceListData, TaskData, TaskJsonData} from '../../source/watch/screen-data.js';
import type {SourceSnapshot, WatchSnapshot} from '../../source/watch/snapshot.js';
import {createFakeStore, FETCHED_AT} from './fake-store.js';

/** A data source whose snapshot the test sets, with spies on every command the UI sends. */
export function fakeSource<D>(initial: SourceSnapshot<D>) {
	let snapshot = initial;
	const listeners = new Set<() => void>();
	const source = {
		subscribe(listener: () => void) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		getSnapshot: () => snapshot,
		start: vi.fn(), hide: vi.fn(), show: vi.fn(), dispose: vi.fn(), refreshNow: vi.fn(), togglePause: vi.fn(),
		publish(next: SourceSnapshot<D>) {
			snapshot = next;
			for (const listener of [...listeners]) listener();
		},
	};
	return source satisfies DataSource<D>;
}

/** A snapshot of one successful poll of `data`. */
export function loaded<D>(data: D, overrides: Partial<SourceSnapshot<D>> = {}): SourceSnapshot<D> {
	return {
		state: 'idle', data, partial: false, error: null, staleSince: null, consecutiveFailures: 0,
		nextPollAt: FETCHED_AT + 5000, intervalMs: 5000, budgetLimited: false, ...overrides,
	};
}

/**
 * Sources over a fake task store: the task and JSON screens show the task as the grid's data has
 * it (so a test drives every screen by publishing task snapshots); clusters and services as given.
 */
export function createFakeSources(
	tasks: WatchSnapshot,
	lists: {clusters?: ClusterListData; services?: ServiceListData; taskJson?: TaskJsonData; history?: SourceSnapshot<DeploymentHistoryData>} = {},
) {
	const store = createFakeStore(tasks);
	const opened = {tasks: [] as TaskScope[], task: [] as string[], taskJson: [] as string[], services: [] as string[], clusters: 0, history: [] as string[], logs: [] as LogsScope[]};
	const derived = <D>(make: (snapshot: WatchSnapshot) => D | null) => {
		const source = fakeSource<D>(loaded(make(store.getSnapshot()) as D));
		store.subscribe(() => {
			const snapshot = store.getSnapshot();
			source.publish({...loaded(make(snapshot) as D), state: snapshot.state, data: snapshot.data === null ? null : make(snapshot)});
		});
		return source;
	};

	const taskOf = (snapshot: WatchSnapshot, arn: string) => snapshot.data?.tasks.find(row => row.taskArn === arn) ?? null;
	const clusters = fakeSource<ClusterListData>(lists.clusters === undefined ? loaded<ClusterListData>(null as never, {data: null, state: 'starting'}) : loaded(lists.clusters));
	const services = fakeSource<ServiceListData>(lists.services === undefined ? loaded<ServiceListData>(null as never, {data: null, state: 'starting'}) : loaded(lists.services));
	// A deployment history: listing until the test publishes (or gives) a snapshot.
	const history = fakeSource<DeploymentHistoryData>(lists.history ?? loaded<DeploymentHistoryData>(null as never, {data: null, state: 'starting'}));
	// Each logs screen's own source, in the order opened: reading until the test publishes to it.
	const logs: Array<ReturnType<typeof fakeSource<LogsData>>> = [];
	const tasksSource = {...store, start: vi.fn(), hide: vi.fn(), show: vi.fn(), dispose: vi.fn()};
	const sources: Sources = {
		clusters() {
			opened.clusters++;
			return clusters;
		},
		services(cluster) {
			opened.services.push(cluster);
			return services;
		},
		tasks(scope) {
			opened.tasks.push(scope);
			return tasksSource;
		},
		task(_cluster, arn) {
			opened.task.push(arn);
			return derived<TaskData>(snapshot => ({task: taskOf(snapshot, arn), fetchedAt: snapshot.data?.fetchedAt ?? FETCHED_AT}));
		},
		taskJson(_cluster, arn) {
			opened.taskJson.push(arn);
			if (lists.taskJson !== undefined) return fakeSource<TaskJsonData>(loaded(lists.taskJson));
			return derived<TaskJsonData>(snapshot => {
				const row = taskOf(snapshot, arn);
				return {task: row === null ? null : {taskArn: row.taskArn, lastStatus: row.lastStatus}, fetchedAt: snapshot.data?.fetchedAt ?? FETCHED_AT};
			});
		},
		deploymentHistory(cluster, service) {
			opened.history.push(`${cluster}/${service}`);
			return history;
		},
		logs(scope) {
			opened.logs.push(scope);
			const source = fakeSource<LogsData>(loaded<LogsData>(null as never, {data: null, state: 'starting'}));
			logs.push(source);
			return source;
		},
	};
	return {sources, store: tasksSource, clusters, services, history, logs, opened};
}
