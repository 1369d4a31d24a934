import type {LogLine} from '../../../../source/model/logs/log-line.js';
import type {LogsScope} from '../../../../source/model/logs/log-scope.js';
import type {LogSource, LogSourceState, LogSourceStatus} from '../../../../source/model/logs/log-source.js';
import {logsRequest} from '../../../../source/ui/screens/logs/logs-request.js';
import type {LogsData} from '../../../../source/watch/screen-data.js';
import type {SourceSnapshot} from '../../../../source/watch/snapshot.js';
import {loaded} from '../../../helpers/fake-sources.js';
import {FETCHED_AT, snapshotOf} from '../../../helpers/fake-store.js';
import {waitUntil} from '../../../helpers/wait-until.js';
import {renderApp, type RenderOptions} from '../../render-app.js';

export const TASK_ID = '3f19677510ab2b9206633b63703c4e93';
export const TASK_ARN = `arn:aws:ecs:us-east-1:123456789012:task/prod/${TASK_ID}`;
export const OTHER_ID = '7a8b9c0d1e2f40718293a4b5c6d7e8f9';

export const TASK_SCOPE: LogsScope = {cluster: 'prod', target: {kind: 'task', taskArn: TASK_ARN, taskId: TASK_ID}, container: null, sinceMs: 10 * 60_000};
export const SERVICE_SCOPE: LogsScope = {cluster: 'prod', target: {kind: 'service', service: 'web'}, container: null, sinceMs: 10 * 60_000};

/** Line `n`: one second after line n-1, the last of 60 at the fetch time. */
export function logLine(n: number, overrides: Partial<LogLine> = {}): LogLine {
	return {id: `e${n}`, timestamp: FETCHED_AT - (60 - n) * 1000, taskId: TASK_ID, container: 'app', message: `line ${n}`, ...overrides};
}

export function lines(from: number, to: number, overrides: (n: number) => Partial<LogLine> = () => ({})): LogLine[] {
	return Array.from({length: to - from + 1}, (_, index) => logLine(from + index, overrides(from + index)));
}

export const READING: LogSourceStatus = {kind: 'reading'};

export function cloudwatch(container = 'app', taskId = TASK_ID, status: LogSourceStatus = READING): LogSourceState {
	return {source: {kind: 'cloudwatch', taskId, container, group: '/ecs/web', stream: `web/${container}/${taskId}`, region: 'us-east-1'}, status};
}

export function unreadable(source: LogSource, status: LogSourceStatus = {kind: 'unreadable'}): LogSourceState {
	return {source, status};
}

/** A logs poll: the task (or tasks) running, `sources` as given, these lines, none dropped. */
export function logsData(logLines: readonly LogLine[], overrides: Partial<LogsData> = {}): LogsData {
	return {
		sources: [cloudwatch()],
		tasks: [{taskArn: TASK_ARN, taskId: TASK_ID, lastStatus: 'RUNNING'}],
		lines: logLines,
		dropped: 0,
		since: FETCHED_AT - 10 * 60_000,
		fetchedAt: FETCHED_AT,
		...overrides,
	};
}

/** The logs screen alone (80x24, no colour unless asked) over a fake logs source; `publish` answers its latest source. */
export function openLogs(scope: LogsScope = TASK_SCOPE, options: RenderOptions & {service?: string | null} = {}) {
	const app = renderApp(snapshotOf([]), {
		width: 80, height: 24, colorEnabled: false, ...options,
		initial: options.initial ?? [logsRequest(scope, {service: options.service ?? null})],
	});
	return {
		...app,
		publish(data: LogsData, overrides: Partial<SourceSnapshot<LogsData>> = {}) {
			app.logs.at(-1)!.publish(loaded(data, overrides));
		},
		/** Publishes and waits until the frame shows `text`. */
		async show(data: LogsData, text: string) {
			app.logs.at(-1)!.publish(loaded(data));
			await waitUntil(() => {
				if (!app.frame().includes(text)) throw new Error(`frame lacks ${text}:\n${app.frame()}`);
			});
		},
		/** The body's rows, between the four header lines and the footer, without the empty ones below the last. */
		body() {
			const rows = app.frame().split('\n').slice(4, -1);
			while (rows.at(-1)?.trim() === '') rows.pop();
			return rows;
		},
		footer: () => app.frame().split('\n').at(-1) ?? '',
	};
}
