import {addDemoLoadBalancers, type DemoTargetGroups} from '../elb/demo-load-balancers.js';
import {awslogs, firelensToFirehose, fluentBitRouter} from '../logs/log-configurations.js';
import {addCluster} from './add-cluster.js';
import type {ContainerSpec, RegisterTaskDefinitionInput} from './task-definitions.js';
import type {SimulatedWorld} from './world.js';

const minute = 60 * 1000;

export interface SeedCounts {
	web: number;
	api: number;
	worker: number;
	standalone: number;
	/** The blue/green (CODE_DEPLOY) service's tasks: 2 from 17 tasks on, taken from batch. */
	checkout: number;
	batch: number;
}

/** Splits the wanted number of RUNNING tasks between the demo cluster's services. */
export function seedCounts(taskCount: number): SeedCounts {
	const total = Math.max(0, Math.floor(taskCount));
	if (total >= 17) return {web: 6, api: 4, worker: 3, standalone: 2, checkout: 2, batch: total - 17};
	if (total >= 15) return {web: 6, api: 4, worker: 3, standalone: 2, checkout: 0, batch: total - 15};
	const web = Math.min(total, Math.max(1, Math.round((total * 6) / 15)));
	const api = Math.min(total - web, Math.max(1, Math.round((total * 4) / 15)));
	const worker = Math.min(total - web - api, Math.max(1, Math.round((total * 3) / 15)));
	const standalone = total >= 10 ? 2 : 0;
	return {web, api, worker, standalone, checkout: 0, batch: Math.max(0, total - web - api - worker - standalone)};
}

/*
 * Where the demo's containers log (CloudWatch Logs in the world's Region, streams `ecs/<container>/<taskId>`
 * unless said otherwise):
 * - web: app and envoy on awslogs to /ecs/web; envoy is the noisy one (hundreds of access lines a second per task).
 * - api: api and its log-router sidecar on awslogs to /ecs/api (api:8's OOM crash shows in the api stream).
 * - worker (EC2, bridge): awslogs to /ecs/worker without a stream prefix: streams named after the Docker id (runtimeId).
 * - checkout: the app on awsfirelens (to a Kinesis Data Firehose stream: nothing in CloudWatch); its log_router
 *   (FireLens's Fluent Bit) on awslogs to /ecs/checkout.
 * - batch, migrate, report: awslogs to /ecs/<family>; cron-sync's container has no logConfiguration at all.
 */
