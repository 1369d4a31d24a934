import {describe, expect, it} from 'vitest';
import type {ElbTargetGroup, ElbTargetHealthDescription, TargetGroupRead} from '../../../source/model/targets/elb-types.js';
import {matchTaskTargets, serviceTargetGroupArns, withTargets} from '../../../source/model/targets/match-targets.js';
import type {ServiceLoadBalancer} from '../../../source/model/targets/task-target.js';
import {worstTarget} from '../../../source/model/targets/worst-target.js';
import {toTaskRow} from '../../../source/model/to-task-row.js';
import {loadDescribeTasks} from '../../helpers/fixtures.js';
import {makeServiceRow} from '../../helpers/service-row.js';
import {makeTaskRow} from '../../helpers/task-row.js';

// Shapes as the ELB API reference (DescribeTargetHealth, TargetHealth) and the SDK's published
// examples give them: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetHealth.html
const TG_IP = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/ui-ip/6d0ecf831eec9f09';
const TG_NLB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/ui-nlb/2453ed029918f21f';
const TG_INSTANCE = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';
const ALB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-load-balancer/50dc6c495c0c9188';

const ipGroup = (arn: string, port = 8080): ElbTargetGroup => ({TargetGroupArn: arn, TargetType: 'ip', Port: port, LoadBalancerArns: [ALB]});
const balancer = (targetGroupArn: string | null, containerName: string, containerPort: number): ServiceLoadBalancer => ({targetGroupArn, loadBalancerName: null, containerName, containerPort});
const reads = (...entries: Array<[string, TargetGroupRead]>) => new Map(entries);

/** The retail-store `ui` task on Fargate: ENI 10.0.4.128, container `application`. */
const fargate = toTaskRow(loadDescribeTasks('seed-fargate-ui-task.json').tasks![0]!);
const ui = makeServiceRow({serviceName: 'ui', loadBalancers: [balancer(TG_IP, 'application', 8080)]});

