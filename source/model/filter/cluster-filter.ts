import type {ClusterRow} from '../cluster-row.js';
import {defineFieldTable, describeFields} from './field-table.js';
import {parseFilter} from './filter-grammar.js';
import {matchesFilter} from './filter-match.js';
import type {Filter, FilterFieldInfo, ParsedFilter} from './filter-types.js';

/**
 * The cluster list's filter fields; plain words search all three.
 *
 * | field      | aliases | rule      | reads                                      |
 * |------------|---------|-----------|--------------------------------------------|
 * | `name`     |         | prefix    | cluster name                               |
 * | `status`   |         | prefix    | ACTIVE, PROVISIONING, DEPROVISIONING…      |
 * | `provider` |         | substring | capacity providers                         |
 */
export const CLUSTER_FIELDS = defineFieldTable<ClusterRow>([
	{name: 'name', aliases: [], rule: 'prefix', plain: true, example: 'name:prod', description: 'cluster name', read: row => [row.clusterName]},
	{name: 'status', aliases: [], rule: 'prefix', plain: true, example: 'status:active', description: 'cluster status', read: row => [row.status]},
	{name: 'provider', aliases: [], rule: 'substring', plain: true, example: 'provider:spot', description: 'capacity provider', read: row => row.capacityProviders},
]);

/** Parses the cluster list's filter text (see CLUSTER_FIELDS). */
export function parseClusterFilter(text: string): ParsedFilter<ClusterRow> {
	return parseFilter(CLUSTER_FIELDS, text);
}

/** Whether a cluster passes a parsed filter. */
export function matchesCluster(filter: Filter<ClusterRow>, row: ClusterRow): boolean {
	return matchesFilter(CLUSTER_FIELDS, filter, row);
}

/** The cluster list's filter fields, for the help text and the README. */
export function clusterFilterFields(): FilterFieldInfo[] {
	return describeFields(CLUSTER_FIELDS);
}
