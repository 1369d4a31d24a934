import {displayWidth} from '../../../model/text-width.js';
import type {TaskCounts} from '../../../model/task-counts.js';
import type {Part} from '../../styled-text.js';
import type {Tone} from '../../theme.js';

interface Tally {
	label: string;
	count: number;
	tone: Tone;
	/** Shown even when zero and room is short. */
	always: boolean;
}

function joinTallies(tallies: readonly Tally[], gap: string): Part[] {
	return tallies.flatMap((tally, index) => [
		...(index === 0 ? [] : [{text: gap}]),
		{text: `${tally.label} ${tally.count}`, tone: tally.tone},
	]);
}

/**
 * The counts line: `running 28  pending 0  stopping 2  stopped 1  │  unhealthy 0  healthy 13`.
 * When that does not fit `width`, the gaps shrink to one space, then zero counts other than
 * running and healthy are left out, so the health counts stay on screen in narrow terminals.
 */
export function tallyParts(counts: TaskCounts, width: number): Part[] {
	const status: Tally[] = [
		{label: 'running', count: counts.running, tone: 'running', always: true},
		{label: 'pending', count: counts.pending, tone: 'pending', always: false},
		{label: 'stopping', count: counts.stopping, tone: 'stopping', always: false},
		{label: 'stopped', count: counts.stopped, tone: 'stopped', always: false},
	];
	const health: Tally[] = [
		{label: 'unhealthy', count: counts.unhealthy, tone: counts.unhealthy > 0 ? 'unhealthy' : 'muted', always: false},
		{label: 'healthy', count: counts.healthy, tone: 'healthy', always: true},
	];
	let parts: Part[] = [];
	for (const [gap, dropZeros] of [['  ', false], [' ', false], [' ', true]] as const) {
		const keep = (tally: Tally) => !dropZeros || tally.always || tally.count > 0;
		parts = [...joinTallies(status.filter(keep), gap), {text: `${gap}│${gap}`}, ...joinTallies(health.filter(keep), gap)];
		if (parts.reduce((sum, part) => sum + displayWidth(part.text), 0) <= width) break;
	}

	return parts;
}
