import {describe, expect, it} from 'vitest';
import {clusterFilterFields, matchesCluster, parseClusterFilter} from '../../../source/model/filter/cluster-filter.js';
import type {ClusterRow} from '../../../source/model/cluster-row.js';

const cluster = (clusterName: string, status: string | null, capacityProviders: string[]): ClusterRow => ({
	clusterArn: `arn:aws:ecs:us-east-1:123456789012:cluster/${clusterName}`, clusterName, status,
	runningTasks: null, pendingTasks: null, activeServices: null, containerInstances: null, capacityProviders, statistics: new Map(),
});
const rows = [
	cluster('prod', 'ACTIVE', ['FARGATE', 'FARGATE_SPOT']),
	cluster('prod-eu', 'PROVISIONING', ['my-asg-provider']),
	cluster('staging', 'INACTIVE', []),
	cluster('jobs', null, ['FARGATE']),
];

const show = (text: string) => {
	const parsed = parseClusterFilter(text);
	if (!parsed.ok) throw new Error(`did not parse: ${JSON.stringify(parsed.error)}`);
	return rows.filter(row => matchesCluster(parsed.filter, row)).map(row => row.clusterName);
};

describe('matchesCluster', () => {
	it.each<[string, string[]]>([
		['prod', ['prod', 'prod-eu']],
		['name:prod', ['prod', 'prod-eu']],
		['name:eu', []],
		['eu', ['prod-eu']],
		['status:active', ['prod']],
		['status:inactive', ['staging']],
		['active', ['prod', 'staging']],
		['!status:active', ['prod-eu', 'staging', 'jobs']],
		['provider:spot', ['prod']],
		['provider:fargate', ['prod', 'jobs']],
		['provider:asg', ['prod-eu']],
		['provider:fargate !provider:spot', ['jobs']],
	])('%s → %j', (text, expected) => {
		expect(show(text)).toEqual(expected);
	});

	it('knows only its own fields', () => {
		expect(parseClusterFilter('state:steady')).toMatchObject({ok: false, error: {kind: 'unknown-field', known: ['name', 'status', 'provider']}});
	});

	it('describes its fields', () => {
		expect(clusterFilterFields().map(field => `${field.name} ${field.rule}`)).toEqual(['name prefix', 'status prefix', 'provider substring']);
	});
});