const webContainers = (version: string, region: string): ContainerSpec[] => [
	{name: 'app', image: `public.ecr.aws/ecswatch/web:${version}`, cpu: 384, memory: 768, essential: true, containerPort: 8080, healthCheck: true, logConfiguration: awslogs(region, 'web')},
	{name: 'envoy', image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.4.0-prod', cpu: 128, memory: 256, essential: true, containerPort: 9901, logConfiguration: awslogs(region, 'web')},
];

const apiContainers = (version: string, region: string): ContainerSpec[] => [
	{name: 'api', image: `public.ecr.aws/ecswatch/api:${version}`, cpu: 448, memory: 896, essential: true, containerPort: 3000, healthCheck: true, logConfiguration: awslogs(region, 'api')},
	{name: 'log-router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2', cpu: 64, memory: 128, essential: false, logConfiguration: awslogs(region, 'api')},
];

const checkoutContainers = (version: string, region: string): ContainerSpec[] => [
	{name: 'checkout', image: `public.ecr.aws/ecswatch/checkout:${version}`, cpu: 224, memory: 448, essential: true, containerPort: 8080, healthCheck: true, logConfiguration: firelensToFirehose(region, 'checkout-logs')},
	{name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2', cpu: 32, memory: 64, essential: true, firelensConfiguration: fluentBitRouter, logConfiguration: awslogs(region, 'checkout')},
];

function registerFamilies(world: SimulatedWorld): void {
	const {region} = world;
	const fargate: Pick<RegisterTaskDefinitionInput, 'networkMode' | 'requiresCompatibilities'> = {networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE']};
	world.registerTaskDefinition({family: 'web', revision: 41, containers: webContainers('1.41.0', region), cpu: '512', memory: '1024', ...fargate});
	world.registerTaskDefinition({family: 'web', containers: webContainers('1.42.0', region)});
	world.registerTaskDefinition({family: 'web', containers: webContainers('1.43.0', region), behaviour: 'unhealthy'});
	// An image tag that was never pushed: its tasks never start.
	world.registerTaskDefinition({family: 'web', containers: webContainers('1.44.0', region), behaviour: 'bad-image'});
	world.registerTaskDefinition({family: 'api', revision: 7, containers: apiContainers('2.7.1', region), cpu: '512', memory: '1024', ...fargate});
	world.registerTaskDefinition({family: 'api', containers: apiContainers('2.8.0', region), behaviour: 'crash'});
	world.registerTaskDefinition({
		family: 'worker',
		revision: 12,
		networkMode: 'bridge',
		requiresCompatibilities: ['EC2'],
		cpu: '256',
		memory: '512',
		containers: [{name: 'worker', image: 'public.ecr.aws/ecswatch/worker:5.3.0', cpu: 256, memory: 512, essential: true, containerPort: 8080, logConfiguration: awslogs(region, 'worker', null)}],
	});
	world.registerTaskDefinition({
		family: 'batch',
		revision: 3,
		...fargate,
		containers: [{name: 'batch', image: 'public.ecr.aws/ecswatch/batch:0.9.2', cpu: 256, memory: 512, essential: true, logConfiguration: awslogs(region, 'batch')}],
	});
	world.registerTaskDefinition({
		family: 'migrate',
		revision: 5,
		...fargate,
		behaviour: 'exit',
		containers: [{name: 'migrate', image: 'public.ecr.aws/ecswatch/api:2.7.1', cpu: 256, memory: 512, essential: true, logConfiguration: awslogs(region, 'migrate')}],
	});
	world.registerTaskDefinition({
		family: 'report',
		revision: 2,
		networkMode: 'awsvpc',
		requiresCompatibilities: ['EC2'],
		containers: [{name: 'report', image: 'public.ecr.aws/ecswatch/report:1.0.4', cpu: 256, memory: 512, essential: true, containerPort: 8000, healthCheck: true, logConfiguration: awslogs(region, 'report')}],
	});
	world.registerTaskDefinition({
		family: 'cron-sync',
		revision: 9,
		...fargate,
		containers: [{name: 'sync', image: 'public.ecr.aws/ecswatch/cron-sync:3.1.0', cpu: 256, memory: 512, essential: true}],
	});
	world.registerTaskDefinition({family: 'checkout', revision: 7, containers: checkoutContainers('3.7.0', region), cpu: '256', memory: '512', ...fargate});
	world.registerTaskDefinition({family: 'checkout', containers: checkoutContainers('3.8.0', region)});
}

/**
 * The demo cluster: `web` (Fargate, app + envoy, circuit breaker with rollback), `api` (FARGATE_SPOT),
 * `worker` (EC2 bridge mode), `checkout` (blue/green: CODE_DEPLOY task sets); web, checkout and worker behind
 * load balancers (elb/demo-load-balancers.ts), `batch` (the bulk of taskCount), standalone tasks and one stopped
 * migration. Its history is simulated from 40 minutes before the clock's time, so at the clock's
 * time every service is steady and every task RUNNING.
 */
export function seedDemoWorld(world: SimulatedWorld, taskCount: number): void {
	const now = world.clock.now();
	const counts = seedCounts(taskCount);
	const start = now - 40 * minute;
	let groups: DemoTargetGroups | undefined;
	world.runAt(start, () => {
		addCluster(world, {
			name: 'demo',
			createdAt: start - 30 * 24 * 60 * minute,
			vpc: 0,
			instances: 3,
			capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
			tags: [{key: 'environment', value: 'demo'}],
		});
		registerFamilies(world);
		groups = addDemoLoadBalancers(world.elb, world.subnets('demo'), 'vpc-0d3e1f5a7b9c2e4f6', start - 30 * 24 * 60 * minute);
	});
	const lb = (targetGroupArn: string, containerName: string) => [{targetGroupArn, containerName, containerPort: 8080}];
	const subnets = world.subnets('demo').map(s => s.subnetId);
	world.runAt(start, () => {
		world.runTask('demo', {taskDefinition: 'migrate:5', subnets, startedBy: 'deploy-pipeline'});
	});
	world.runAt(now - 30 * minute, () => {
		world.createService('demo', {
			serviceName: 'web',
			taskDefinition: 'web:41',
			desiredCount: counts.web,
			launchType: 'FARGATE',
			deploymentConfiguration: {deploymentCircuitBreaker: {enable: true, rollback: true}},
			loadBalancers: lb(groups!.web, 'app'),
		});
		world.createService('demo', {
			serviceName: 'api',
			taskDefinition: 'api:7',
			desiredCount: counts.api,
			capacityProviderStrategy: [{capacityProvider: 'FARGATE', weight: 1, base: 1}, {capacityProvider: 'FARGATE_SPOT', weight: 3}],
			deploymentConfiguration: {deploymentCircuitBreaker: {enable: true, rollback: true}},
		});
		world.createService('demo', {
			serviceName: 'worker',
			taskDefinition: 'worker:12',
			desiredCount: counts.worker,
			launchType: 'EC2',
			deploymentConfiguration: {minimumHealthyPercent: 50, maximumPercent: 100},
			loadBalancers: lb(groups!.worker, 'worker'),
		});
		if (counts.batch > 0) {
			world.createService('demo', {serviceName: 'batch', taskDefinition: 'batch:3', desiredCount: counts.batch, launchType: 'FARGATE'});
		}

		if (counts.checkout > 0) {
			// Blue/green through CodeDeploy: its first task set is created with it (demo-blue-green.ts shifts it).
			world.createService('demo', {
				serviceName: 'checkout',
				taskDefinition: 'checkout:7',
				desiredCount: counts.checkout,
				launchType: 'FARGATE',
				deploymentController: {type: 'CODE_DEPLOY'},
				loadBalancers: lb(groups!.checkoutBlue, 'checkout'),
				alternateTargetGroupArns: [groups!.checkoutGreen],
			});
		}
	});
	world.runAt(now - 25 * minute, () => {
		if (counts.standalone > 0) {
			world.runTask('demo', {taskDefinition: 'report:2', launchType: 'EC2', subnets, startedBy: 'ops-oncall'});
			world.runTask('demo', {taskDefinition: 'cron-sync:9', subnets, group: 'family:cron-sync', startedBy: 'events-rule/cron-sync'});
		}
	});
	world.sync();
}
