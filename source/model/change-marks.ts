import type {ChangeMark, TaskDiff} from './task-diff-types.js';

/** How long a changed row stays highlighted at least, in milliseconds (longer when its `until` says so). */
export const HIGHLIGHT_MS = 6000;

/** When a mark's highlight fades: `highlightMs` after the change, or its `until` when later. */
const fadesAt = (mark: ChangeMark, highlightMs: number): number => Math.max(mark.at + highlightMs, mark.until ?? 0);

/**
 * The highlight marks after a poll at `at`: marks of vanished tasks and marks at least `keepMs` old
 * (and past their `until`) are dropped; appeared, changed and stopped tasks get a fresh mark. `stopped` wins over `changed`,
 * both within this diff and over a still-kept earlier stopped mark. The input map is not modified.
 */
export function updateChangeMarks(
	marks: ReadonlyMap<string, ChangeMark>,
	diff: TaskDiff,
	at: number,
	keepMs: number,
): Map<string, ChangeMark> {
	const out = new Map<string, ChangeMark>();
	for (const [arn, mark] of marks) {
		if (at < fadesAt(mark, keepMs)) {
			out.set(arn, mark);
		}
	}

	for (const arn of diff.vanished) {
		out.delete(arn);
	}

	for (const arn of diff.appeared) {
		out.set(arn, {kind: 'appeared', fields: [], at});
	}

	for (const [arn, fields] of diff.changed) {
		const kept = out.get(arn);
		out.set(arn, {kind: kept?.kind === 'stopped' ? 'stopped' : 'changed', fields, at});
	}

	for (const arn of diff.stopped) {
		out.set(arn, {kind: 'stopped', fields: diff.changed.get(arn) ?? [], at});
	}

	return out;
}

/**
 * `marks` with a `missing` mark on each task of `missing` (at the time it went MISSING) and none
 * left on a task that is no longer MISSING; a fresher mark of this poll's diff on a task described
 * again stays. Returns `marks` itself when nothing changes.
 */
export function withMissingMarks(marks: ReadonlyMap<string, ChangeMark>, missing: ReadonlyMap<string, {since: number}>): ReadonlyMap<string, ChangeMark> {
	const stale = [...marks].filter(([arn, mark]) => mark.kind === 'missing' && !missing.has(arn));
	const fresh = [...missing].filter(([arn, {since}]) => marks.get(arn)?.kind !== 'missing' || marks.get(arn)?.at !== since);
	if (stale.length === 0 && fresh.length === 0) return marks;
	const out = new Map(marks);
	for (const [arn] of stale) out.delete(arn);
	for (const [arn, {since}] of fresh) out.set(arn, {kind: 'missing', fields: [], at: since});
	return out;
}

/**
 * `marks` with the marks of the poll at `at` (the changes it saw) held until `until` at least, so
 * that they last until the next poll's data is there to look at; `marks` itself when `until` adds
 * nothing or no mark is of that poll.
 */
export function holdChangeMarks(marks: ReadonlyMap<string, ChangeMark>, at: number, until: number): ReadonlyMap<string, ChangeMark> {
	const fresh = [...marks].filter(([, mark]) => mark.at === at && mark.kind !== 'missing' && (mark.until ?? 0) < until);
	if (fresh.length === 0 || until <= at + HIGHLIGHT_MS) return marks;
	const out = new Map(marks);
	for (const [arn, mark] of fresh) out.set(arn, {...mark, until});
	return out;
}

/** Whether a row with this mark is still highlighted at `now`; a `missing` mark always is. */
export function isHighlighted(mark: ChangeMark | undefined, now: number, highlightMs: number): boolean {
	return mark !== undefined && (mark.kind === 'missing' || now < fadesAt(mark, highlightMs));
}

/** When the next of the still-highlighted marks fades at `now`; null when none is highlighted. */
export function nextHighlightExpiry(marks: ReadonlyMap<string, ChangeMark>, now: number, highlightMs = HIGHLIGHT_MS): number | null {
	let next: number | null = null;
	for (const mark of marks.values()) {
		// A `missing` mark goes when a poll says so, not with time.
		if (mark.kind === 'missing') continue;
		const end = fadesAt(mark, highlightMs);
		if (end > now && (next === null || end < next)) next = end;
	}

	return next;
}
