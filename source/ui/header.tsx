import {Box, Text} from 'ink';
import {formatClock} from '../model/format.js';
import {firstLine, sanitize} from '../model/sanitize.js';
import type {TaskCounts} from '../model/task-counts.js';
import type {WatchSnapshot} from '../watch/snapshot.js';
import type {Theme, Tone} from './theme.js';
import type {WatchContext} from './watch-store.js';

/** Lines the header always takes, so the grid below never moves. */
export const HEADER_HEIGHT = 3;

export interface HeaderProps {
	context: WatchContext;
	snapshot: WatchSnapshot;
	counts: TaskCounts;
	/** Epoch ms, for the retry countdown. */
	now: number;
	theme: Theme;
	width: number;
}

interface Part {
	text: string;
	tone?: Tone;
}

function Parts({parts, theme}: {parts: readonly Part[]; theme: Theme}) {
	return (
		<Text wrap="truncate">
			{parts.map((part, index) => (
				// Parts are a fixed sequence per line: the index is their identity.
				<Text key={index} {...(part.tone === undefined ? {} : theme[part.tone])}>{part.text}</Text>
			))}
		</Text>
	);
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

/** Three lines: what is watched, the counts, and the poller's state (with a stale marker when polls fail). */
export function Header({context, snapshot, counts, now, theme, width}: HeaderProps) {
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
		<Box flexDirection="column" height={HEADER_HEIGHT} flexShrink={0}>
			<Parts parts={identity} theme={theme} />
			<Parts parts={tally} theme={theme} />
			<Parts parts={statusParts(snapshot, now)} theme={theme} />
		</Box>
	);
}
