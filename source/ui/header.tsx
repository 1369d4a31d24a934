import {Box} from 'ink';
import {useMemo} from 'react';
import {displayWidth, formatClock} from '../model/format.js';
import {firstLine, sanitize} from '../model/sanitize.js';
import type {TaskCounts} from '../model/task-counts.js';
import type {WatchData, WatchSnapshot} from '../watch/snapshot.js';
import {PartsText as Parts, type Part} from './parts-text.js';
import {rolloutSummary} from './rollout-summary.js';
import type {Theme, Tone} from './theme.js';
import type {WatchContext} from './watch-store.js';

/** Lines the header takes without services to report on. */
export const HEADER_HEIGHT = 3;

/**
 * Lines the header takes: one more, for the rollout sentence, once the data has services (so the
 * grid moves once, when the first poll with services arrives, not on every refresh).
 */
export function headerHeight(data: WatchData | null): number {
	return HEADER_HEIGHT + (data !== null && data.services.length > 0 ? 1 : 0);
}

export interface HeaderProps {
	context: WatchContext;
	snapshot: WatchSnapshot;
	counts: TaskCounts;
	/** Epoch ms, for the retry countdown. */
	now: number;
	theme: Theme;
	width: number;
}

function formatInterval(ms: number): string {
	const seconds = Math.round(ms / 1000);
	return seconds < 120 ? `${seconds}s` : `${Math.round(seconds / 60)}m`;
}

/** What the poller is doing, in words. */
export function pollerText(snapshot: WatchSnapshot, now: number): string {
	switch (snapshot.state) {
		case 'starting': return 'starting…';
		case 'refreshing': return 'refreshing…';
		case 'idle': return `live · every ${formatInterval(snapshot.intervalMs)}${snapshot.budgetLimited ? ' (API budget)' : ''}`;
		case 'paused': return 'paused (p resumes)';
		case 'retrying': {
			if (snapshot.nextPollAt === null) return 'retrying…';
			const seconds = Math.max(0, Math.ceil((snapshot.nextPollAt - now) / 1000));
			return `retrying in ${seconds}s`;
		}
	}

	return snapshot.state;
}

function statusParts(snapshot: WatchSnapshot, now: number): Part[] {
	const parts: Part[] = [];
	if (snapshot.staleSince !== null) {
		parts.push({text: `stale since ${formatClock(snapshot.staleSince)}`, tone: 'error'}, {text: ' · '});
	}

	parts.push(
		{text: snapshot.data === null ? 'no data yet' : `updated ${formatClock(snapshot.data.fetchedAt)}`},
		{text: ' · '},
		{text: pollerText(snapshot, now), tone: snapshot.state === 'paused' ? 'warning' : (snapshot.state === 'retrying' ? 'error' : 'muted')},
	);
	if (snapshot.error !== null) {
		parts.push({text: ' · '}, {text: `${sanitize(snapshot.error.name)}: ${firstLine(snapshot.error.message)}`, tone: 'error'});
	}

	const failures = snapshot.data?.failures ?? [];
	const [first] = failures;
	if (first !== undefined) {
		const why = firstLine([first.reason, first.detail].filter(part => part !== null).join(': ') || 'no reason given');
		parts.push({text: ' · '}, {text: `${failures.length} not described (${why})`, tone: 'warning'});
	}

	return parts;
}

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

/**
 * Three lines: what is watched, the counts, and the poller's state (with a stale marker when polls
 * fail); a fourth saying what the services are doing (`web: deploying web:42 → 3/6 healthy…`).
 */
export function Header({context, snapshot, counts, now, theme, width}: HeaderProps) {
	const {data} = snapshot;
	const summary = useMemo(() => (data === null ? [] : rolloutSummary(data.services, data.tasks)), [data]);
	const identity: Part[] = [
		{text: 'ecswatch', tone: 'title'},
		{text: '  cluster '}, {text: sanitize(context.cluster), tone: 'title'},
		{text: '  '}, {text: sanitize(context.target)},
		{text: '  watching '}, {text: sanitize(context.watching)},
	];
	return (
		<Box flexDirection="column" height={headerHeight(data)} flexShrink={0}>
			<Parts parts={identity} theme={theme} />
			<Parts parts={tallyParts(counts, width)} theme={theme} />
			<Parts parts={statusParts(snapshot, now)} theme={theme} />
			{summary.length > 0 && <Parts parts={summary} theme={theme} />}
		</Box>
	);
}
