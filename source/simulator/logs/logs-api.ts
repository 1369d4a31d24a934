import type {Json} from '../engine/world-api.js';
import {describeLogGroups, type DescribeLogGroupsInput} from './describe-log-groups.js';
import {describeLogStreams, type DescribeLogStreamsInput} from './describe-log-streams.js';
import {filterLogEvents, type FilterLogEventsInput} from './filter-log-events.js';
import {getLogEvents, type GetLogEventsInput} from './get-log-events.js';
import type {LogStore} from './log-store.js';

type Answer = {[key: string]: Json};

/** The read-only CloudWatch Logs operations the simulator answers, each checked as the service checks it. */
export interface LogsApi {
	getLogEvents(input: GetLogEventsInput): Answer;
	filterLogEvents(input: FilterLogEventsInput): Answer;
	describeLogStreams(input: DescribeLogStreamsInput): Answer;
	describeLogGroups(input: DescribeLogGroupsInput): Answer;
}

/** The Logs API over `store`; `now` brings the world up to the clock's time first and returns it. */
export function createLogsApi(store: LogStore, now: () => number): LogsApi {
	return {
		getLogEvents: input => getLogEvents(store, input, now()),
		filterLogEvents: input => filterLogEvents(store, input, now()),
		describeLogStreams: input => describeLogStreams(store, input, now()),
		describeLogGroups: input => {
			now();
			return describeLogGroups(store, input);
		},
	};
}
