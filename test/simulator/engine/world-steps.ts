import type {ManualClock} from '../../../source/simulator/engine/clock.js';
import type {World, WireRecord} from '../../../source/simulator/engine/world-api.js';

export type Row = WireRecord & {[key: string]: unknown};

/** Advances the clock in `stepMs` steps until `done` holds (or fails after `maxMs`), calling `each` after every step. */
export function stepUntil(clock: ManualClock, done: () => boolean, options: {maxMs: number; stepMs?: number; each?: () => void}): void {
	const end = clock.now() + options.maxMs;
	while (!done()) {
		if (clock.now() >= end) {
			throw new Error(`condition not reached within ${options.maxMs} ms`);
		}

		clock.advance(options.stepMs ?? 1000);
		options.each?.();
	}
}

export function tasksOf(world: World, filter: Parameters<World['listTaskArns']>[1]): WireRecord[] {
	return world.listTaskArns('demo', filter).map(arn => world.describeTask('demo', arn)!);
}

export function detail(task: WireRecord, name: string): string | undefined {
	const attachment = (task['attachments'] as Array<{details: Array<{name: string; value: string}>}>)[0];
	return attachment?.details.find(d => d.name === name)?.value;
}

export const eniStatus = (task: WireRecord): string | undefined =>
	(task['attachments'] as Array<{status: string}>)[0]?.status;

export const ipToNumber = (ip: string): number => ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);

/** Whether the address is a usable host of the CIDR (not the network, the 3 AWS-reserved, or broadcast). */
export function usableIn(ip: string, cidr: string): boolean {
	const [base = '', bits = '32'] = cidr.split('/');
	const size = 2 ** (32 - Number(bits));
	const offset = ipToNumber(ip) - ipToNumber(base);
	return offset >= 4 && offset < size - 1;
}
