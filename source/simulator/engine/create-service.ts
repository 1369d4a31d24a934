import {invalidParameter} from './api-checks.js';
import type {ClusterState} from './cluster-state.js';
import type {CapacityProviderItem, ServiceState} from './service-state.js';
import {checkLoadBalancers} from './service-targets.js';
import {adoptTaskSets} from './task-set-api.js';
import type {CreateServiceInput} from './world-control.js';
import type {SimulatedWorld} from './world.js';

/** Creates a service in the cluster at the world's current time; its scheduler starts its tasks soon. */
export function createServiceState(world: SimulatedWorld, cluster: ClusterState, input: CreateServiceInput): ServiceState {
	// An INACTIVE service's name may be used again (API_DeleteService).
	const existing = cluster.services.get(input.serviceName);
	if (existing && existing.lifecycle !== 'INACTIVE') throw invalidParameter('Creation of service was not idempotent.');
	const definition = world.registry.resolve(input.taskDefinition);
	if (!definition) throw invalidParameter('TaskDefinition not found.');
	const strategy: CapacityProviderItem[] | undefined = input.capacityProviderStrategy?.map(item => ({
		capacityProvider: item.capacityProvider,
		weight: item.weight ?? 0,
		base: item.base ?? 0,
	}));
	const subnets = input.subnets === undefined ? cluster.subnets : cluster.subnets.filter(s => input.subnets?.includes(s.id));
	const at = world.now();
	const service: ServiceState = {
		name: input.serviceName,
		arn: `arn:aws:ecs:${world.region}:${world.accountId}:service/${cluster.name}/${input.serviceName}`,
		clusterArn: cluster.arn,
		desiredCount: input.desiredCount,
		launch: strategy ? {capacityProviderStrategy: strategy} : {launchType: input.launchType ?? 'FARGATE'},
		subnets,
		securityGroups: [`sg-${world.prng.hex(17)}`],
		deploymentConfiguration: {
			minimumHealthyPercent: input.deploymentConfiguration?.minimumHealthyPercent ?? 100,
			maximumPercent: input.deploymentConfiguration?.maximumPercent ?? 200,
			deploymentCircuitBreaker: input.deploymentConfiguration?.deploymentCircuitBreaker ?? {enable: false, rollback: false},
		},
		deployments: [],
		events: [],
		tags: input.tags ?? [],
		createdAt: at,
		steady: false,
	};
	if (input.loadBalancers !== undefined && input.loadBalancers.length > 0) {
		service.loadBalancers = checkLoadBalancers(world.elb, definition, input.loadBalancers);
		if (input.alternateTargetGroupArns !== undefined) service.alternateTargetGroupArns = [...input.alternateTargetGroupArns];
	}

	cluster.services.set(service.name, service);
	const controller = input.deploymentController?.type ?? 'ECS';
	if (controller !== 'ECS') return adoptTaskSets(world, cluster, service, controller, definition, at);
	world.scheduler.newDeployment(service, definition, at);
	world.scheduler.poke(cluster, service, at);
	return service;
}
