import type {WireRecord} from '../engine/world-api.js';
import {invalidParameter} from './ecs-fault.js';
import {includesTags, lastSegment, maxResults, optionalString, optionalStringList, withTags} from './input.js';
import {arnOf, missing, type Operation} from './operation.js';
import {pageOf} from './page-token.js';

export const listClusters: Operation = (world, input) => {
	const page = pageOf('clusters', world.listClusterArns(), maxResults(input, 100), optionalString(input, 'nextToken'));
	return page.nextToken === undefined ? {clusterArns: page.arns} : {clusterArns: page.arns, nextToken: page.nextToken};
};

export const describeClusters: Operation = (world, input) => {
	const names = optionalStringList(input, 'clusters') ?? ['default'];
	if (names.length > 100) {
		throw invalidParameter('clusters can have at most 100 items.');
	}

	const keepTags = includesTags(input);
	const clusters: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const name of names) {
		const record = world.describeCluster(name);
		if (record) {
			clusters.push(withTags(record, keepTags));
		} else {
			failures.push(missing(name.startsWith('arn:') ? name : arnOf(world, `cluster/${lastSegment(name)}`)));
		}
	}

	return {clusters, failures};
};
