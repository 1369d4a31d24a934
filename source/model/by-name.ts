import type {ClusterRow} from './cluster-row.js';
import type {ServiceRow} from './service-row.js';

// By code unit, not locale, so the order is the same on every machine (as sort-tasks.ts does).
const compareStrings = (a: string, b: string): number => (a < b ? -1 : (a > b ? 1 : 0));

/** Clusters by name, then ARN. */
export function compareClusterRows(a: ClusterRow, b: ClusterRow): number {
	return compareStrings(a.clusterName, b.clusterName) || compareStrings(a.clusterArn, b.clusterArn);
}

/** Services by name, then ARN. */
export function compareServiceRows(a: ServiceRow, b: ServiceRow): number {
	return compareStrings(a.serviceName, b.serviceName) || compareStrings(a.serviceArn, b.serviceArn);
}
