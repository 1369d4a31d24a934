import {describe, expect, it} from 'vitest';
import {EventEmitter} from 'node:events';
import type {OpenTarget} from '../../source/cli/open-target.js';
import {runLogs, type LogsFetch, type LogsPoll} from '../../source/cli/run-logs.js';
import type {LogsCommand} from '../../source/cli/command.js';
import type {LogLine} from '../../source/model/logs/log-line.js';
import type {LogSourceState} from '../../source/model/logs/log-source.js';

const TASK = '3f196775a8ee4d45b0a1f3c8dc3a2b31';
const readable: LogSourceState = {source: {kind: 'cloudwatch', taskId: TASK, container: 'web', group: '/ecs/web', stream: `ecs/web/${TASK}`, region: 'us-east-1'}, status: {kind: 'reading'}};
const firelens: LogSourceState = {source: {kind: 'other-driver', taskId: TASK, container: 'app', driver: 'awsfirelens'}, status: {kind: 'reading'}};

const TASK_ROW = {taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${TASK}`, taskId: TASK, lastStatus: 'RUNNING'};
const line = (id: number, message: string): LogLine => ({id: String(id), timestamp: Date.UTC(2026, 11, 1, 12, 0, id), taskId: TASK, container: 'web', message});

const command = (extra: Partial<LogsCommand> = {}): LogsCommand => ({
	kind: 'logs', cluster: 'prod', target: {kind: 'task', task: TASK}, container: null, sinceMs: 600_000, follow: false,
	filter: undefined, output: 'text', aws: {region: undefined, profile: undefined, endpoint: undefined}, demo: false, logFile: undefined, ...extra,
});

const target = {
	cluster: 'prod', description: 'us-east-1', now: () => Date.UTC(2026, 11, 1, 12, 5), signIn: {profile: null, sso: false},
} as unknown as OpenTarget;

/** A fetch answering each poll from `answers` in turn (an Error is thrown), then nothing new. */
function scripted(answers: Array<LogsPoll | Error>): {fetch: LogsFetch; calls: () => number} {
	let calls = 0;
	return {
		calls: () => calls,
		fetch: async () => {
			const answer = answers[calls++] ?? {tasks: [TASK_ROW], sources: [readable], lines: []};
			if (answer instanceof Error) throw answer;
			return answer;
		},
	};
}

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	const stdout = Object.assign(new EventEmitter(), {write: (text: string) => out.push(text)});
	return {out, err, streams: {stdout, stderr: {write: (text: string) => err.push(text)}}, stdout};
}

describe('ecswatch logs', () => {
	it('prints each line with its time, task id and container, control characters neutralised, and exits 0', async () => {
		const {out, err, streams} = capture();
		const {fetch} = scripted([{tasks: [TASK_ROW], sources: [readable], lines: [line(1, 'GET /health 200\n'), line(2, 'evil \u001b[2J\u001b]0;owned\u0007 \u202Egnp.exe\tend')]}]);
		expect(await runLogs(target, command(), streams, {openFetch: async () => fetch})).toBe(0);
		expect(out).toEqual([
			`2026-12-01T12:00:01.000Z ${TASK} web GET /health 200\n`,
			`2026-12-01T12:00:02.000Z ${TASK} web evil \uFFFD[2J\uFFFD]0;owned\uFFFD \uFFFDgnp.exe    end\n`,
		]);
		expect(err).toEqual([]);
	});

	it('prints JSON lines with the message exactly as CloudWatch has it, escaped, and keeps only lines with the --filter text', async () => {
		const {out, streams} = capture();
		const {fetch} = scripted([{tasks: [TASK_ROW], sources: [readable], lines: [line(1, 'GET /health 200'), line(2, 'upstream TIMEOUT \u001b[31m')]}]);
		await runLogs(target, command({output: 'json', filter: 'timeout'}), streams, {openFetch: async () => fetch});
		expect(out).toHaveLength(1);
		expect(out[0]).not.toContain('\u001b');
		expect(JSON.parse(out[0]!)).toEqual({timestamp: '2026-12-01T12:00:02.000Z', taskId: TASK, container: 'web', message: 'upstream TIMEOUT \u001b[31m', eventId: '2'});
	});

	it('says in one line why, and exits 1, when no container of the scope can be read', async () => {
		const {out, err, streams} = capture();
		const {fetch} = scripted([{tasks: [TASK_ROW], sources: [firelens], lines: []}]);
		expect(await runLogs(target, command(), streams, {openFetch: async () => fetch})).toBe(1);
		expect(out).toEqual([]);
		expect(err).toEqual(['ecswatch: logs go to FireLens (awsfirelens), not CloudWatch Logs\n']);
	});

	it('says nothing of the containers it only lists, not reads (a sidecar on FireLens beside the app)', async () => {
		const {out, err, streams} = capture();
		const {fetch} = scripted([{tasks: [TASK_ROW], sources: [{...readable, read: true}, {...firelens, read: false}], lines: [line(1, 'one')]}]);
		expect(await runLogs(target, command(), streams, {openFetch: async () => fetch})).toBe(0);
		expect(out).toHaveLength(1);
		expect(err).toEqual([]);
	});

	it('says a task ECS does not know is not found (exit 1), and a service without a running task has none (exit 0)', async () => {
		const {err, streams} = capture();
		const {fetch} = scripted([{tasks: [], sources: [], lines: []}, {tasks: [], sources: [], lines: []}]);
		expect(await runLogs(target, command(), streams, {openFetch: async () => fetch})).toBe(1);
		expect(await runLogs(target, command({target: {kind: 'service', service: 'web'}}), streams, {openFetch: async () => fetch})).toBe(0);
		expect(err).toEqual([
			`ecswatch: task ${TASK} not found in cluster prod (ECS forgets a stopped task after about an hour)\n`,
			'ecswatch: service web has no running task in cluster prod\n',
		]);
	});

	it('with --follow prints the new lines of each poll, retries a dropped connection with a line on stderr, and stops when told', async () => {
		const {out, err, streams} = capture();
		const stop = new AbortController();
		const dropped = Object.assign(new Error('socket hang up'), {name: 'TimeoutError', code: 'ECONNRESET'});
		const {fetch, calls} = scripted([
			{tasks: [TASK_ROW], sources: [readable], lines: [line(1, 'one')]},
			{tasks: [TASK_ROW], sources: [readable], lines: [line(2, 'two')]},
			dropped,
			{tasks: [TASK_ROW], sources: [readable], lines: [line(3, 'three')]},
		]);
		const run = runLogs(target, command({follow: true}), streams, {openFetch: async () => fetch, intervalMs: 5, signal: stop.signal});
		await expect.poll(() => out.length, {timeout: 5000}).toBe(3);
		stop.abort();
		expect(await run).toBe(0);
		expect(out.map(text => text.split(' ').at(-1))).toEqual(['one\n', 'two\n', 'three\n']);
		expect(err).toHaveLength(1);
		expect(err[0]).toMatch(/^ecswatch: .*; retrying in \d+s\n$/u);
		expect(calls()).toBeGreaterThanOrEqual(4);
	});

	it('with --follow ends with exit 1 on an error no retry can cure, saying what to do', async () => {
		const {err, streams} = capture();
		const denied = Object.assign(new Error('User: arn:aws:iam::123456789012:user/dev is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web'), {name: 'AccessDeniedException'});
		const {fetch} = scripted([{tasks: [TASK_ROW], sources: [readable], lines: []}, denied]);
		expect(await runLogs(target, command({follow: true}), streams, {openFetch: async () => fetch, intervalMs: 5})).toBe(1);
		expect(err.join('')).toMatch(/logs:FilterLogEvents/u);
	});

	it('with --follow stops quietly, exit 0, when the reader of the pipe goes away', async () => {
		const {streams, stdout} = capture();
		const {fetch} = scripted([{tasks: [TASK_ROW], sources: [readable], lines: [line(1, 'one')]}]);
		const run = runLogs(target, command({follow: true}), streams, {openFetch: async () => fetch, intervalMs: 5});
		await new Promise(resolve => setTimeout(resolve, 30));
		stdout.emit('error', Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
		expect(await run).toBe(0);
	});
});
