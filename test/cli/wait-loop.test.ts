import {describe, expect, it} from 'vitest';
import {waitForRollout, type WaitLook, type WaitLoopOptions} from '../../source/cli/wait-loop.js';
import {isRetryableLater} from '../../source/ecs/transient-error.js';
import {errorSentence} from '../../source/output/error-sentence.js';
import type {ServiceRow} from '../../source/model/service-row.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTarget, makeTaskRow} from '../helpers/task-row.js';
import type {TaskRow} from '../../source/model/task-row.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');

const steadyOn = (id: string, revision: string): ServiceRow => makeServiceRow({
	desiredCount: 2, runningCount: 2, pendingCount: 0, taskDefinition: `arn:aws:ecs:us-east-1:123456789012:task-definition/${revision}`,
	deployments: [makeDeployment({id, taskDefinition: revision, rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2})],
});
const rollingOut = (pending: number): ServiceRow => makeServiceRow({
	desiredCount: 2, runningCount: 2, pendingCount: pending,
	deployments: [
		makeDeployment({id: 'ecs-svc/new', taskDefinition: 'web:42', rolloutState: 'IN_PROGRESS', desiredCount: 2, runningCount: 0, pendingCount: pending}),
		makeDeployment({id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: 'web:41', rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2}),
	],
});

const sdkError = (name: string, status: number) => Object.assign(new Error(`${name} happened`), {name, $fault: status >= 500 ? 'server' : 'client', $metadata: {httpStatusCode: status}});

/** Runs a wait over scripted looks (an Error is thrown as the poll's failure); the last look repeats. */
async function run(looks: Array<ServiceRow | null | Error>, overrides: Partial<WaitLoopOptions> = {}) {
	const out: string[] = [];
	const err: string[] = [];
	let index = 0;
	const outcome = await waitForRollout({
		service: 'web',
		intervalMs: 1,
		timeoutMs: 60_000,
		async fetch(): Promise<WaitLook> {
			const look = looks[Math.min(index++, looks.length - 1)];
			if (look instanceof Error) throw look;
			return {service: look ?? null, running: []};
		},
		now: () => NOW,
		write: text => out.push(text),
		writeError: text => err.push(text),
		retryable: isRetryableLater,
		explain: report => errorSentence(report, {profile: null, sso: false, target: 'us-east-1', cluster: 'prod', medium: 'command-line'}),
		maxBackoffMs: 2,
		jitter: () => 0,
		...overrides,
	});
	return {outcome, out: out.join(''), err: err.join(''), polls: index};
}

