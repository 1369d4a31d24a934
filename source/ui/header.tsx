import {Box} from 'ink';
import {useMemo} from 'react';
import {formatClock} from '../model/format.js';
import {firstLine, sanitize} from '../model/sanitize.js';
import type {TaskCounts} from '../model/task-counts.js';
import type {WatchData, WatchSnapshot} from '../watch/snapshot.js';
import {PartsText as Parts, type Part} from './parts-text.js';
import {rolloutSummary} from './rollout-summary.js';
import type {Theme} from './theme.js';
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
	// Narrow terminals get single spaces so the health counts still fit at 60 columns.
	const gap = width >= 80 ? '  ' : ' ';
	const tally: Part[] = [
		{text: `running ${counts.running}`, tone: 'running'}, {text: gap},
		{text: `pending ${counts.pending}`, tone: 'pending'}, {text: gap},
		{text: `stopping ${counts.stopping}`, tone: 'stopping'}, {text: gap},
		{text: `stopped ${counts.stopped}`, tone: 'stopped'}, {text: `${gap}│${gap}`},
		{text: `unhealthy ${counts.unhealthy}`, tone: counts.unhealthy > 0 ? 'unhealthy' : 'muted'}, {text: gap},
		{text: `healthy ${counts.healthy}`, tone: 'healthy'},
	];
	return (
		<Box flexDirection="column" height={headerHeight(data)} flexShrink={0}>
			<Parts parts={identity} theme={theme} />
			<Parts parts={tally} theme={theme} />
			<Parts parts={statusParts(snapshot, now)} theme={theme} />
			{summary.length > 0 && <Parts parts={summary} theme={theme} />}
		</Box>
	);
}
