/**
 * A cluster as ecswatch lists it. Absent values are `null`. Strings are raw AWS text, as in
 * ServiceRow and TaskRow: sanitise them where they are displayed (format.ts `clean`).
 */
export interface ClusterRow {
	clusterArn: string;
	clusterName: string;
	/** ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE. */
	status: string | null;
	runningTasks: number | null;
	pendingTasks: number | null;
	activeServices: number | null;
	/** `registeredContainerInstancesCount`. */
	containerInstances: number | null;
	capacityProviders: string[];
	/**
	 * DescribeClusters `statistics` (sent only with include STATISTICS), name → value as ECS sends
	 * it, in ECS's order: e.g. `runningFargateTasksCount` → `"3"`. A Map, so that a lookup of any
	 * name is a plain miss and never an Object.prototype member.
	 */
	statistics: ReadonlyMap<string, string>;
}
