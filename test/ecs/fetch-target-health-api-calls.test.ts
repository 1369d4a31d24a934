import {describe, expect, it} from 'vitest';
import {createEcsClient} from '../../source/ecs/client.js';
import {createElbClient} from '../../source/ecs/elb-client.js';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';
import {createFakeEcsHandler, TEST_CREDENTIALS} from '../helpers/fake-ecs-handler.js';
import {createFakeElbHandler, elbError, elbResult} from './elb-fakes.js';

const ENDPOINT = {region: 'eu-west-3', endpoint: 'http://127.0.0.1:4599'};
const TG = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web/943f017f100becff';
const TASK = 'arn:aws:ecs:eu-west-3:123456789012:task/prod/1dc5c17a422548bf8fc54a30b6d7d9b3';

const ecsAnswers: Record<string, unknown> = {
	ListTasks: {taskArns: [TASK]},
	DescribeTasks: {tasks: [{taskArn: TASK, group: 'service:web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', containers: [{name: 'web', networkInterfaces: [{privateIpv4Address: '10.0.1.5'}]}]}], failures: []},
	DescribeServices: {services: [{serviceName: 'web', serviceArn: 'arn:aws:ecs:eu-west-3:123456789012:service/prod/web', loadBalancers: [{targetGroupArn: TG, containerName: 'web', containerPort: 80}]}], failures: []},
};

const targetGroups = elbResult('DescribeTargetGroups', `<TargetGroups><member><TargetGroupArn>${TG}</TargetGroupArn><TargetType>ip</TargetType><Port>80</Port>`
	+ '<LoadBalancerArns><member>arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/web/50dc6c495c0c9188</member></LoadBalancerArns></member></TargetGroups>');
const targetHealth = elbResult('DescribeTargetHealth', '<TargetHealthDescriptions><member><HealthCheckPort>80</HealthCheckPort>'
	+ '<Target><Id>10.0.1.5</Id><Port>80</Port><AvailabilityZone>eu-west-3a</AvailabilityZone></Target>'
	+ '<TargetHealth><State>unhealthy</State><Reason>Target.ResponseCodeMismatch</Reason><Description>Health checks failed with these codes: [502]</Description></TargetHealth>'
	+ '</member></TargetHealthDescriptions>');

describe('the ELB calls of a task-watch poll', () => {
	it('are signed for elasticloadbalancing in the Region, and counted (retries included) apart from ECS\'s', async () => {
		const ecsFake = createFakeEcsHandler((request) => ({status: 200, body: JSON.stringify(ecsAnswers[request.operation] ?? {})}));
		let throttled = 1;
		const elbFake = createFakeElbHandler((request) => {
			if (request.action === 'DescribeTargetGroups') return {status: 200, body: targetGroups};
			if (throttled-- > 0) return {status: 400, body: elbError('Throttling', 'Rate exceeded')};
			return {status: 200, body: targetHealth};
		});
		const ecs = createEcsClient(ENDPOINT, {credentials: TEST_CREDENTIALS, requestHandler: ecsFake.requestHandler});
		const elb = createElbClient(ENDPOINT, {credentials: TEST_CREDENTIALS, requestHandler: elbFake.requestHandler, retryMode: 'standard'});
		const fetch = createFetchWatchData(ecs, {cluster: 'prod', services: ['web']}, {elb: async () => elb});

		const first = await fetch(new AbortController().signal);

		expect(first.tasks[0]?.targets).toEqual([{
			targetGroupArn: TG, targetId: '10.0.1.5', port: 80, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch',
			description: 'Health checks failed with these codes: [502]', drainingEndsAt: null,
		}]);
		expect(elbFake.requests.map((request) => request.action)).toEqual(['DescribeTargetGroups', 'DescribeTargetHealth', 'DescribeTargetHealth']);
		expect(elbFake.requests[0]?.params.get('TargetGroupArns.member.1')).toBe(TG);
		expect(elbFake.requests[0]?.authorization).toContain('/eu-west-3/elasticloadbalancing/aws4_request');
		expect(first.elbApiCalls).toBe(3);
		// ListTasks RUNNING and STOPPED, DescribeTasks, DescribeServices: no ELB call among them.
		expect(first.apiCalls).toBe(ecsFake.requests.length);
		expect(first.apiCalls).toBe(4);

		const second = await fetch(new AbortController().signal);
		expect(second.elbApiCalls).toBe(1);
		expect(second.apiCalls).toBe(4);
	});

	it('uses the adaptive retry mode', async () => {
		const mode = createElbClient({region: 'us-east-1'}).config.retryMode;
		expect(typeof mode === 'string' ? mode : await mode()).toBe('adaptive');
	});
});
