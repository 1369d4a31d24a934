import {defineFieldTable, describeFields} from '../../../model/filter/field-table.js';
import {parseFilter, scanTerms} from '../../../model/filter/filter-grammar.js';
import {filterRows} from '../../../model/filter/filter-match.js';
import type {ServiceDeploymentRow} from '../../../model/service-deployment-row.js';
import {filterErrorText} from '../../list/filter-error-text.js';
import {outcomeOf, reasonText, revisionsText} from './history-lines.js';

/** The history's filter fields; plain words search the revisions, the outcome and the reason. */
export const HISTORY_FIELDS = defineFieldTable<ServiceDeploymentRow>([
	{name: 'outcome', aliases: ['status'], rule: 'prefix', plain: true, example: 'outcome:rolled', description: 'succeeded, failed, rolled back, in progress…', read: row => [outcomeOf(row)?.text ?? null]},
	{name: 'revision', aliases: ['rev'], rule: 'substring', plain: true, example: 'rev:web:42', description: 'the revisions it went from and to', read: row => [revisionsText(row)]},
], row => [reasonText(row)]);

export function checkHistoryFilter(text: string): string | null {
	const parsed = parseFilter(HISTORY_FIELDS, text);
	return parsed.ok ? null : filterErrorText(parsed.error, describeFields(HISTORY_FIELDS));
}

/** The deployments a filter keeps; a text with an error narrows by the terms before the error. */
export function filterHistory(rows: readonly ServiceDeploymentRow[], text: string): readonly ServiceDeploymentRow[] {
	const {terms} = scanTerms(HISTORY_FIELDS, text);
	return terms.length === 0 ? rows : filterRows(HISTORY_FIELDS, {terms}, rows);
}
