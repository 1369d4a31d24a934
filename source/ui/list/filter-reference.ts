import {clusterFilterFields} from '../../model/filter/cluster-filter.js';
import type {FilterFieldInfo, MatchRule} from '../../model/filter/filter-types.js';
import {serviceFilterFields} from '../../model/filter/service-filter.js';
import {taskFilterFields} from '../../model/filter/task-filter.js';
import {describeFields} from '../../model/filter/field-table.js';
import {HISTORY_FIELDS} from '../screens/history/history-filter.js';
import {TIMELINE_FIELDS} from '../screens/timeline/timeline-filter.js';

const RULES: Readonly<Record<MatchRule, string>> = {
	substring: 'contains the value',
	prefix: 'starts with the value',
	number: 'equals the number',
	az: 'one letter: the zone; else contains',
	'task-definition': 'a number: the revision; else the family or family:revision',
};

function table(fields: readonly FilterFieldInfo[]): string {
	return [
		'| field | also | reads | matches when it | example |',
		'|---|---|---|---|---|',
		...fields.map(field => `| \`${field.name}:\` | ${field.aliases.map(alias => `\`${alias}:\``).join(' ')} | ${field.description} | ${RULES[field.rule]} | \`${field.example}\` |`),
	].join('\n');
}

/** The README's tables of filter fields, generated from the filter's field tables. */
export function filterFieldsMarkdown(): string {
	return [
		'**Tasks**', '', table(taskFilterFields()), '',
		'**Services**', '', table(serviceFilterFields()), '',
		'**Clusters**', '', table(clusterFilterFields()), '',
		'**Timeline** (`t`)', '', table(describeFields(TIMELINE_FIELDS)), '',
		'**Deployment history** (`h`)', '', table(describeFields(HISTORY_FIELDS)),
	].join('\n');
}
