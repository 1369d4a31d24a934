import type {ClusterRow} from '../model/cluster-row.js';
import {clean, MISSING} from '../model/format.js';
import {sanitize} from '../model/sanitize.js';
import {csvText} from './csv-cell.js';
import {safeJson} from './format-json.js';
import {renderTextTable, type TextColumn} from './text-table.js';

/** One cluster in `--once --output json` without a cluster. A public contract, like TaskJson. */
export interface ClusterJson {
	clusterName: string;
	clusterArn: string;
	status: string | null;
	runningTasks: number | null;
	pendingTasks: number | null;
	activeServices: number | null;
	containerInstances: number | null;
	capacityProviders: string[];
}

interface ClusterColumn extends TextColumn {
	/** The CSV header. */
	name: keyof ClusterJson;
	value: (cluster: ClusterJson) => string | number | null;
	/** The table cell where it differs from the CSV's. */
	text?: (cluster: ClusterJson) => string;
}

const COLUMNS: readonly ClusterColumn[] = [
	{title: 'CLUSTER', name: 'clusterName', align: 'left', value: (cluster) => cluster.clusterName},
	{title: 'STATUS', name: 'status', align: 'left', value: (cluster) => cluster.status},
	{title: 'RUNNING', name: 'runningTasks', align: 'right', value: (cluster) => cluster.runningTasks},
	{title: 'PENDING', name: 'pendingTasks', align: 'right', value: (cluster) => cluster.pendingTasks},
	{title: 'SERVICES', name: 'activeServices', align: 'right', value: (cluster) => cluster.activeServices},
	{title: 'INSTANCES', name: 'containerInstances', align: 'right', value: (cluster) => cluster.containerInstances},
	{title: 'CAPACITY PROVIDERS', name: 'capacityProviders', align: 'left', value: (cluster) => cluster.capacityProviders.join(' ') || null,
		text: (cluster) => cluster.capacityProviders.join(',')},
];

export function toClusterJson(row: ClusterRow): ClusterJson {
	return {
		clusterName: row.clusterName,
		clusterArn: row.clusterArn,
		status: row.status,
		runningTasks: row.runningTasks,
		pendingTasks: row.pendingTasks,
		activeServices: row.activeServices,
		containerInstances: row.containerInstances,
		capacityProviders: [...row.capacityProviders],
	};
}

/**
 * The cluster list, for `--once` without a cluster: `table` as the clusters screen's columns
 * (capacity providers comma-separated, as there), `json` an array of {@link ClusterJson}, `csv` the JSON's
 * fields (`capacityProviders` space-separated), `ids` the cluster names one a line.
 */
export function formatClusters(rows: readonly ClusterRow[], output: 'table' | 'json' | 'csv' | 'ids'): string {
	const clusters = rows.map(toClusterJson);
	switch (output) {
		case 'json': return safeJson(clusters);
		case 'csv': return csvText([COLUMNS.map((column) => column.name), ...clusters.map((cluster) => COLUMNS.map((column) => column.value(cluster)))]);
		case 'ids': return clusters.map((cluster) => `${sanitize(cluster.clusterName)}\n`).join('');
		case 'table': {
			const cells = clusters.map((cluster) => COLUMNS.map((column) => {
				const value = column.text?.(cluster) ?? column.value(cluster);
				return clean(value === null ? null : String(value)) ?? MISSING;
			}));
			return renderTextTable(COLUMNS, cells);
		}
	}
}