describe('waitForRollout', () => {
	it('prints a timestamped line per change and ends done when the rollout completes', async () => {
		const {outcome, out, err} = await run([rollingOut(0), rollingOut(0), rollingOut(1), steadyOn('ecs-svc/new', 'web:42')]);
		expect(outcome).toEqual({kind: 'done'});
		expect(err).toBe('');
		expect(out.split('\n').filter(Boolean)).toEqual([
			'2026-12-01T12:00:00Z web deploying web:42 → 0/2 healthy, 0 pending, 0 failed',
			'2026-12-01T12:00:00Z web deploying web:42 → 0/2 healthy, 1 pending, 0 failed',
			'2026-12-01T12:00:00Z web steady',
			'2026-12-01T12:00:00Z web rollout complete: steady on web:42',
		]);
		// eslint-disable-next-line no-control-regex -- plain text for a CI log: no escape sequences
		expect(out).not.toMatch(/\u001b/u);
	});

	it('on a steady service, says it waits for the next rollout', async () => {
		const {outcome, out} = await run([steadyOn('ecs-svc/old', 'web:41'), steadyOn('ecs-svc/old', 'web:41'), rollingOut(1), steadyOn('ecs-svc/new', 'web:42')]);
		expect(outcome).toEqual({kind: 'done'});
		expect(out.split('\n')[0]).toBe('2026-12-01T12:00:00Z web steady (waiting for the next rollout to start)');
	});

	it('retries throttling and server errors after the first look, with a line saying so', async () => {
		const {outcome, out} = await run([rollingOut(0), sdkError('ThrottlingException', 400), sdkError('ServerException', 500), steadyOn('ecs-svc/new', 'web:42')]);
		expect(outcome).toEqual({kind: 'done'});
		expect(out).toMatch(/^2026-12-01T12:00:00Z web poll failed \(throttled by AWS\), retrying in \d+s$/mu);
		expect(out).toMatch(/web poll failed \(AWS answered with a server error\)/u);
	});

	it('ends with an error at once when the first look fails, or on an error that retrying cannot cure', async () => {
		const first = await run([sdkError('ThrottlingException', 400), steadyOn('ecs-svc/new', 'web:42')]);
		expect(first).toMatchObject({outcome: {kind: 'error'}, out: '', err: 'ecswatch: throttled by AWS\n', polls: 1});
		const denied = await run([rollingOut(0), sdkError('AccessDeniedException', 400), steadyOn('ecs-svc/new', 'web:42')]);
		expect(denied).toMatchObject({outcome: {kind: 'error'}, err: 'ecswatch: access denied: these credentials may not read ECS (README lists the minimal IAM policy)\n', polls: 2});
	});

	it('gives up on a retryable error that persists', async () => {
		const {outcome, out, polls} = await run([rollingOut(0), sdkError('ThrottlingException', 400)], {maxFailures: 3});
		expect(outcome).toEqual({kind: 'error'});
		expect(polls).toBe(4);
		expect(out.match(/retrying/gu)).toHaveLength(2);
	});

	it('times out while the rollout is still going, saying where it stood', async () => {
		const {outcome, out} = await run([rollingOut(1)], {intervalMs: 5, timeoutMs: 50});
		expect(outcome).toEqual({kind: 'timeout'});
		expect(out.trimEnd().split('\n').at(-1)).toBe('2026-12-01T12:00:00Z web still not done after 0s (deploying web:42 → 0/2 healthy, 1 pending, 0 failed): giving up');
	});

	it('ends deleted when the service disappears', async () => {
		const {outcome, out} = await run([rollingOut(0), null]);
		expect(outcome).toEqual({kind: 'deleted'});
		expect(out).toMatch(/web the service is being deleted or no longer exists\n$/u);
	});
});

describe('waitForRollout behind a load balancer', () => {
	const targetGroupArn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
	const behindAlb = (service: ServiceRow): ServiceRow => ({...service, loadBalancers: [{targetGroupArn, loadBalancerName: null, containerName: 'app', containerPort: 80}]});
	const tasks = (deployment: string, revision: number, state: string, overrides: Partial<TaskRow> = {}) => [0, 1].map(index => makeTaskRow({
		service: 'web', startedBy: deployment, taskDefinition: `web:${revision}`, lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY',
		targets: [makeTarget({targetGroupArn, targetId: `10.0.${revision}.${index}`, state})], ...overrides,
	}));
	const leaving = {lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'};

	it('is done only once the new tasks\' targets are healthy and the old ones\' draining is over', async () => {
		const looks: WaitLook[] = [
			{service: behindAlb(rollingOut(0)), running: [...tasks('ecs-svc/new', 42, 'initial'), ...tasks('ecs-svc/old', 41, 'healthy')]},
			// ECS calls the deployment complete: the old revision's targets still drain.
			{service: behindAlb(steadyOn('ecs-svc/new', 'web:42')), running: [...tasks('ecs-svc/new', 42, 'healthy'), ...tasks('ecs-svc/old', 41, 'draining', leaving)]},
			{service: behindAlb(steadyOn('ecs-svc/new', 'web:42')), running: tasks('ecs-svc/new', 42, 'healthy')},
		];
		let index = 0;
		const {outcome, out} = await run([], {
			async fetch() {
				return looks[Math.min(index++, looks.length - 1)]!;
			},
		});
		expect(outcome).toEqual({kind: 'done'});
		expect(index).toBe(3);
		expect(out.split('\n').filter(Boolean)).toEqual([
			'2026-12-01T12:00:00Z web deploying web:42 → 0/2 healthy, 0 pending, 0 failed',
			'2026-12-01T12:00:00Z web deploying web:42 → 2/2 healthy, draining web:41 (2 targets)',
			'2026-12-01T12:00:00Z web steady',
			'2026-12-01T12:00:00Z web rollout complete: steady on web:42',
		]);
	});
});
