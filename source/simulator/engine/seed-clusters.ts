import {awslogs} from '../logs/log-configurations.js';
import {addCluster, type ClusterSpec} from './add-cluster.js';
import type {CreateServiceInput} from './world-control.js';
import {clusterNames, productOf} from './world-names.js';
import type {SimulatedWorld} from './world.js';

const day = 24 * 60 * 60 * 1000;

/** The most clusters `createWorld({clusters})` adds besides `demo`. */
export const maxExtraClusters = 100;

type ServiceSpec = Omit<CreateServiceInput, 'subnets'>;

interface SeededCluster extends Omit<ClusterSpec, 'createdAt' | 'vpc'> {
	services: ServiceSpec[];
}

const fargateProviders = ['FARGATE', 'FARGATE_SPOT'];
const spot = [{capacityProvider: 'FARGATE_SPOT', weight: 1}];

/** `staging`: Fargate only, no container instances, web and api a revision ahead of demo's. */
const staging: SeededCluster = {
	name: 'staging',
	capacityProviders: fargateProviders,
	defaultCapacityProviderStrategy: [{capacityProvider: 'FARGATE', weight: 1, base: 0}],
	containerInsights: 'enabled',
	tags: [{key: 'environment', value: 'staging'}, {key: 'team', value: 'platform'}],
	services: [
		{serviceName: 'web', taskDefinition: 'web:42', desiredCount: 2, launchType: 'FARGATE'},
		{serviceName: 'api', taskDefinition: 'api:7', desiredCount: 2, capacityProviderStrategy: spot},
	],
};

/** `jobs`: two EC2 container instances behind an Auto Scaling group provider, and one Fargate service. */
const jobs: SeededCluster = {
	name: 'jobs',
	zones: 2,
	instances: 2,
	capacityProviders: ['FARGATE', 'jobs-asg'],
	defaultCapacityProviderStrategy: [{capacityProvider: 'jobs-asg', weight: 1, base: 0}],
	tags: [{key: 'environment', value: 'prod'}, {key: 'team', value: 'data'}],
	services: [
		{serviceName: 'queue-worker', taskDefinition: 'queue-worker:17', desiredCount: 3, capacityProviderStrategy: [{capacityProvider: 'jobs-asg', weight: 1}]},
		{serviceName: 'scheduler', taskDefinition: 'scheduler:4', desiredCount: 1, launchType: 'FARGATE'},
	],
};

function registerJobFamilies(world: SimulatedWorld, at: number): void {
	world.registry.register({
		family: 'queue-worker',
		revision: 17,
		networkMode: 'bridge',
		requiresCompatibilities: ['EC2'],
		containers: [{name: 'queue-worker', image: 'public.ecr.aws/ecswatch/queue-worker:3.17.2', cpu: 512, memory: 1024, essential: true, containerPort: 9000, logConfiguration: awslogs(world.region, 'queue-worker')}],
		cpu: '512',
		memory: '1024',
	}, at);
	world.registry.register({
		family: 'scheduler',
		revision: 4,
		containers: [{name: 'scheduler', image: 'public.ecr.aws/ecswatch/scheduler:0.4.1', cpu: 256, memory: 512, essential: true, logConfiguration: awslogs(world.region, 'scheduler')}],
	}, at);
}

/** `payments-prod` and the like: two small Fargate services of the product, every third cluster without capacity providers. */
function generated(world: SimulatedWorld, name: string, index: number, at: number): SeededCluster {
	const product = productOf(name);
	for (const [role, port] of [['api', 8080], ['worker', undefined]] as const) {
		const family = `${product}-${role}`;
		if (world.registry.resolve(family)) continue;
		world.registry.register({
			family,
			revision: world.prng.int(2, 90),
			containers: [{name: role, image: `public.ecr.aws/ecswatch/${family}:2.${world.prng.int(0, 30)}.0`, cpu: 256, memory: 512, essential: true, logConfiguration: awslogs(world.region, family), ...(port === undefined ? {} : {containerPort: port, healthCheck: true})}],
		}, at);
	}

	return {
		name,
		capacityProviders: index % 3 === 2 ? [] : fargateProviders,
		containerInsights: index % 4 === 0 ? 'enabled' : 'disabled',
		tags: [{key: 'environment', value: name.slice(product.length + 1)}, {key: 'product', value: product}],
		services: [
			{serviceName: `${product}-api`, taskDefinition: `${product}-api`, desiredCount: 2, launchType: 'FARGATE'},
			{serviceName: `${product}-worker`, taskDefinition: `${product}-worker`, desiredCount: 1, launchType: 'FARGATE'},
		],
	};
}

/**
 * Adds `count` steady clusters besides `demo` (up to maxExtraClusters), created weeks before `at`,
 * their services started at `at`: `staging` and `jobs` first, then `payments-prod` and the like.
 * Each has its own VPC (10.1.0.0/16, 10.2.0.0/16…).
 */
export function seedOtherClusters(world: SimulatedWorld, count: number, at: number): void {
	const wanted = Math.max(0, Math.min(Math.floor(count), maxExtraClusters));
	world.runAt(at, () => {
		if (wanted >= 2) registerJobFamilies(world, at);
		for (let index = 0; index < wanted; index++) {
			const seeded = index === 0 ? staging : index === 1 ? jobs : generated(world, clusterNames[index - 2]!, index, at);
			const {services, ...spec} = seeded;
			addCluster(world, {...spec, createdAt: at - (14 + index) * day, vpc: index + 1});
			for (const service of services) world.createService(seeded.name, service);
		}
	});
}
