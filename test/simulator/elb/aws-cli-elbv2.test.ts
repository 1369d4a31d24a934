import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {awsElbv2, awsElbv2Failure, requireAwsCli, skipAwsCli} from '../http/aws-cli.js';

type Group = {TargetGroupName: string; TargetGroupArn: string; TargetType: string; HealthCheckIntervalSeconds: number};
type Health = {Target: {Id: string; Port: number}; TargetHealth: {State: string; Reason?: string}};

describe.skipIf(skipAwsCli)('the AWS CLI reading the simulator\'s ELB v2 (aws elbv2)', () => {
	let simulator: RunningSimulator | undefined;
	const clock = new ManualClock();
	const world = createWorld({clock});

	beforeAll(async () => {
		requireAwsCli();
		simulator = await startSimulator({world});
	});

	afterAll(async () => {
		await simulator?.close();
	});

	it('describe-target-groups: every group at once, a page at a time with --page-size and --marker, or by name', async () => {
		const all = await awsElbv2(simulator!.url, 'describe-target-groups');
		expect((all['TargetGroups'] as Group[]).map(g => g.TargetGroupName).sort()).toEqual(['demo-checkout-blue', 'demo-checkout-green', 'demo-web', 'demo-worker']);
		// --page-size is ELB's own PageSize: the CLI then makes one call and prints NextMarker.
		const pages: string[][] = [];
		let marker: string | undefined;
		do {
			const page = await awsElbv2(simulator!.url, 'describe-target-groups', '--page-size', '3', ...(marker === undefined ? [] : ['--marker', marker]));
			pages.push((page['TargetGroups'] as Group[]).map(g => g.TargetGroupName));
			marker = page['NextMarker'] as string | undefined;
		} while (marker !== undefined && pages.length < 5);
		expect(pages.map(p => p.length)).toEqual([3, 1]);
		expect(pages.flat().sort()).toEqual((all['TargetGroups'] as Group[]).map(g => g.TargetGroupName).sort());
		const named = await awsElbv2(simulator!.url, 'describe-target-groups', '--names', 'demo-worker');
		expect(named['TargetGroups']).toEqual([expect.objectContaining({TargetGroupName: 'demo-worker', TargetType: 'instance', HealthCheckIntervalSeconds: 5})]);
	});

	it('describe-target-health: the RUNNING tasks of web, healthy; a bad rollout\'s unhealthy with its reason', async () => {
		const named = await awsElbv2(simulator!.url, 'describe-target-groups', '--names', 'demo-web');
		const arn = (named['TargetGroups'] as Group[])[0]!.TargetGroupArn;
		const before = (await awsElbv2(simulator!.url, 'describe-target-health', '--target-group-arn', arn))['TargetHealthDescriptions'] as Health[];
		const ips = world.listTaskArns('demo', {serviceName: 'web'}).map(task => {
			const details = ((world.describeTask('demo', task)?.['attachments'] as Array<{details: Array<{name: string; value: string}>}>)[0]?.details ?? []);
			return details.find(d => d.name === 'privateIPv4Address')?.value;
		});
		expect(before.map(t => t.Target.Id).sort()).toEqual(ips.sort());
		expect(before.every(t => t.TargetHealth.State === 'healthy' && t.Target.Port === 8080)).toBe(true);

		world.updateService('demo', 'web', {taskDefinition: 'web:43'});
		clock.advance(40_000);
		const after = (await awsElbv2(simulator!.url, 'describe-target-health', '--target-group-arn', arn))['TargetHealthDescriptions'] as Health[];
		const fresh = after.filter(t => !ips.includes(t.Target.Id));
		expect(fresh.length).toBeGreaterThan(0);
		expect(fresh.map(t => t.TargetHealth)).toContainEqual({State: 'unhealthy', Reason: 'Target.ResponseCodeMismatch', Description: 'Health checks failed with these codes: [500]'});
	});

	it('fails as ELB does for an unknown target group', async () => {
		const arn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gone/0123456789abcdef';
		const {code, stderr} = await awsElbv2Failure(simulator!.url, 'describe-target-health', '--target-group-arn', arn);
		expect(code).not.toBe(0);
		expect(stderr).toMatch(/An error occurred \(TargetGroupNotFound\) when calling the DescribeTargetHealth operation.*: One or more target groups not found/u);
	});

	it('describe-load-balancers: both of the demo\'s', async () => {
		const answer = await awsElbv2(simulator!.url, 'describe-load-balancers');
		expect((answer['LoadBalancers'] as Array<{LoadBalancerName: string}>).map(b => b.LoadBalancerName).sort()).toEqual(['demo-internal', 'demo-public']);
	});
});
