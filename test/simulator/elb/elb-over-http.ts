import {DescribeTargetGroupsCommand, DescribeTargetHealthCommand, ElasticLoadBalancingV2Client, type TargetHealthDescription} from '@aws-sdk/client-elastic-load-balancing-v2';
import type {ECSClient} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient} from '../http/ecs-test-client.js';

/** The real ELB v2 client pointed at a simulator, one attempt only so errors surface as they are. */
export function elbTestClient(url: string): ElasticLoadBalancingV2Client {
	return new ElasticLoadBalancingV2Client({region: 'us-east-1', endpoint: url, credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1});
}

export interface ElbOverHttp {
	readonly clock: ManualClock;
	readonly world: ReturnType<typeof createWorld>;
	readonly simulator: RunningSimulator;
	readonly elb: ElasticLoadBalancingV2Client;
	readonly ecs: ECSClient;
}

/** A fresh default world on a manual clock (throttling buckets on the same clock) for each test, with ELB and ECS clients. */
export function useElbOverHttp(): ElbOverHttp {
	let current: ElbOverHttp | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const world = createWorld({clock});
		const simulator = await startSimulator({world, throttleClock: clock});
		current = {clock, world, simulator, elb: elbTestClient(simulator.url), ecs: ecsTestClient(simulator.url)};
	});

	afterEach(async () => {
		current?.elb.destroy();
		current?.ecs.destroy();
		await current?.simulator.close();
		current = undefined;
	});

	const started = () => {
		if (!current) throw new Error('the simulator runs only inside a test');
		return current;
	};

	return {
		get clock() {
			return started().clock;
		},
		get world() {
			return started().world;
		},
		get simulator() {
			return started().simulator;
		},
		get elb() {
			return started().elb;
		},
		get ecs() {
			return started().ecs;
		},
	};
}

/** The ARN of the target group named `name`, found with DescribeTargetGroups. */
export async function targetGroupArn(elb: ElasticLoadBalancingV2Client, name: string): Promise<string> {
	const {TargetGroups = []} = await elb.send(new DescribeTargetGroupsCommand({Names: [name]}));
	const arn = TargetGroups[0]?.TargetGroupArn;
	if (arn === undefined) throw new Error(`no target group ${name}`);
	return arn;
}

/** Every target of the group with its state, as DescribeTargetHealth returns them. */
export async function targetHealth(elb: ElasticLoadBalancingV2Client, arn: string): Promise<TargetHealthDescription[]> {
	const {TargetHealthDescriptions = []} = await elb.send(new DescribeTargetHealthCommand({TargetGroupArn: arn}));
	return TargetHealthDescriptions;
}
