import {
	DescribeContainerInstancesCommand, type DescribeContainerInstancesCommandInput, DescribeServicesCommand, type DescribeServicesCommandInput,
	DescribeTasksCommand, type DescribeTasksCommandInput, ECSClient, ListServicesCommand, ListTasksCommand, type ListTasksCommandInput, type Task,
} from '@aws-sdk/client-ecs';
import {
	DescribeTargetGroupAttributesCommand, DescribeTargetGroupsCommand, type DescribeTargetGroupsCommandInput, DescribeTargetHealthCommand,
	type DescribeTargetHealthCommandInput, ElasticLoadBalancingV2Client, type TargetGroup, type TargetHealthDescription, TargetGroupNotFoundException, type TargetHealthReasonEnum, type TargetHealthStateEnum,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {mockClient} from 'aws-sdk-client-mock';

export const ecsMock = mockClient(ECSClient);
export const elbMock = mockClient(ElasticLoadBalancingV2Client);
export const ecs = new ECSClient({region: 'us-east-1', credentials: {accessKeyId: 'a', secretAccessKey: 'b'}});
export const elb = new ElasticLoadBalancingV2Client({region: 'us-east-1', credentials: {accessKeyId: 'a', secretAccessKey: 'b'}});

export const T0 = Date.UTC(2026, 11, 1, 12);
const ACCOUNT = 'arn:aws:elasticloadbalancing:us-east-1:123456789012';
export const tgArn = (name: string) => `${ACCOUNT}:targetgroup/${name}/73e2d6bc24d8a067`;
export const ALB = `${ACCOUNT}:loadbalancer/app/demo/50dc6c495c0c9188`;
export const taskArn = (id: string) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`;
export const CONTAINER_INSTANCE = 'arn:aws:ecs:us-east-1:123456789012:container-instance/prod/025c7e2c5e054a6790a29fc1fEXAMPLE';

export interface FakeService {
	name: string;
	loadBalancers: Array<{targetGroupArn?: string; loadBalancerName?: string; containerName: string; containerPort: number}>;
}

/** A Fargate task of `service` on ENI `ip`, container `web`. */
export const ipTask = (id: string, service: string, ip: string, lastStatus = 'RUNNING'): Task => ({
	taskArn: taskArn(id), group: `service:${service}`, lastStatus, desiredStatus: lastStatus === 'STOPPED' ? 'STOPPED' : 'RUNNING', launchType: 'FARGATE',
	attachments: [{type: 'ElasticNetworkInterface', status: 'ATTACHED', details: [{name: 'networkInterfaceId', value: `eni-${id}`}, {name: 'privateIPv4Address', value: ip}]}],
	containers: [{name: 'web', lastStatus, networkInterfaces: [{attachmentId: 'a', privateIpv4Address: ip}]}],
});

/** An EC2 bridge-mode task of `service` with container `api`'s port 8080 bound to `hostPort`. */
export const bridgeTask = (id: string, service: string, hostPort: number): Task => ({
	taskArn: taskArn(id), group: `service:${service}`, lastStatus: 'RUNNING', desiredStatus: 'RUNNING', launchType: 'EC2', containerInstanceArn: CONTAINER_INSTANCE,
	containers: [{name: 'api', lastStatus: 'RUNNING', networkBindings: [{bindIP: '0.0.0.0', containerPort: 8080, hostPort, protocol: 'tcp'}]}],
});

/** ECS: the services (ListServices, DescribeServices), their tasks (ListTasks by service or all, DescribeTasks) and one container instance. */
export function answerEcs(services: readonly FakeService[], tasks: () => readonly Task[]) {
	const serviceArn = (name: string) => `arn:aws:ecs:us-east-1:123456789012:service/prod/${name}`;
	ecsMock.on(ListServicesCommand).resolves({serviceArns: services.map((service) => serviceArn(service.name))});
	ecsMock.on(DescribeServicesCommand).callsFake(async (input: DescribeServicesCommandInput) => ({
		services: services
			.filter((service) => (input.services ?? []).some((key) => key === service.name || key === serviceArn(service.name)))
			.map((service) => ({serviceArn: serviceArn(service.name), serviceName: service.name, status: 'ACTIVE', loadBalancers: service.loadBalancers})),
		failures: [],
	}));
	ecsMock.on(ListTasksCommand).callsFake(async (input: ListTasksCommandInput) => ({
		taskArns: tasks()
			.filter((task) => (input.serviceName === undefined || task.group === `service:${input.serviceName}`) && (task.desiredStatus ?? 'RUNNING') === (input.desiredStatus ?? 'RUNNING'))
			.map((task) => task.taskArn!),
	}));
	ecsMock.on(DescribeTasksCommand).callsFake(async (input: DescribeTasksCommandInput) => ({
		tasks: tasks().filter((task) => (input.tasks ?? []).includes(task.taskArn!)),
		failures: [],
	}));
	ecsMock.on(DescribeContainerInstancesCommand).callsFake(async (input: DescribeContainerInstancesCommandInput) => ({
		containerInstances: (input.containerInstances ?? []).filter((arn) => arn === CONTAINER_INSTANCE).map((arn) => ({containerInstanceArn: arn, ec2InstanceId: 'i-0f76fade'})),
		failures: [],
	}));
}

/**
 * ELB: the target groups (DescribeTargetGroups of the ARNs asked, TargetGroupNotFound when one is
 * unknown, as ELB fails the whole call), their health (DescribeTargetHealth) and a deregistration
 * delay of `delaySeconds` (DescribeTargetGroupAttributes).
 */
export function answerElb(groups: readonly TargetGroup[], health: (arn: string) => TargetHealthDescription[], delaySeconds = 300) {
	const notFound = () => new TargetGroupNotFoundException({message: 'One or more target groups not found', $metadata: {}});
	elbMock.on(DescribeTargetGroupsCommand).callsFake(async (input: DescribeTargetGroupsCommandInput) => {
		const asked = input.TargetGroupArns ?? [];
		if (asked.some((arn) => !groups.some((group) => group.TargetGroupArn === arn))) throw notFound();
		return {TargetGroups: groups.filter((group) => asked.includes(group.TargetGroupArn!))};
	});
	elbMock.on(DescribeTargetHealthCommand).callsFake(async (input: DescribeTargetHealthCommandInput) => {
		if (!groups.some((group) => group.TargetGroupArn === input.TargetGroupArn)) throw notFound();
		return {TargetHealthDescriptions: health(input.TargetGroupArn!)};
	});
	elbMock.on(DescribeTargetGroupAttributesCommand).resolves({Attributes: [
		{Key: 'stickiness.enabled', Value: 'false'},
		{Key: 'deregistration_delay.timeout_seconds', Value: String(delaySeconds)},
	]});
}

export function resetMocks() {
	ecsMock.reset();
	elbMock.reset();
}

export const ipGroup = (name: string, port = 80): TargetGroup => ({TargetGroupArn: tgArn(name), TargetType: 'ip', Port: port, LoadBalancerArns: [ALB], Protocol: 'HTTP'});
export const instanceGroup = (name: string): TargetGroup => ({TargetGroupArn: tgArn(name), TargetType: 'instance', Port: 8080, LoadBalancerArns: [ALB], Protocol: 'HTTP'});
export const healthy = (id: string, port: number): TargetHealthDescription => ({Target: {Id: id, Port: port, AvailabilityZone: 'us-east-1a'}, HealthCheckPort: String(port), TargetHealth: {State: 'healthy'}});
export const withState = (id: string, port: number, State: TargetHealthStateEnum, Reason?: TargetHealthReasonEnum): TargetHealthDescription => ({
	Target: {Id: id, Port: port, AvailabilityZone: 'us-east-1a'}, HealthCheckPort: String(port), TargetHealth: {State, ...(Reason === undefined ? {} : {Reason})},
});
