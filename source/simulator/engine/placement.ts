import type {ContainerInstance, Subnet} from './network.js';
import type {CapacityProviderItem} from './service-state.js';
import type {TaskState} from './task-state.js';

/** How many of `tasks` use each key. */
export function countBy<T>(tasks: Iterable<TaskState>, usedBy: (task: TaskState) => T | undefined): Map<T, number> {
	const counts = new Map<T, number>();
	for (const task of tasks) {
		const key = usedBy(task);
		if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
	}

	return counts;
}

/** The option with the smallest count (spread across AZs), the first one on a tie. */
export function leastOf<T>(options: readonly T[], counts: ReadonlyMap<T, number>): T | undefined {
	let best: T | undefined;
	let bestCount = Infinity;
	for (const option of options) {
		const count = counts.get(option) ?? 0;
		if (count < bestCount) {
			best = option;
			bestCount = count;
		}
	}

	return best;
}

/** Picks the element the live tasks use least (spread across AZs), the first one on a tie. */
export const leastUsed = <T>(options: T[], live: TaskState[], usedBy: (task: TaskState) => T | undefined): T | undefined =>
	leastOf(options, countBy(live, usedBy));

export const subnetOf = (task: TaskState): Subnet | undefined => task.eni?.subnet;
export const instanceOf = (task: TaskState): ContainerInstance | undefined => task.containerInstance;

export const providerOf = (task: TaskState): string | undefined => task.capacityProviderName;

/**
 * ECS's capacity provider strategy, given how many live tasks each provider already has: fill each
 * provider's base first, then split by weight.
 */
export function chooseProviderBy(strategy: CapacityProviderItem[], counts: ReadonlyMap<string, number>): string {
	for (const item of strategy) {
		if ((counts.get(item.capacityProvider) ?? 0) < item.base) return item.capacityProvider;
	}

	let best = strategy[0]?.capacityProvider ?? 'FARGATE';
	let bestRatio = Infinity;
	let bestWeight = 0;
	for (const item of strategy) {
		if (item.weight <= 0) continue;
		const beyondBase = Math.max(0, (counts.get(item.capacityProvider) ?? 0) - item.base);
		const ratio = (beyondBase + 1) / item.weight;
		// On a tie the heavier provider wins, so 1:3 puts the odd task on the 3.
		if (ratio < bestRatio || (ratio === bestRatio && item.weight > bestWeight)) {
			best = item.capacityProvider;
			bestRatio = ratio;
			bestWeight = item.weight;
		}
	}

	return best;
}

/** Where a set of live tasks runs, kept up to date as tasks are added: placement without rescanning. */
export class PlacementTally {
	readonly subnets: Map<Subnet, number>;
	readonly instances: Map<ContainerInstance, number>;
	readonly providers: Map<string, number>;

	constructor(live: readonly TaskState[]) {
		this.subnets = countBy(live, subnetOf);
		this.instances = countBy(live, instanceOf);
		this.providers = countBy(live, providerOf);
	}

	add(task: TaskState): void {
		const bump = <T>(counts: Map<T, number>, key: T | undefined) => {
			if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
		};
		bump(this.subnets, subnetOf(task));
		bump(this.instances, instanceOf(task));
		bump(this.providers, providerOf(task));
	}
}
