import {describe, expect, it} from 'vitest';
import {compareClusterRows, compareServiceRows} from '../../source/model/by-name.js';
import {toClusterRow} from '../../source/model/to-cluster-row.js';
import {makeServiceRow} from '../helpers/service-row.js';

const arn = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod';

describe('toClusterRow', () => {
	it('flattens a DescribeClusters cluster with its statistics', () => {
		const row = toClusterRow({
			clusterArn: arn,
			clusterName: 'prod',
			status: 'ACTIVE',
			registeredContainerInstancesCount: 3,
			runningTasksCount: 42,
			pendingTasksCount: 2,
			activeServicesCount: 7,
			capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
			statistics: [
				{name: 'runningFargateTasksCount', value: '40'},
				{name: 'runningEC2TasksCount', value: '2'},
				{name: 'pendingFargateTasksCount'},
			],
		});
		expect(row).toEqual({
			clusterArn: arn,
			clusterName: 'prod',
			status: 'ACTIVE',
			runningTasks: 42,
			pendingTasks: 2,
			activeServices: 7,
			containerInstances: 3,
			capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
			statistics: new Map([['runningFargateTasksCount', '40'], ['runningEC2TasksCount', '2']]),
		});
		expect([...row.statistics.keys()]).toEqual(['runningFargateTasksCount', 'runningEC2TasksCount']);
		expect(row.statistics.get('constructor')).toBeUndefined();
	});

	it('makes absent values null and takes the name from the ARN when it is missing', () => {
		expect(toClusterRow({clusterArn: arn})).toEqual({
			clusterArn: arn, clusterName: 'prod', status: null, runningTasks: null, pendingTasks: null,
			activeServices: null, containerInstances: null, capacityProviders: [], statistics: new Map(),
		});
	});
});

describe('name order', () => {
	it('sorts clusters and services by name by code unit, then by ARN', () => {
		const clusters = ['b', 'B', 'a', 'b'].map((name, n) => toClusterRow({clusterArn: `arn:${String(9 - n)}`, clusterName: name}));
		expect(clusters.sort(compareClusterRows).map((row) => `${row.clusterName} ${row.clusterArn}`)).toEqual(['B arn:8', 'a arn:7', 'b arn:6', 'b arn:9']);
		const services = ['web', 'api', 'Worker'].map((name) => makeServiceRow({serviceName: name}));
		expect(services.sort(compareServiceRows).map((row) => row.serviceName)).toEqual(['Worker', 'api', 'web']);
	});
});
