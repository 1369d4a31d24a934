import {DescribeServicesCommand, UpdateServiceCommand} from '@aws-sdk/client-ecs';
import {beforeEach, describe, expect, it} from 'vitest';
import {simulatedWatchEachTest} from '../helpers/simulated-watch.js';

process.env.TZ = 'UTC';

const ecs = simulatedWatchEachTest();
const {step, press, frame, lines} = ecs;
beforeEach(async () => {
	await ecs.watch('web', {height: 80, shows: 'steady'});
});
const headerSentence = () => lines()[2] ?? '';
const markedRows = (marker: string) => lines().filter((line) => line.slice(1, 2) === marker);

/** Each deployment as DescribeServices reports it right now (the same simulated instant as the poll). */
async function deploymentsNow() {
	const {services} = await ecs.sdk.send(new DescribeServicesCommand({cluster: 'demo', services: ['web']}));
	return (services?.[0]?.deployments ?? []).map((deployment) => ({
		status: deployment.status ?? '',
		revision: deployment.taskDefinition?.split('/').pop() ?? '',
		counts: `${deployment.desiredCount} desired ${deployment.runningCount} running ${deployment.pendingCount} pending ${deployment.failedTasks} failed`,
		rolloutState: deployment.rolloutState ?? '',
	}));
}

/** The deployments panel line of a deployment: `web  web:42  PRIMARY IN_PROGRESS  ███░░ 3/6  6 desired …`. */
const panelLine = (revision: string, status: string) =>
	lines().find((line) => line.startsWith(`web  ${revision}  ${status}`));

async function update(taskDefinition: string): Promise<void> {
	await ecs.sdk.send(new UpdateServiceCommand({cluster: 'demo', service: 'web', taskDefinition}));
}

describe('watching deployments on the simulator', () => {
	it('follows a rolling deployment from its first new task to steady state', async () => {
		await update('web:42');
		await step(5);
		expect(headerSentence()).toMatch(/^web: deploying web:42 → 0\/6 healthy, \d pending, 0 failed$/u);
		expect(markedRows('+')).toHaveLength(6);
		expect(markedRows('+').every((row) => row.includes('web:42'))).toBe(true);

		let steps = 0;
		while (headerSentence() !== 'steady') {
			for (const deployment of await deploymentsNow()) {
				expect(panelLine(deployment.revision, deployment.status), `${deployment.status} ${deployment.revision} at step ${steps}`).toContain(deployment.counts);
			}

			expect(steps++).toBeLessThan(20);
			await step(10);
		}

		expect(lines()).toContain('steady: web 6/6');
		expect(await deploymentsNow()).toEqual([expect.objectContaining({status: 'PRIMARY', revision: 'web:42', rolloutState: 'COMPLETED'})]);
		await press('v');
		expect(lines().find((line) => line.trimStart().startsWith('web:42'))).toMatch(/web:42 {2}running 6 {2}healthy 6 {2}unhealthy 0 {2}pending 0 {2}stopped 0 {2}a:\d b:\d c:\d/u);
		expect(lines().find((line) => line.trimStart().startsWith('web:41'))).toMatch(/web:41 {2}running 0 .* stopped 6/u);
		await press('t');
		expect(frame()).toMatch(/web deployment ecs-svc\/\d+ COMPLETED/u);
		expect(frame()).toContain('(service web) has reached a steady state.');
	});

	it('shows a bad revision failing its health checks until the circuit breaker rolls it back', async () => {
		await update('web:43');
		const seen = {unhealthy: false, stoppedMark: false, failedLine: false, rollingBack: false, failedDraining: false};
		let steps = 0;
		while (!headerSentence().startsWith('web: rollout FAILED, rolled back to web:41')) {
			expect(steps++, frame()).toBeLessThan(40);
			await step(10);
			seen.unhealthy ||= /[0-9a-f]{8} UNKNOWN→UNHEALTHY/u.test(frame());
			seen.stoppedMark ||= markedRows('x').some((row) => row.includes('Task failed container health checks'));
			seen.failedLine ||= /web deployment ecs-svc\/\d+ FAILED/u.test(frame());
			const rollingBack = /^web: rollout FAILED, rolling back to web:41 → \d\/6 healthy/u.test(headerSentence());
			seen.rollingBack ||= rollingBack;
			// While ECS rolls back, the failed deployment stays listed (ACTIVE, FAILED) as its tasks drain.
			if (rollingBack && panelLine('web:43', 'ACTIVE')?.includes('FAILED')) seen.failedDraining = true;
			// The rollback reuses the last good deployment: never two web:41 lines.
			expect(lines().filter((line) => line.startsWith('web  web:41')).length, frame()).toBeLessThanOrEqual(1);
		}

		expect(seen).toEqual({unhealthy: true, stoppedMark: true, failedLine: true, rollingBack: true, failedDraining: true});
		await press('v');
		const failedGroup = lines().find((line) => line.trimStart().startsWith('web:43'));
		expect(failedGroup).toMatch(/web:43 {2}running 0 {2}healthy 0 {2}unhealthy 0 {2}pending 0 {2}stopped \d+/u);
		expect(Number(/stopped (\d+)/u.exec(failedGroup ?? '')?.[1])).toBeGreaterThanOrEqual(3);
		expect(lines().find((line) => line.trimStart().startsWith('web:41  running 6'))).toMatch(/healthy 6/u);
	});
});
