/** The fields whose change between two polls is shown (highlighted, and in the timeline). */
export type WatchedField = 'lastStatus' | 'desiredStatus' | 'healthStatus' | 'privateIpv4' | 'eniId' | 'attachmentStatus' | 'target';

/** What changed between two snapshots of the same watch, by task ARN. */
export interface TaskDiff {
	/** Tasks in the new snapshot that were not in the previous one. */
	appeared: readonly string[];
	/** Tasks in both whose watched fields changed, with those fields. */
	changed: ReadonlyMap<string, readonly WatchedField[]>;
	/** Tasks that reached the stopped group (STOPPED, DELETED) in the new snapshot. */
	stopped: readonly string[];
	/** Tasks in the previous snapshot that are gone from the new one without being seen stopped. */
	vanished: readonly string[];
}

/**
 * How a row is highlighted after a change, until the highlight fades; `missing` (DescribeTasks
 * answered MISSING for a task still listed, its last values shown) does not fade: it lasts while
 * the task stays MISSING.
 */
export type ChangeKind = 'appeared' | 'changed' | 'stopped' | 'missing';

export interface ChangeMark {
	kind: ChangeKind;
	/** For `changed`: which fields. */
	fields: readonly WatchedField[];
	/** Epoch ms of the poll that saw the change. */
	at: number;
	/**
	 * Epoch ms until which the highlight lasts at least, when longer than the fixed fade: about when
	 * the poll after the change brings its data, and a moment more (watch/task-poller.ts).
	 */
	until?: number;
}

export type TimelineTone = 'info' | 'good' | 'bad' | 'warning';

/** One line of the timeline pane: something the poller observed, or an event ECS reported. */
export interface TimelineEntry {
	/** Unique and stable: ECS's event id for service events; derived for observed transitions. */
	id: string;
	/** Epoch ms: when ECS says it happened (events) or when the poll saw it (transitions). */
	at: number;
	source: 'observed' | 'ecs';
	service: string | null;
	/** Short task id for task transitions. */
	taskId: string | null;
	/** Plain text, sanitised, e.g. `a1b2c3d4 PENDING→RUNNING`. */
	text: string;
	tone: TimelineTone;
}
