import {clusterFilterFields, parseClusterFilter} from '../../model/filter/cluster-filter.js';
import type {FilterFieldInfo, ParsedFilter} from '../../model/filter/filter-types.js';
import {parseServiceFilter, serviceFilterFields} from '../../model/filter/service-filter.js';
import {parseTaskFilter, taskFilterFields} from '../../model/filter/task-filter.js';
import {memoLast} from '../memo-last.js';
import {filterErrorText} from './filter-error-text.js';

// Asked several times per render and key (the filter line, Enter's hint, the key route): parsed once per text.
const worded = <Row>(parse: (text: string) => ParsedFilter<Row>, fields: () => FilterFieldInfo[]) => memoLast((text: string): string | null => {
	const parsed = parse(text);
	return parsed.ok ? null : filterErrorText(parsed.error, fields());
});

/** What is wrong with a filter text of each list, in words; null when it parses. */
export const checkTaskFilter = worded(parseTaskFilter, taskFilterFields);
export const checkServiceFilter = worded(parseServiceFilter, serviceFilterFields);
export const checkClusterFilter = worded(parseClusterFilter, clusterFilterFields);
