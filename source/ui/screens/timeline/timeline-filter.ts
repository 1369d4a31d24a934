import {defineFieldTable, describeFields} from '../../../model/filter/field-table.js';
import {parseFilter, scanTerms} from '../../../model/filter/filter-grammar.js';
import {filterRows} from '../../../model/filter/filter-match.js';
import type {TimelineEntry} from '../../../model/task-diff-types.js';
import {filterErrorText} from '../../list/filter-error-text.js';

/** What the FROM column says: ECS's own service event, or a change ecswatch saw between two polls. */
export function entryOrigin(entry: TimelineEntry): string {
	return entry.source === 'ecs' ? 'ECS' : 'seen';
}

/**
 * The timeline's filter fields. Plain words search the entry's text, service and task.
 *
 * | field     | rule   | reads                                                |
 * |-----------|--------|------------------------------------------------------|
 * | `service` | prefix | the service the entry is about                       |
 * | `task`    | prefix | the short task id of a task's change                 |
 * | `from`    | prefix | `ecs` for ECS's service events, `seen` for changes ecswatch saw |
 */
export const TIMELINE_FIELDS = defineFieldTable<TimelineEntry>([
	{name: 'service', aliases: ['svc'], rule: 'prefix', plain: true, example: 'service:web', description: 'service the entry is about', read: entry => [entry.service]},
	{name: 'task', aliases: [], rule: 'prefix', plain: true, example: 'task:3f19', description: 'short task id', read: entry => [entry.taskId]},
	{name: 'from', aliases: [], rule: 'prefix', plain: false, example: 'from:ecs', description: 'ecs (service events) or seen (changes between polls)', read: entry => [entryOrigin(entry)]},
], entry => [entry.text]);

/** What is wrong with a timeline filter text, in words; null when it parses. */
export function checkTimelineFilter(text: string): string | null {
	const parsed = parseFilter(TIMELINE_FIELDS, text);
	return parsed.ok ? null : filterErrorText(parsed.error, describeFields(TIMELINE_FIELDS));
}

/** The entries a filter keeps, in order; a text with an error narrows by the terms before the error. */
export function filterTimeline(entries: readonly TimelineEntry[], text: string): readonly TimelineEntry[] {
	const {terms} = scanTerms(TIMELINE_FIELDS, text);
	return terms.length === 0 ? entries : filterRows(TIMELINE_FIELDS, {terms}, entries);
}
