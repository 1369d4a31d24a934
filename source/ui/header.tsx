import {Box} from 'ink';
import {formatClock} from '../model/format.js';
import {sanitize} from '../model/sanitize.js';
import type {PolledData, PollError, SourceSnapshot} from '../watch/snapshot.js';
import {PartsText as Parts} from './parts-text.js';
import type {Part} from './styled-text.js';
import type {Theme} from './theme.js';

export interface HeaderProps {
	/** The screens on the stack, bottom first: `clusters › demo › web`. */
	crumbs: readonly string[];
	/** Region or endpoint: where the data comes from. */
	target: string;
	/** The top screen's own lines (counts, a rollout sentence). */
	lines: readonly Part[][];
	snapshot: SourceSnapshot<PolledData>;
	/** The last error in one line that says what to do (output/error-sentence.ts). */
	describeError: (error: PollError) => string;
	/** Warnings the screen adds to the poller's line. */
	extra: readonly Part[];
	/** Epoch ms, for the retry countdown. */
	now: number;
	theme: Theme;
}

/** The interval actually used: `1.3s` when the API budget stretched 1 s to 1.25 s, `25s`, `3m`. */
function formatInterval(ms: number): string {
	if (ms < 10_000) return `${(ms / 1000).toFixed(1).replace(/\.0$/u, '')}s`;
	const seconds = Math.round(ms / 1000);
	return seconds < 120 ? `${seconds}s` : `${Math.round(seconds / 60)}m`;
}

/** A poll in flight this long is reported as not answering, long before the SDK's timeouts give up. */
export const NOT_ANSWERING_MS = 10_000;

/** What the poller is doing, in words; a poll that has waited {@link NOT_ANSWERING_MS} says so. */
export function pollerText(snapshot: SourceSnapshot<unknown>, now: number): string {
	const started = snapshot.pollStartedAt ?? null;
	const text = stateText(snapshot, now);
	if (started === null || now - started < NOT_ANSWERING_MS || snapshot.state === 'paused') return text;
	return `${text} · no answer for ${formatInterval(Math.floor((now - started) / 1000) * 1000)}`;
}

function stateText(snapshot: SourceSnapshot<unknown>, now: number): string {
	switch (snapshot.state) {
		case 'starting': return snapshot.partial ? 'loading…' : 'starting…';
		case 'refreshing': return 'refreshing…';
		case 'idle': return `live · every ${formatInterval(snapshot.intervalMs)}${snapshot.budgetLimited ? ' (API budget)' : ''}`;
		case 'paused': return 'paused (p resumes)';
		case 'failed': {
			const seconds = snapshot.nextPollAt === null ? null : Math.max(0, Math.ceil((snapshot.nextPollAt - now) / 1000));
			return `failed · r retries${seconds === null ? '' : ` (again in ${formatInterval(seconds * 1000)})`}`;
		}

		case 'retrying': {
			if (snapshot.nextPollAt === null) return 'retrying…';
			const seconds = Math.max(0, Math.ceil((snapshot.nextPollAt - now) / 1000));
			return `retrying in ${seconds}s`;
		}
	}
}

/**
 * The poller's line: the stale marker, then the last error in words that say what to do (it comes
 * before the rest, which an 80-column terminal may cut), or the time of the last update; then what
 * the poller is doing.
 */
export function statusParts(snapshot: SourceSnapshot<PolledData>, now: number, describeError: (error: PollError) => string): Part[] {
	const parts: Part[] = [];
	if (snapshot.staleSince !== null) {
		parts.push({text: `stale since ${formatClock(snapshot.staleSince)}`, tone: 'error'}, {text: ' · '});
	}

	if (snapshot.error === null) {
		parts.push({text: snapshot.data === null || snapshot.partial ? 'no data yet' : `updated ${formatClock(snapshot.data.fetchedAt)}`});
	} else {
		parts.push({text: describeError(snapshot.error), tone: 'error'});
	}

	parts.push(
		{text: ' · '},
		{text: pollerText(snapshot, now), tone: snapshot.state === 'paused' ? 'warning' : (snapshot.state === 'retrying' || snapshot.state === 'failed' ? 'error' : 'muted')},
	);
	return parts;
}

/** The breadcrumb line: `ecswatch  clusters › demo › web  us-east-1`. */
export function crumbParts(crumbs: readonly string[], target: string): Part[] {
	const parts: Part[] = [{text: 'ecswatch', tone: 'title'}, {text: '  '}];
	for (const [index, crumb] of crumbs.entries()) {
		if (index > 0) parts.push({text: ' › ', tone: 'muted'});
		parts.push({text: sanitize(crumb), ...(index === crumbs.length - 1 ? {tone: 'title' as const} : {})});
	}

	parts.push({text: '  '}, {text: sanitize(target), tone: 'muted'});
	return parts;
}

/** The breadcrumb, the screen's own lines, and the poller's line. */
export function Header({crumbs, target, lines, snapshot, describeError, extra, now, theme}: HeaderProps) {
	return (
		<Box flexDirection="column" flexShrink={0}>
			<Parts parts={crumbParts(crumbs, target)} theme={theme} />
			{/* A screen's header lines are a fixed sequence: the index is their identity. */}
			{lines.map((parts, index) => <Parts key={index} parts={parts} theme={theme} />)}
			<Parts parts={[...statusParts(snapshot, now, describeError), ...extra]} theme={theme} />
		</Box>
	);
}
