import type {ChildProcess} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';
import {skipTerminalTests, startTmux, type TmuxSession} from '../helpers/tmux.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The read-only operations of ECS, CloudWatch Logs and ELB: ecswatch may call these and nothing else (README's IAM policy). */
const READ_ONLY = [
	'DescribeClusters', 'DescribeContainerInstances', 'DescribeServiceDeployments', 'DescribeServiceRevisions', 'DescribeServices', 'DescribeTargetGroupAttributes',
	'DescribeTargetGroups', 'DescribeTargetHealth', 'DescribeTaskDefinition', 'DescribeTasks', 'FilterLogEvents', 'ListClusters', 'ListServiceDeployments',
	'ListServices', 'ListTasks',
];
/**
 * Of those, what this journey cannot do without; the others are called only when there is a reason
 * (instance targets need DescribeContainerInstances, a draining target the deregistration delay).
 */
const CALLED = READ_ONLY.filter((operation) => !['DescribeContainerInstances', 'DescribeTargetGroupAttributes'].includes(operation));

let simulator: ChildProcess | undefined;
let session: TmuxSession | undefined;
let folder: string | undefined;
afterEach(() => {
	session?.kill();
	simulator?.kill('SIGINT');
	if (folder !== undefined) rmSync(folder, {recursive: true, force: true});
	session = undefined;
	simulator = undefined;
	folder = undefined;
});

async function startSimulate(log: string): Promise<string> {
	const started = await spawnSimulate(['--log-requests', log]);
	simulator = started.process;
	return started.endpoint;
}

const selected = (screen: string) => screen.split('\n').find((line) => line.startsWith('>')) ?? '';
const crumbs = (screen: string) => screen.split('\n')[0] ?? '';

describe.skipIf(skipTerminalTests)('browsing ecswatch simulate in a real terminal', () => {
	it('opens on the cluster list, reaches a task\'s logs, its raw JSON and a service\'s deployment history with Enter and l and comes back with Esc, calling only read-only operations', async () => {
		folder = mkdtempSync(join(tmpdir(), 'ecswatch-'));
		const log = join(folder, 'requests.jsonl');
		const endpoint = await startSimulate(log);
		const env = 'AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test';
		session = startTmux(`clear; ${env} node bin/ecswatch.js --endpoint-url ${endpoint}; echo "EXIT=$?"`, {width: 80, height: 24, cwd: root});

		const clusters = await session.waitFor((screen) => /> demo +ACTIVE/u.test(screen) && screen.includes('staging'));
		expect(crumbs(clusters)).toMatch(/^ecswatch {2}clusters {2}http:\/\/127\.0\.0\.1:\d+$/u);
		expect(clusters).toContain('jobs');

		session.send('Enter');
		await session.waitFor((screen) => crumbs(screen).startsWith('ecswatch  clusters › demo ') && selected(screen).includes('all tasks'));
		// api, batch, checkout, then web.
		session.send('j', 'j', 'j', 'j');
		await session.waitFor((screen) => selected(screen).includes('web'));
		session.send('Enter');
		const tasks = await session.waitFor((screen) => crumbs(screen).includes('› demo › web') && /> \S{8} web/u.test(screen));
		const taskId = selected(tasks).slice(2, 10);
		session.send('Enter');
		await session.waitFor((screen) => crumbs(screen).includes(`› web › ${taskId}`) && screen.includes('Overview'));
		// l: the task's logs (DescribeTaskDefinition once, FilterLogEvents), Esc back to the task.
		session.send('l');
		const logs = await session.waitFor((screen) => crumbs(screen).includes(`› ${taskId} › logs`) && /^\d\d:\d\d:\d\d /mu.test(screen));
		expect(logs).toMatch(new RegExp(`task ${taskId} · app · RUNNING`, 'u'));
		session.send('Escape');
		await session.waitFor((screen) => screen.includes('Overview') && !crumbs(screen).includes('logs'));
		session.send('Enter');
		const json = await session.waitFor((screen) => crumbs(screen).includes(`› ${taskId} › json`) && screen.includes('"attachments"'));
		expect(json).toContain('DescribeTasks JSON');

		session.send('Escape');
		await session.waitFor((screen) => screen.includes('Overview'));
		session.send('Escape');
		await session.waitFor((screen) => selected(screen).startsWith(`> ${taskId}`));
		session.send('Escape');
		await session.waitFor((screen) => crumbs(screen).startsWith('ecswatch  clusters › demo ') && selected(screen).includes('web'));
		// h: the service's deployment history (ListServiceDeployments and friends), Enter its details.
		session.send('h');
		const history = await session.waitFor((screen) => crumbs(screen).includes('› web history') && /> .*web:41 +succeeded/u.test(screen));
		expect(history).toContain('deployments of web');
		session.send('Enter');
		await session.waitFor((screen) => /succeeded/u.test(screen) && crumbs(screen).includes('history ›'));
		session.send('Escape');
		await session.waitFor((screen) => crumbs(screen).includes('› web history') && !crumbs(screen).includes('history ›'));
		session.send('Escape');
		await session.waitFor((screen) => crumbs(screen).startsWith('ecswatch  clusters › demo ') && selected(screen).includes('web'));
		session.send('Escape');
		await session.waitFor((screen) => crumbs(screen).startsWith('ecswatch  clusters ') && selected(screen).includes('demo'));
		session.send('q');
		const after = await session.waitFor((screen) => /EXIT=\d/u.test(screen));
		expect(after).toContain('EXIT=0');
		expect(session.modes()).toEqual({alternateScreen: false, cursorVisible: true});

		const operations = new Set(readFileSync(log, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as {operation: string}).operation));
		expect(READ_ONLY).toEqual(expect.arrayContaining([...operations]));
		expect([...operations]).toEqual(expect.arrayContaining(CALLED));
	});
});
