import {UpdateServiceCommand} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import type {OpenTarget} from '../../source/cli/open-target.js';
import {statusText} from '../../source/cli/run-status.js';
import {createEcsClient} from '../../source/ecs/client.js';
import {createElbClient} from '../../source/ecs/elb-client.js';
import {CREDENTIALS, simulatedAppEachTest} from '../helpers/simulated-app.js';

// The target health issue's manual-clock rollout: the simulator's ELB API, the real SDK clients, the
// App's grid and panel, and `status`, all on one simulated clock.
describe('a rollout of web behind its load balancer', () => {
	const app = simulatedAppEachTest();

	/** Steps the simulated clock 5 s a poll until the frame satisfies `done` (at most `polls`). */
	async function until(done: (frame: string) => boolean, polls = 60): Promise<string> {
		for (let poll = 0; poll < polls; poll++) {
			if (done(app.frame())) return app.frame();
			await app.step(5);
		}

		throw new Error(`not seen within ${polls} polls:\n${app.frame()}`);
	}

	/** The TARGET cell of each task row, read by the column's place under its title. */
	function targetsOf(frame: string): string[] {
		const lines = frame.split('\n');
		const header = lines.find(line => line.includes('TARGET')) ?? '';
		const [from, to] = [header.indexOf('TARGET'), header.indexOf(' AZ ')];
		return lines.filter(line => /^.. ?\S{8} web /u.test(line) && !/ STOPPED /u.test(line)).map(line => line.slice(from, to).trim());
	}

	async function statusJson(): Promise<Array<Record<string, unknown>>> {
		const {simulator, clock} = app.now();
		const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
		const elb = createElbClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
		const target = {
			client, logsClient: async () => Promise.reject(new Error('status reads no logs')), elbClient: async () => elb,
			description: simulator.url, cluster: 'demo', now: () => clock.now(), signIn: {profile: null, sso: false},
			async close() {},
		} satisfies OpenTarget;
		try {
			const result = await statusText(target, {services: ['web'], output: 'json'});
			if (!result.ok) throw new Error(result.message);
			return JSON.parse(result.text) as Array<Record<string, unknown>>;
		} finally {
			client.destroy();
			elb.destroy();
		}
	}

	it('shows the new tasks initial then healthy, the old ones draining then gone, in the grid, the panel and status', async () => {
		await app.mount(['web'], {height: 40, shows: 'TARGET', targets: true});
		expect(targetsOf(app.frame())).toEqual(Array.from({length: 6}, () => 'healthy'));

		await app.now().sdk.send(new UpdateServiceCommand({cluster: 'demo', service: 'web', taskDefinition: 'web:42'}));
		const registering = await until(frame => targetsOf(frame).includes('initial'));
		expect(registering).toMatch(/web +web:42 +PRIMARY .*tg \d\/6 ok/u);

		const draining = await until(frame => targetsOf(frame).some(target => target.startsWith('draining')));
		expect(draining).toMatch(/draining web:41 \(\d+ targets?, ≈\d+s\)/u);
		const [web] = await statusJson();
		const states = (web!['targets'] as Array<{state: string}>).map(target => target.state);
		expect(states).toContain('draining');
		expect(states).toContain('healthy');

		const steady = await until(frame => /^steady/mu.test(frame));
		expect(targetsOf(steady).filter(target => target !== 'unregistered' && target !== '-')).toEqual(Array.from({length: 6}, () => 'healthy'));
		const [after] = await statusJson();
		expect(after!['rollout']).toMatchObject({state: 'steady'});
		expect((after!['targets'] as Array<{state: string}>).map(target => target.state)).toEqual(Array.from({length: 6}, () => 'healthy'));
	});

	it('shows the bad revision\'s targets unhealthy with ELB\'s reason', async () => {
		await app.mount(['web'], {height: 40, shows: 'TARGET', targets: true});
		await app.now().sdk.send(new UpdateServiceCommand({cluster: 'demo', service: 'web', taskDefinition: 'web:43'}));
		const failing = await until(frame => targetsOf(frame).some(target => target.startsWith('unhealthy')));
		// At 120 columns the cell is cut (`unhealthy (…`); the reason is whole in status and on the task screen.
		expect(failing).toMatch(/web +web:43 +PRIMARY .*tg \d unhealthy/u);
		const [web] = await statusJson();
		expect(web!['targets']).toEqual(expect.arrayContaining([expect.objectContaining({state: 'unhealthy', reason: 'Target.ResponseCodeMismatch'})]));
	});
});
