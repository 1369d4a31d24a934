import {clusterFilterFields} from '../../model/filter/cluster-filter.js';
import type {FilterFieldInfo, MatchRule} from '../../model/filter/filter-types.js';
import {serviceFilterFields} from '../../model/filter/service-filter.js';
import {taskFilterFields} from '../../model/filter/task-filter.js';

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
		'**Clusters**', '', table(clusterFilterFields()),
	].join('\n');
}
