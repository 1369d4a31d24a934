import type {ContainerInstance, Subnet} from './network.js';
import type {CapacityProviderItem} from './service-state.js';
import type {TaskState} from './task-state.js';

/** Picks the element the live tasks use least (spread across AZs), the first one on a tie. */
export function leastUsed<T>(options: T[], live: TaskState[], usedBy: (task: TaskState) => T | undefined): T | undefined {
	const counts = new Map<T, number>(options.map(o => [o, 0]));
	for (const task of live) {
		const key = usedBy(task);
		if (key !== undefined && counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
	}

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

export const subnetOf = (task: TaskState): Subnet | undefined => task.eni?.subnet;
export const instanceOf = (task: TaskState): ContainerInstance | undefined => task.containerInstance;

/** ECS's capacity provider strategy: fill each provider's base first, then split by weight. */
export function chooseProvider(strategy: CapacityProviderItem[], live: TaskState[]): string {
	const counts = new Map<string, number>();
	for (const task of live) {
		if (task.capacityProviderName) counts.set(task.capacityProviderName, (counts.get(task.capacityProviderName) ?? 0) + 1);
	}

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
