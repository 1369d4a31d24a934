import type {TargetHealthDescription} from '@aws-sdk/client-elastic-load-balancing-v2';
import {CreateTaskSetCommand, DescribeContainerInstancesCommand, DescribeServicesCommand, DescribeTaskSetsCommand, DescribeTasksCommand, ListContainerInstancesCommand, type Task} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {runningTasks} from '../logs/logs-over-http.js';
import {targetGroupArn, targetHealth, useElbOverHttp} from './elb-over-http.js';

const second = 1000;

const ipOf = (task: Task): string | undefined =>
	task.attachments?.find(a => a.type === 'ElasticNetworkInterface')?.details?.find(d => d.name === 'privateIPv4Address')?.value;

const stateOf = (targets: TargetHealthDescription[], id: string | undefined) => targets.find(t => t.Target?.Id === id)?.TargetHealth;

describe('targets follow the tasks behind a load balancer (DescribeTargetHealth over HTTP)', () => {
	const sim = useElbOverHttp();

	it('registers every RUNNING task of web by its ENI address and container port, healthy once seeded', async () => {
		const arn = await targetGroupArn(sim.elb, 'demo-web');
		const targets = await targetHealth(sim.elb, arn);
		const tasks = await runningTasks(sim.ecs, 'web');
		expect(tasks).toHaveLength(6);
		expect(targets.map(t => t.Target?.Id).sort()).toEqual(tasks.map(ipOf).sort());
		for (const task of tasks) {
			expect(targets.find(t => t.Target?.Id === ipOf(task))).toEqual({
				Target: {Id: ipOf(task), Port: 8080, AvailabilityZone: task.availabilityZone},
				HealthCheckPort: '8080',
				TargetHealth: {State: 'healthy'},
			});
		}

		const {services = []} = await sim.ecs.send(new DescribeServicesCommand({cluster: 'demo', services: ['web']}));
		expect(services[0]?.loadBalancers).toEqual([{targetGroupArn: arn, containerName: 'app', containerPort: 8080}]);
	});

	it('takes new tasks initial → healthy and old ones draining → gone during a rollout, the old tasks DEACTIVATING meanwhile', async () => {
		const arn = await targetGroupArn(sim.elb, 'demo-web');
		const old = (await runningTasks(sim.ecs, 'web')).map(t => ({arn: t.taskArn!, ip: ipOf(t)}));
		sim.world.updateService('demo', 'web', {taskDefinition: 'web:42'});
		const seen = new Map<string, Set<string>>();
		let deactivatingWhileDraining = false;
		let done = false;
		for (let s = 0; s < 240 && !done; s++) {
			sim.clock.advance(second);
			const targets = await targetHealth(sim.elb, arn);
			for (const t of targets) {
				const states = seen.get(t.Target!.Id!) ?? new Set<string>();
				states.add(`${t.TargetHealth?.State}:${t.TargetHealth?.Reason ?? ''}`);
				seen.set(t.Target!.Id!, states);
			}

			const draining = old.filter(o => stateOf(targets, o.ip)?.State === 'draining');
			if (draining.length > 0) {
				const {tasks = []} = await sim.ecs.send(new DescribeTasksCommand({cluster: 'demo', tasks: draining.map(o => o.arn)}));
				if (tasks.some(t => t.lastStatus === 'DEACTIVATING')) deactivatingWhileDraining = true;
				expect(tasks.every(t => t.lastStatus === 'DEACTIVATING' || t.lastStatus === 'RUNNING')).toBe(true);
			}

			// Done once only new targets remain, every one healthy.
			done = targets.length === 6 && targets.every(t => !old.some(o => o.ip === t.Target?.Id) && t.TargetHealth?.State === 'healthy');
		}

		const final = await targetHealth(sim.elb, arn);
		expect(final).toHaveLength(6);
		expect(final.every(t => t.TargetHealth?.State === 'healthy')).toBe(true);
		expect(final.some(t => old.some(o => o.ip === t.Target?.Id))).toBe(false);
		for (const t of final) {
			expect([...seen.get(t.Target!.Id!)!]).toEqual(expect.arrayContaining(['initial:Elb.RegistrationInProgress', 'initial:Elb.InitialHealthChecking', 'healthy:']));
		}

		for (const o of old) expect([...seen.get(o.ip!)!]).toEqual(['healthy:', 'draining:Target.DeregistrationInProgress']);
		expect(deactivatingWhileDraining).toBe(true);

		const {services = []} = await sim.ecs.send(new DescribeServicesCommand({cluster: 'demo', services: ['web']}));
		const messages = (services[0]?.events ?? []).map(e => e.message);
		expect(messages).toContain(`(service web) registered 1 targets in (target-group ${arn})`);
		expect(messages).toContain('(service web) has begun draining connections on 1 tasks.');
		expect(messages).toContain(`(service web) deregistered 1 targets in (target-group ${arn})`);
	});

	it("fails the bad revision's targets: unhealthy, Target.ResponseCodeMismatch", async () => {
		const arn = await targetGroupArn(sim.elb, 'demo-web');
		const old = new Set((await runningTasks(sim.ecs, 'web')).map(ipOf));
		sim.world.updateService('demo', 'web', {taskDefinition: 'web:43'});
		let unhealthy: TargetHealthDescription[] = [];
		for (let s = 0; s < 120 && unhealthy.length === 0; s++) {
			sim.clock.advance(second);
			unhealthy = (await targetHealth(sim.elb, arn)).filter(t => !old.has(t.Target?.Id) && t.TargetHealth?.State === 'unhealthy');
		}

		expect(unhealthy.length).toBeGreaterThan(0);
		expect(unhealthy[0]?.TargetHealth).toEqual({State: 'unhealthy', Reason: 'Target.ResponseCodeMismatch', Description: 'Health checks failed with these codes: [500]'});
		// Its tasks never count as healthy: the old ones keep serving.
		const targets = await targetHealth(sim.elb, arn);
		expect(targets.filter(t => old.has(t.Target?.Id) && t.TargetHealth?.State === 'healthy')).toHaveLength(6);
	});

	it('registers the bridge-mode worker as instance targets: the EC2 instance and the host port', async () => {
		const arn = await targetGroupArn(sim.elb, 'demo-worker');
		const targets = await targetHealth(sim.elb, arn);
		const tasks = await runningTasks(sim.ecs, 'worker');
		const {containerInstanceArns = []} = await sim.ecs.send(new ListContainerInstancesCommand({cluster: 'demo'}));
		expect(containerInstanceArns).toHaveLength(3);
		const {containerInstances = []} = await sim.ecs.send(new DescribeContainerInstancesCommand({cluster: 'demo', containerInstances: containerInstanceArns}));
		const instanceOf = new Map(containerInstances.map(i => [i.containerInstanceArn, i.ec2InstanceId]));
		const expected = tasks.map(t => ({
			Target: {Id: instanceOf.get(t.containerInstanceArn), Port: t.containers?.[0]?.networkBindings?.[0]?.hostPort},
			HealthCheckPort: String(t.containers?.[0]?.networkBindings?.[0]?.hostPort),
			TargetHealth: {State: 'healthy'},
		}));
		expect(expected.every(e => e.Target.Id?.startsWith('i-') && (e.Target.Port ?? 0) >= 32_768)).toBe(true);
		expect(targets).toEqual(expect.arrayContaining(expected));
		expect(targets).toHaveLength(3);
	});

	it('counts a new task healthy only once its targets are healthy: no old task drains before a new target is healthy', async () => {
		const arn = await targetGroupArn(sim.elb, 'demo-web');
		const old = new Set((await runningTasks(sim.ecs, 'web')).map(ipOf));
		// Without a container health check, a new task would count as healthy the moment it runs.
		sim.world.registerTaskDefinition({family: 'web', containers: [{name: 'app', image: 'public.ecr.aws/ecswatch/web:1.45.0', cpu: 384, memory: 768, essential: true, containerPort: 8080}]});
		sim.world.updateService('demo', 'web', {taskDefinition: 'web:45'});
		let sawRunningNotYetHealthy = false;
		let drained = 0;
		for (let s = 0; s < 240 && drained < 6; s++) {
			sim.clock.advance(second);
			const targets = await targetHealth(sim.elb, arn);
			const fresh = targets.filter(t => !old.has(t.Target?.Id));
			const healthyNew = fresh.filter(t => t.TargetHealth?.State === 'healthy').length;
			drained = [...old].filter(ip => stateOf(targets, ip)?.State !== 'healthy').length;
			// minimumHealthyPercent 100: an old task goes only when a new one is healthy, its targets included.
			expect(drained).toBeLessThanOrEqual(healthyNew);
			const running = (await runningTasks(sim.ecs, 'web')).filter(t => t.taskDefinitionArn?.endsWith('web:45') && t.lastStatus === 'RUNNING');
			if (running.some(t => stateOf(targets, ipOf(t))?.State === 'initial')) sawRunningNotYetHealthy = true;
		}

		expect(drained).toBe(6);
		expect(sawRunningNotYetHealthy).toBe(true);
	});

	it("registers a blue/green replacement task set's tasks in the deployment group's other target group", async () => {
		const blue = await targetGroupArn(sim.elb, 'demo-checkout-blue');
		const green = await targetGroupArn(sim.elb, 'demo-checkout-green');
		expect(await targetHealth(sim.elb, green)).toEqual([]);
		const {taskSet} = await sim.ecs.send(new CreateTaskSetCommand({cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:8', scale: {value: 100, unit: 'PERCENT'}}));
		expect(taskSet?.loadBalancers).toEqual([{targetGroupArn: green, containerName: 'checkout', containerPort: 8080}]);
		sim.clock.advance(90 * second);
		const greenTargets = await targetHealth(sim.elb, green);
		expect(greenTargets).toHaveLength(2);
		expect(greenTargets.every(t => t.TargetHealth?.State === 'healthy')).toBe(true);
		expect(await targetHealth(sim.elb, blue)).toHaveLength(2);
		const {taskSets = []} = await sim.ecs.send(new DescribeTaskSetsCommand({cluster: 'demo', service: 'checkout'}));
		expect(taskSets.find(s => s.status === 'PRIMARY')?.loadBalancers?.[0]?.targetGroupArn).toBe(blue);
	});
});
