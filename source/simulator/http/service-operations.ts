import type {UpdateServiceInput} from '../engine/world-api.js';
import {invalidParameter} from './ecs-fault.js';
import {
	includesTags,
	maxResults,
	optionalBoolean,
	optionalInteger,
	optionalString,
	optionalStringList,
	requireCluster,
	requiredString,
	withTags,
} from './input.js';
import {describeBatch} from './describe-batch.js';
import {arnOf, type Operation} from './operation.js';
import {pageOf} from './page-token.js';

export const listServices: Operation = (world, input) => {
	const {cluster} = requireCluster(world, input);
	const launchType = optionalString(input, 'launchType');
	const schedulingStrategy = optionalString(input, 'schedulingStrategy');
	const size = maxResults(input, 10);
	let arns = world.listServiceArns(cluster);
	if (launchType !== undefined || schedulingStrategy !== undefined) {
		arns = arns.filter((arn) => {
			const service = world.describeService(cluster, arn);
			return (
				(launchType === undefined || service?.['launchType'] === launchType) &&
				(schedulingStrategy === undefined || service?.['schedulingStrategy'] === schedulingStrategy)
			);
		});
	}

	const page = pageOf('services', arns, size, optionalString(input, 'nextToken'));
	return page.nextToken === undefined ? {serviceArns: page.arns} : {serviceArns: page.arns, nextToken: page.nextToken};
};

export const describeServices: Operation = (world, input) => {
	const {cluster, record} = requireCluster(world, input);
	const keepTags = includesTags(input);
	const clusterName = String(record['clusterName'] ?? cluster);
	const {found, failures} = describeBatch({
		label: 'Services',
		ids: optionalStringList(input, 'services') ?? [],
		limit: 10,
		lookup: (name) => world.describeService(cluster, name),
		arnFor: (name) => arnOf(world, `service/${clusterName}/${name}`),
		keep: (service) => withTags(service, keepTags),
	});
	return {services: found, failures};
};

export const updateService: Operation = (world, input) => {
	const {cluster} = requireCluster(world, input);
	const service = requiredString(input, 'service');
	const update: UpdateServiceInput = {};
	const desiredCount = optionalInteger(input, 'desiredCount');
	if (desiredCount !== undefined) {
		if (desiredCount < 0) {
			throw invalidParameter('Desired count must be greater than or equal to 0.');
		}

		update.desiredCount = desiredCount;
	}

	const taskDefinition = optionalString(input, 'taskDefinition');
	if (taskDefinition !== undefined) {
		update.taskDefinition = taskDefinition;
	}

	const forceNewDeployment = optionalBoolean(input, 'forceNewDeployment');
	if (forceNewDeployment !== undefined) {
		update.forceNewDeployment = forceNewDeployment;
	}

	return {service: world.updateService(cluster, service, update)};
};
