import {formatClock, shortTaskId} from '../../../model/format.js';
import {sanitize} from '../../../model/sanitize.js';
import type {LogsData} from '../../../watch/screen-data.js';
import {filterTyping} from '../../list/list-commands.js';
import type {ScreenInput, ScreenLogic} from '../../stack/screen-logic.js';
import type {Part} from '../../styled-text.js';
import {durationText} from './log-since.js';
import {LOGS_COMMANDS, searchAction} from './logs-commands.js';
import {containerRead, logsFrame, pausedLine, type LogsFrame} from './logs-frame.js';
import type {LogsParams, LogsState} from './logs-request.js';
import {logsReducer, type LogsAction} from './logs-state.js';

type Input = ScreenInput<LogsParams, LogsState, LogsData>;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** `task 3f196775 · app · STOPPED` or `service web · 4 tasks · app`, then since when. */
function whatParts({params, snapshot}: Input): Part[] {
	const {scope} = params;
	const data = snapshot.data;
	const parts: Part[] = [];
	const container = containerRead(params, data);
	if (scope.target.kind === 'task') {
		const {taskArn} = scope.target;
		parts.push({text: `task ${shortTaskId(scope.target.taskId)}`, tone: 'title'});
		const status = data?.tasks.find(task => task.taskArn === taskArn)?.lastStatus ?? null;
		if (container !== null) parts.push({text: ` · ${sanitize(container)}`});
		if (status !== null) parts.push({text: ' · '}, {text: sanitize(status), tone: status === 'STOPPED' ? 'stopped' : (status === 'RUNNING' ? 'running' : 'pending')});
	} else {
		parts.push({text: `service ${sanitize(scope.target.service)}`, tone: 'title'});
		if (data !== null) parts.push({text: ` · ${count(data.tasks.length, 'task', 'tasks')}`});
		if (container !== null) parts.push({text: ` · ${sanitize(container)}`});
	}

	const range = scope.sinceMs === 0 ? 'new lines only' : `last ${durationText(scope.sinceMs)}`;
	parts.push({text: data === null ? `  ${range}` : `  since ${formatClock(data.since)} (${range})`, tone: 'muted'});
	return parts;
}

/** `following`, or where the view is held; then how many old lines the bound let go. */
function stateParts({state, snapshot}: Input): Part[] {
	const line = pausedLine(state, snapshot.data);
	const dropped = snapshot.data?.dropped ?? 0;
	const total = dropped + (snapshot.data?.lines.length ?? 0);
	const parts: Part[] = line === null
		? [{text: 'following', tone: 'good'}]
		: [{text: `paused at line ${line.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} · G follows`, tone: 'warning'}];
	if (dropped > 0) parts.push({text: ' · '}, {text: `${count(dropped, 'older line', 'older lines')} dropped`, tone: 'warning'});
	return parts;
}

/**
 * One task's logs (its default container, or the one picked) or a service's tasks interleaved in
 * time order, followed as they come: newest at the bottom, searched with `/`, time jumps with digits.
 */
export const logsLogic: ScreenLogic<LogsParams, LogsState, LogsData, LogsFrame> = {
	kind: 'logs',
	title: 'Logs',
	crumb: ({scope}: LogsParams) => (scope.target.kind === 'service' ? `${sanitize(scope.target.service)} logs` : 'logs'),
	reduce: logsReducer as (state: LogsState, action: never) => LogsState,
	commands: LOGS_COMMANDS,
	typing: state => filterTyping(state.search, (action): LogsAction => searchAction(action), () => null),
	source: (params, sources) => sources.logs(params.scope),
	headerLines: input => [whatParts(input), stateParts(input)],
	frame: logsFrame,
	footerStatus({state}, frame) {
		const search = state.search.draft ?? state.search.filter;
		if (search.trim() === '') return count(frame.dropped + frame.lines.length, 'line', 'lines');
		if (frame.matches.length === 0) return 'no match';
		return frame.current === null ? count(frame.matches.length, 'match', 'matches') : `match ${frame.matches.length - frame.current}/${frame.matches.length}`;
	},
};