describe('ip targets', () => {
	it('matches a task by its ENI\'s private IP and the container port, with the state, reason and description ELB gives', () => {
		const other = makeTaskRow({service: 'ui', lastStatus: 'RUNNING', privateIpv4: '10.0.5.17'});
		const health: ElbTargetHealthDescription[] = [
			{Target: {Id: '10.0.4.128', Port: 8080, AvailabilityZone: 'us-west-2a'}, HealthCheckPort: '8080', TargetHealth: {State: 'healthy'}},
			{
				Target: {Id: '10.0.5.17', Port: 8080, AvailabilityZone: 'us-west-2b'}, HealthCheckPort: '8080',
				TargetHealth: {State: 'unhealthy', Reason: 'Target.ResponseCodeMismatch', Description: 'Health checks failed with these codes: [502]'},
			},
			// Another port of the same address is another target: not this service's container port.
			{Target: {Id: '10.0.4.128', Port: 9090, AvailabilityZone: 'us-west-2a'}, HealthCheckPort: '9090', TargetHealth: {State: 'unhealthy', Reason: 'Target.Timeout'}},
		];

		const matched = matchTaskTargets({services: [ui], tasks: [fargate, other], groups: reads([TG_IP, {group: ipGroup(TG_IP), health}]), instanceIds: new Map()});

		expect(matched.get(fargate.taskArn)).toEqual([
			{targetGroupArn: TG_IP, targetId: '10.0.4.128', port: 8080, state: 'healthy', reason: null, description: null, drainingEndsAt: null},
		]);
		expect(matched.get(other.taskArn)).toEqual([{
			targetGroupArn: TG_IP, targetId: '10.0.5.17', port: 8080, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch',
			description: 'Health checks failed with these codes: [502]', drainingEndsAt: null,
		}]);
	});

	it('gives a task not registered yet no targets, and a target registered without a port the group\'s', () => {
		const pending = makeTaskRow({service: 'ui', lastStatus: 'PENDING', privateIpv4: '10.0.6.2'});
		const health: ElbTargetHealthDescription[] = [{Target: {Id: '10.0.4.128'}, TargetHealth: {State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress'}}];

		const matched = matchTaskTargets({services: [ui], tasks: [fargate, pending], groups: reads([TG_IP, {group: ipGroup(TG_IP), health}]), instanceIds: new Map()});

		expect(matched.get(fargate.taskArn)?.map((target) => [target.state, target.port, target.reason])).toEqual([['initial', 8080, 'Elb.RegistrationInProgress']]);
		expect(matched.get(pending.taskArn)).toEqual([]);
	});

	it('gives a draining target the end of its deregistration delay, as told', () => {
		const health: ElbTargetHealthDescription[] = [{Target: {Id: '10.0.4.128', Port: 8080}, TargetHealth: {State: 'draining', Reason: 'Target.DeregistrationInProgress', Description: 'Target deregistration is in progress'}}];
		const asked: unknown[] = [];
		const matched = matchTaskTargets({
			services: [ui], tasks: [fargate], groups: reads([TG_IP, {group: ipGroup(TG_IP), health}]), instanceIds: new Map(),
			drainingEndsAt: (...key) => {
				asked.push(key);
				return '2026-12-01T12:05:00.000Z';
			},
		});
		expect(matched.get(fargate.taskArn)?.[0]).toMatchObject({state: 'draining', reason: 'Target.DeregistrationInProgress', drainingEndsAt: '2026-12-01T12:05:00.000Z'});
		expect(asked).toEqual([[TG_IP, '10.0.4.128', 8080]]);
	});

	it('does not give a STOPPED task the targets of the new task that has its address now', () => {
		const stopped = makeTaskRow({service: 'ui', lastStatus: 'STOPPED', privateIpv4: '10.0.4.128'});
		const health: ElbTargetHealthDescription[] = [{Target: {Id: '10.0.4.128', Port: 8080}, TargetHealth: {State: 'healthy'}}];
		const matched = matchTaskTargets({services: [ui], tasks: [stopped, fargate], groups: reads([TG_IP, {group: ipGroup(TG_IP), health}]), instanceIds: new Map()});
		expect(matched.get(stopped.taskArn)).toEqual([]);
		expect(matched.get(fargate.taskArn)).toHaveLength(1);
	});
});

describe('instance targets', () => {
	/** The EC2 task of the ECS reference: container `simple-app`, container port 80 bound to host port 80. */
	const ec2 = toTaskRow(loadDescribeTasks('ec2-running-networkbindings-no-eni.json').tasks![0]!);
	const instanceGroup: ElbTargetGroup = {TargetGroupArn: TG_INSTANCE, TargetType: 'instance', Port: 80, LoadBalancerArns: [ALB]};
	const service = makeServiceRow({serviceName: 'testupdate', loadBalancers: [balancer(TG_INSTANCE, 'simple-app', 80)]});
	const instanceIds = new Map([[ec2.containerInstanceArn!, 'i-0f76fade']]);

	it('matches by the EC2 instance of the task\'s container instance and the bound host port (the SDK\'s published example)', () => {
		// The SDK's example "To describe the health of the targets for a target group", as published.
		const health: ElbTargetHealthDescription[] = [
			{Target: {Id: 'i-0f76fade', Port: 80}, TargetHealth: {Description: 'Given target group is not configured to receive traffic from ELB', Reason: 'Target.NotInUse', State: 'unused'}},
			{HealthCheckPort: '80', Target: {Id: 'i-0f76fade', Port: 80}, TargetHealth: {State: 'healthy'}},
		];

		const matched = matchTaskTargets({services: [service], tasks: [ec2], groups: reads([TG_INSTANCE, {group: instanceGroup, health}]), instanceIds});

		expect(matched.get(ec2.taskArn)?.map((target) => [target.targetId, target.port, target.state, target.reason])).toEqual([
			['i-0f76fade', 80, 'unused', 'Target.NotInUse'],
			['i-0f76fade', 80, 'healthy', null],
		]);
		expect(worstTarget(matched.get(ec2.taskArn))?.state).toBe('unused');
	});

	it('tells apart two bridge-mode tasks on one instance by their dynamic host ports', () => {
		const onHost = (hostPort: number) => makeTaskRow({
			service: 'testupdate', lastStatus: 'RUNNING', containerInstanceArn: ec2.containerInstanceArn,
			containers: [{...ec2.containers[0]!, ports: [{containerName: 'simple-app', bindIp: '0.0.0.0', containerPort: 80, hostPort, protocol: 'tcp'}]}],
		});
		const [first, second] = [onHost(32768), onHost(32769)];
		const health: ElbTargetHealthDescription[] = [
			{Target: {Id: 'i-0f76fade', Port: 32769}, HealthCheckPort: '32769', TargetHealth: {State: 'initial', Reason: 'Elb.InitialHealthChecking', Description: 'Initial health checks in progress'}},
			{Target: {Id: 'i-0f76fade', Port: 32768}, HealthCheckPort: '32768', TargetHealth: {State: 'healthy'}},
		];

		const matched = matchTaskTargets({services: [service], tasks: [first, second], groups: reads([TG_INSTANCE, {group: instanceGroup, health}]), instanceIds});

		expect(matched.get(first.taskArn)?.map((target) => [target.port, target.state])).toEqual([[32768, 'healthy']]);
		expect(matched.get(second.taskArn)?.map((target) => [target.port, target.state])).toEqual([[32769, 'initial']]);
	});

	it('finds nothing while the container instance\'s EC2 instance is not known', () => {
		const health: ElbTargetHealthDescription[] = [{Target: {Id: 'i-0f76fade', Port: 80}, TargetHealth: {State: 'healthy'}}];
		const matched = matchTaskTargets({services: [service], tasks: [ec2], groups: reads([TG_INSTANCE, {group: instanceGroup, health}]), instanceIds: new Map()});
		expect(matched.get(ec2.taskArn)).toEqual([]);
	});
});

describe('several target groups', () => {
	const twoGroups = makeServiceRow({serviceName: 'ui', loadBalancers: [balancer(TG_IP, 'application', 8080), balancer(TG_NLB, 'application', 8080)]});

	it('gives a task one target per group, in the order of the service\'s loadBalancers, and the worst of them', () => {
		const matched = matchTaskTargets({
			services: [twoGroups],
			tasks: [fargate],
			groups: reads(
				[TG_NLB, {group: ipGroup(TG_NLB), health: [{Target: {Id: '10.0.4.128', Port: 8080, AvailabilityZone: 'us-west-2a'}, HealthCheckPort: '8080', TargetHealth: {State: 'unhealthy', Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed'}}]}],
				[TG_IP, {group: ipGroup(TG_IP), health: [{Target: {Id: '10.0.4.128', Port: 8080, AvailabilityZone: 'us-west-2a'}, HealthCheckPort: '8080', TargetHealth: {State: 'healthy'}}]}],
			),
			instanceIds: new Map(),
		});

		const targets = matched.get(fargate.taskArn);
		expect(targets?.map((target) => [target.targetGroupArn, target.state])).toEqual([[TG_IP, 'healthy'], [TG_NLB, 'unhealthy']]);
		expect(worstTarget(targets)).toMatchObject({targetGroupArn: TG_NLB, state: 'unhealthy', reason: 'Target.FailedHealthChecks'});
	});

	it('leaves out a group that was not read (deleted), and counts the same group named twice once', () => {
		const twice = makeServiceRow({serviceName: 'ui', loadBalancers: [balancer(TG_IP, 'application', 8080), balancer(TG_IP, 'application', 8080), balancer(TG_NLB, 'application', 8080)]});
		const matched = matchTaskTargets({
			services: [twice], tasks: [fargate], instanceIds: new Map(),
			groups: reads([TG_IP, {group: ipGroup(TG_IP), health: [{Target: {Id: '10.0.4.128', Port: 8080}, TargetHealth: {State: 'healthy'}}]}]),
		});
		expect(matched.get(fargate.taskArn)?.map((target) => target.targetGroupArn)).toEqual([TG_IP]);
	});
});

describe('tasks behind no load balancer', () => {
	it('are left out, and keep no targets field', () => {
		const batch = makeTaskRow({service: 'batch', lastStatus: 'RUNNING', privateIpv4: '10.0.4.128'});
		const standalone = makeTaskRow({service: null, lastStatus: 'RUNNING', privateIpv4: '10.0.4.128'});
		const classic = makeServiceRow({serviceName: 'batch', loadBalancers: [{targetGroupArn: null, loadBalancerName: 'my-classic-lb', containerName: 'app', containerPort: 80}]});
		const health: ElbTargetHealthDescription[] = [{Target: {Id: '10.0.4.128', Port: 8080}, TargetHealth: {State: 'healthy'}}];

		expect(serviceTargetGroupArns([classic, makeServiceRow()])).toEqual([]);
		const matched = matchTaskTargets({services: [ui, classic], tasks: [fargate, batch, standalone], groups: reads([TG_IP, {group: ipGroup(TG_IP), health}]), instanceIds: new Map()});
		expect([...matched.keys()]).toEqual([fargate.taskArn]);

		const [withUi, withBatch, withNone] = withTargets([fargate, batch, standalone], matched);
		expect(withUi?.targets).toHaveLength(1);
		expect(withBatch).toBe(batch);
		expect(withNone && 'targets' in withNone).toBe(false);
	});

	it('lists each target group of the services once, first seen first', () => {
		expect(serviceTargetGroupArns([
			makeServiceRow({loadBalancers: [balancer(TG_NLB, 'a', 1), balancer(TG_IP, 'a', 2)]}),
			makeServiceRow({loadBalancers: [balancer(TG_IP, 'b', 2)]}),
		])).toEqual([TG_NLB, TG_IP]);
	});
});
