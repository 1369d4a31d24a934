import {
	DescribeLoadBalancersCommand,
	DescribeTargetGroupAttributesCommand,
	DescribeTargetGroupsCommand,
	DescribeTargetHealthCommand,
	paginateDescribeLoadBalancers,
	paginateDescribeTargetGroups,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator} from '../../../source/simulator/start-simulator.js';
import {elbTestClient, targetGroupArn, useElbOverHttp} from './elb-over-http.js';

const signed = 'AWS4-HMAC-SHA256 Credential=test/20250106/us-east-1/elasticloadbalancing/aws4_request, SignedHeaders=host, Signature=00';

/** Posts a raw Query call, for what the SDK cannot send. */
async function rawQuery(url: string, body: string, withSignature = true) {
	const headers: Record<string, string> = {'content-type': 'application/x-www-form-urlencoded; charset=utf-8'};
	if (withSignature) headers['authorization'] = signed;
	const response = await fetch(url, {method: 'POST', headers, body});
	return {status: response.status, type: response.headers.get('content-type'), text: await response.text()};
}

const errorOf = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as {name: string; message: string; $metadata: {httpStatusCode?: number}});

describe('the simulator\'s ELB v2 API through the real SDK client', () => {
	const sim = useElbOverHttp();

	it('describes the demo\'s load balancers, by name, and pages them with Marker', async () => {
		const {LoadBalancers = []} = await sim.elb.send(new DescribeLoadBalancersCommand({}));
		expect(LoadBalancers.map(b => b.LoadBalancerName).sort()).toEqual(['demo-internal', 'demo-public']);
		const publicAlb = LoadBalancers.find(b => b.LoadBalancerName === 'demo-public')!;
		expect(publicAlb).toMatchObject({
			Scheme: 'internet-facing',
			Type: 'application',
			State: {Code: 'active'},
			IpAddressType: 'ipv4',
			DNSName: expect.stringMatching(/^demo-public-\d+\.us-east-1\.elb\.amazonaws\.com$/),
			LoadBalancerArn: expect.stringMatching(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer\/app\/demo-public\/[0-9a-f]{16}$/),
		});
		expect(publicAlb.CreatedTime).toBeInstanceOf(Date);
		expect(publicAlb.AvailabilityZones?.map(z => z.ZoneName)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);

		const named = await sim.elb.send(new DescribeLoadBalancersCommand({Names: ['demo-internal']}));
		expect(named.LoadBalancers?.map(b => b.Scheme)).toEqual(['internal']);

		const pages: string[][] = [];
		for await (const page of paginateDescribeLoadBalancers({client: sim.elb}, {PageSize: 1})) pages.push((page.LoadBalancers ?? []).map(b => b.LoadBalancerName!));
		expect(pages).toHaveLength(2);
		expect(pages.flat().sort()).toEqual(['demo-internal', 'demo-public']);
	});

	it('describes target groups by load balancer, by ARN, by name, all of them a page at a time', async () => {
		const {LoadBalancers = []} = await sim.elb.send(new DescribeLoadBalancersCommand({Names: ['demo-public']}));
		const byBalancer = await sim.elb.send(new DescribeTargetGroupsCommand({LoadBalancerArn: LoadBalancers[0]!.LoadBalancerArn}));
		expect(byBalancer.TargetGroups?.map(g => g.TargetGroupName).sort()).toEqual(['demo-checkout-blue', 'demo-checkout-green', 'demo-web']);
		const web = byBalancer.TargetGroups!.find(g => g.TargetGroupName === 'demo-web')!;
		expect(web).toMatchObject({
			Protocol: 'HTTP',
			Port: 8080,
			TargetType: 'ip',
			HealthCheckPath: '/health',
			HealthCheckPort: 'traffic-port',
			HealthCheckIntervalSeconds: 5,
			HealthyThresholdCount: 2,
			UnhealthyThresholdCount: 2,
			Matcher: {HttpCode: '200'},
			LoadBalancerArns: [LoadBalancers[0]!.LoadBalancerArn],
		});
		const byArn = await sim.elb.send(new DescribeTargetGroupsCommand({TargetGroupArns: [web.TargetGroupArn!]}));
		expect(byArn.TargetGroups?.map(g => g.TargetGroupName)).toEqual(['demo-web']);

		const pages: string[][] = [];
		for await (const page of paginateDescribeTargetGroups({client: sim.elb}, {PageSize: 3})) pages.push((page.TargetGroups ?? []).map(g => g.TargetGroupName!));
		expect(pages.map(p => p.length)).toEqual([3, 1]);
		expect(pages.flat().sort()).toEqual(['demo-checkout-blue', 'demo-checkout-green', 'demo-web', 'demo-worker']);
		const worker = await sim.elb.send(new DescribeTargetGroupsCommand({Names: ['demo-worker']}));
		expect(worker.TargetGroups?.[0]?.TargetType).toBe('instance');
	});

	it('answers ELB\'s errors: TargetGroupNotFound, LoadBalancerNotFound, ValidationError', async () => {
		const real = await targetGroupArn(sim.elb, 'demo-web');
		const unknown = real.replace(/[0-9a-f]{16}$/, '0123456789abcdef');
		const notFound = await errorOf(sim.elb.send(new DescribeTargetHealthCommand({TargetGroupArn: unknown})));
		expect(notFound).toMatchObject({name: 'TargetGroupNotFoundException', message: 'One or more target groups not found', $metadata: {httpStatusCode: 400}});
		expect(await errorOf(sim.elb.send(new DescribeTargetGroupsCommand({Names: ['nope']})))).toMatchObject({name: 'TargetGroupNotFoundException'});
		expect(await errorOf(sim.elb.send(new DescribeLoadBalancersCommand({Names: ['nope']})))).toMatchObject({name: 'LoadBalancerNotFoundException', message: 'One or more load balancers not found'});
		expect(await errorOf(sim.elb.send(new DescribeTargetHealthCommand({TargetGroupArn: 'web'})))).toMatchObject({name: 'ValidationError', message: "'web' is not a valid target group ARN"});
		expect(await errorOf(sim.elb.send(new DescribeLoadBalancersCommand({PageSize: 401})))).toMatchObject({name: 'ValidationError', message: expect.stringContaining('less than or equal to 400')});
		expect(await errorOf(sim.elb.send(new DescribeTargetGroupsCommand({Marker: 'forged'})))).toMatchObject({name: 'ValidationError'});
		const names = Array.from({length: 21}, (_, i) => `lb-${i}`);
		expect(await errorOf(sim.elb.send(new DescribeLoadBalancersCommand({Names: names})))).toMatchObject({name: 'ValidationError', message: expect.stringContaining('less than or equal to 20')});
	});

	it('says unused (Target.NotRegistered) for a target asked for that is not registered, and lists the attributes', async () => {
		const arn = await targetGroupArn(sim.elb, 'demo-web');
		const {TargetHealthDescriptions = []} = await sim.elb.send(new DescribeTargetHealthCommand({TargetGroupArn: arn, Targets: [{Id: '10.0.250.250', Port: 8080}]}));
		expect(TargetHealthDescriptions).toEqual([{
			Target: {Id: '10.0.250.250', Port: 8080},
			HealthCheckPort: '8080',
			TargetHealth: {State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group'},
		}]);
		const {Attributes = []} = await sim.elb.send(new DescribeTargetGroupAttributesCommand({TargetGroupArn: arn}));
		expect(Attributes).toContainEqual({Key: 'deregistration_delay.timeout_seconds', Value: '20'});
		expect(Attributes).toContainEqual({Key: 'stickiness.enabled', Value: 'false'});
	});

	it('throttles the Describe* calls past 40 at once, refilling 10 a second: Throttling, Rate exceeded', async () => {
		const arn = await targetGroupArn(sim.elb, 'demo-web');
		sim.simulator.faults.set({throttling: true});
		for (let i = 0; i < 40; i++) await sim.elb.send(new DescribeTargetHealthCommand({TargetGroupArn: arn}));
		const throttled = await errorOf(sim.elb.send(new DescribeTargetGroupsCommand({})));
		expect(throttled).toMatchObject({name: 'Throttling', message: 'Rate exceeded', $metadata: {httpStatusCode: 400}});
		sim.clock.advance(1000);
		for (let i = 0; i < 10; i++) await sim.elb.send(new DescribeLoadBalancersCommand({}));
		expect(await errorOf(sim.elb.send(new DescribeTargetHealthCommand({TargetGroupArn: arn})))).toMatchObject({name: 'Throttling'});
	});

	it('speaks the Query protocol: XML with a RequestId, MissingAuthenticationToken unsigned, InvalidAction unknown', async () => {
		const ok = await rawQuery(sim.simulator.url, 'Action=DescribeLoadBalancers&Version=2015-12-01&Names.member.1=demo-public');
		expect(ok.status).toBe(200);
		expect(ok.type).toBe('text/xml');
		expect(ok.text).toMatch(/^<DescribeLoadBalancersResponse xmlns="http:\/\/elasticloadbalancing\.amazonaws\.com\/doc\/2015-12-01\/"><DescribeLoadBalancersResult><LoadBalancers><member><LoadBalancerArn>/);
		expect(ok.text).toMatch(/<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/DescribeLoadBalancersResponse>/);

		const unsigned = await rawQuery(sim.simulator.url, 'Action=DescribeLoadBalancers&Version=2015-12-01', false);
		expect(unsigned.status).toBe(403);
		expect(unsigned.text).toContain('<Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code>');
		const unknown = await rawQuery(sim.simulator.url, 'Action=CreateLoadBalancer&Version=2015-12-01');
		expect(unknown.status).toBe(400);
		expect(unknown.text).toMatch(/^<ErrorResponse xmlns="http:\/\/elasticloadbalancing\.amazonaws\.com\/doc\/2015-12-01\/"><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code>/);
	});
});

describe('the request log', () => {
	it('records ELB calls by their Action, lists by size', async () => {
		const stream = new PassThrough();
		const lines: string[] = [];
		stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
		const clock = new ManualClock();
		const simulator = await startSimulator({world: createWorld({clock}), logRequests: stream});
		const elb = elbTestClient(simulator.url);
		try {
			await elb.send(new DescribeLoadBalancersCommand({Names: ['demo-public', 'demo-internal'], PageSize: 5}));
			await errorOf(elb.send(new DescribeTargetGroupsCommand({Names: ['nope']})));
		} finally {
			elb.destroy();
			await simulator.close();
		}

		const records = lines.map(line => JSON.parse(line) as Record<string, unknown>);
		expect(records).toEqual([
			expect.objectContaining({operation: 'DescribeLoadBalancers', cluster: null, args: {PageSize: 5, Names: 2}, status: 200, error: null}),
			expect.objectContaining({operation: 'DescribeTargetGroups', args: {Names: 1}, status: 400, error: 'TargetGroupNotFound'}),
		]);
	});
});
