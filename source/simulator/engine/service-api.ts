import {batchOf, describeServicesRule, includes, pageSize, required} from './api-checks.js';
import type {DeleteServiceRequest, DescribeServicesInput, ListServicesInput, UpdateServiceRequest} from './ecs-api.js';
import {pageOf, pageRecord} from './page-token.js';
import {serviceLaunchType} from './service-state.js';
import {serviceToWire} from './service-wire.js';
import {checkTaskSetServiceUpdate} from './task-set-api.js';
import type {UpdateServiceInput, WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

/** ListServices: pages of 10 by default, up to 100; filters launchType and schedulingStrategy. */
export function listServices(world: SimulatedWorld, input: ListServicesInput): WireRecord {
	world.sync();
	const cluster = world.cluster(input.cluster);
	const size = pageSize(input.maxResults, 10);
	const arns: string[] = [];
	for (const service of cluster.services.values()) {
		// DRAINING and INACTIVE services are no longer listed (API_DeleteService).
		if (service.lifecycle !== undefined) continue;
		if (input.launchType !== undefined && serviceLaunchType(service.launch) !== input.launchType) continue;
		// Every simulated service is a REPLICA service.
		if (input.schedulingStrategy !== undefined && input.schedulingStrategy !== 'REPLICA') continue;
		arns.push(service.arn);
	}

	return pageRecord('serviceArns', pageOf('services', arns, size, input.nextToken));
}

/** DescribeServices: 1 to 10 names or ARNs, unknown ones MISSING; `tags` with include TAGS. */
export function describeServices(world: SimulatedWorld, input: DescribeServicesInput): WireRecord {
	world.sync();
	const cluster = world.cluster(input.cluster);
	const ids = batchOf(input.services, describeServicesRule);
	const withTags = includes(input.include, 'TAGS');
	const services: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const id of ids) {
		const service = world.service(cluster, id);
		if (service) services.push(serviceToWire(service, world.accountId, withTags));
		else failures.push({arn: id.startsWith('arn:') ? id : `arn:aws:ecs:${world.region}:${world.accountId}:service/${cluster.name}/${id}`, reason: 'MISSING'});
	}

	return {services, failures};
}

/** UpdateService: desiredCount, taskDefinition and forceNewDeployment. */
export function updateService(world: SimulatedWorld, input: UpdateServiceRequest): WireRecord {
	const cluster = world.cluster(input.cluster);
	const service = required(input.service, 'service');
	const update: UpdateServiceInput = {};
	if (input.desiredCount !== undefined) update.desiredCount = input.desiredCount;
	if (input.taskDefinition !== undefined) update.taskDefinition = input.taskDefinition;
	if (input.forceNewDeployment !== undefined) update.forceNewDeployment = input.forceNewDeployment;
	const found = world.service(cluster, service);
	if (found) checkTaskSetServiceUpdate(found, update);
	return {service: world.updateService(cluster.arn, service, update)};
}

/** DeleteService: `force` deletes a service still scaled above 0 (API_DeleteService). */
export function deleteService(world: SimulatedWorld, input: DeleteServiceRequest): WireRecord {
	const cluster = world.cluster(input.cluster);
	const service = required(input.service, 'service');
	return {service: world.deleteService(cluster.arn, service, input.force ?? false)};
}
