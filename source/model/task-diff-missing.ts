import {clean, formatAge, shortTaskId} from './format.js';
import {statusGroup} from './status-group.js';
import type {TimelineEntry, TimelineTone} from './task-diff-types.js';
import type {TaskRow} from './task-row.js';
import {transitionId} from './timeline.js';

/** A task ListTasks still lists but DescribeTasks answers MISSING for, shown with its last values. */
export interface MissingTask {
	/** Epoch ms of the first poll that got MISSING for it (since then in a row). */
	since: number;
}

/**
 * How long a task may stay MISSING before its kept row is dropped: 10 minutes of the data's clock
 * (the polls' `fetchedAt`). MISSING for a listed task is ECS's list and describe disagreeing for a
 * moment, or a stopped task expiring between the two calls (ListTasks then stops listing it on
 * the next poll); ten minutes of that is no moment, and a row that old would claim more than is
 * known. Memory stays bounded either way: a row is kept only while ListTasks still lists it.
 */
export const MISSING_KEEP_MS = 10 * 60_000;

export interface MissingPoll {
	tasks: readonly TaskRow[];
	/** The tasks kept MISSING by this fold, by ARN; absent means none. */
	missing?: ReadonlyMap<string, MissingTask> | undefined;
}

export interface MissingFold {
	/** The described tasks, then the kept rows of the MISSING ones (`next.tasks` itself when none). */
	tasks: readonly TaskRow[];
	missing: ReadonlyMap<string, MissingTask>;
	/** What happened in ECS's terms: answered MISSING, described again, dropped. */
	entries: TimelineEntry[];
	/** Ids of the `vanished` entries a poll's diff gives the dropped rows: `entries` says it instead. */
	replaced: ReadonlySet<string>;
}

const NONE: ReadonlyMap<string, MissingTask> = new Map();

/**
 * Folds one poll's MISSING answers (`next.missing`: listed, not described) into the rows shown. A
 * task seen before keeps its last row while it stays MISSING, up to `keepMs`, then is dropped; one
 * never seen is not shown (nothing is known of it); one described again is an ordinary row. The
 * first poll (`previous` null) keeps nothing.
 */
export function foldMissingTasks(
	previous: MissingPoll | null,
	next: {tasks: readonly TaskRow[]; missing?: readonly string[] | undefined},
	at: number,
	keepMs = MISSING_KEEP_MS,
): MissingFold {
	const before = new Map((previous?.tasks ?? []).map(row => [row.taskArn, row]));
	const wasMissing = previous?.missing ?? NONE;
	const entries: TimelineEntry[] = [];
	const replaced = new Set<string>();
	const add = (row: TaskRow, kind: string, text: string, tone: TimelineTone) => {
		const taskId = shortTaskId(row.taskId);
		entries.push({id: transitionId(row.taskArn, kind, at), at, source: 'observed', service: clean(row.service), taskId, text: `${taskId} ${text}`, tone});
	};

	const kept: TaskRow[] = [];
	const missing = new Map<string, MissingTask>();
	for (const arn of new Set(next.missing ?? [])) {
		const row = before.get(arn);
		if (row === undefined) continue;
		const last = clean(row.lastStatus) ?? '-';
		const since = wasMissing.get(arn)?.since;
		if (since === undefined) {
			add(row, 'missing', `DescribeTasks answered MISSING; last seen ${last}`, statusGroup(row) === 'stopped' ? 'info' : 'warning');
			missing.set(arn, {since: at});
			kept.push(row);
		} else if (at - since >= keepMs) {
			add(row, 'missing-dropped', `dropped: DescribeTasks answered MISSING for ${formatAge(at - since)}; last seen ${last}`, 'warning');
			replaced.add(transitionId(arn, 'vanished', at));
		} else {
			missing.set(arn, {since});
			kept.push(row);
		}
	}

	for (const row of next.tasks) {
		const since = wasMissing.get(row.taskArn)?.since;
		if (since !== undefined) add(row, 'described', `described again after MISSING for ${formatAge(at - since)}`, 'info');
	}

	return {
		tasks: kept.length === 0 ? next.tasks : [...next.tasks, ...kept],
		missing: missing.size === 0 && wasMissing.size === 0 ? wasMissing : missing,
		entries,
		replaced,
	};
}
