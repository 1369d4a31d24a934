import {errorSummary} from '../../../output/error-sentence.js';
import {lastArnSegment} from '../../../model/arn.js';
import {firstLine, sanitize} from '../../../model/sanitize.js';
import {nextHighlightExpiry} from '../../../model/change-marks.js';
import {formatAge} from '../../../model/format.js';
import type {WatchData} from '../../../watch/snapshot.js';
import {listPosition} from '../../list/list-frame.js';
import {checkTaskFilter} from '../../list/filter-checks.js';
import {filterTyping} from '../../list/list-commands.js';
import {memoLast} from '../../memo-last.js';
import {positionText} from '../../position-text.js';
import {rolloutSummary} from '../../rollout-summary.js';
import type {ScreenLogic} from '../../stack/screen-logic.js';
import {tallyParts} from './task-tallies.js';
import {TASKS_COMMANDS} from './tasks-commands.js';
import type {Part} from '../../styled-text.js';
import {countedTasks, tasksFrame, visibleTasks, type TasksFrame} from './tasks-frame.js';
import {listAction, tasksReducer, type TasksParams, type TasksState} from './tasks-state.js';

/** Worked out once per poll: every key and every tick draws the header again. */
const summaryOf = memoLast(rolloutSummary);
/** Measured once per poll and width, not on every key press. */
const talliesOf = memoLast(tallyParts);
const NO_TASKS: readonly never[] = [];

/** The task grid: today's live grid, deployments panel, grouping and timeline, for one scope. */
export const tasksLogic: ScreenLogic<TasksParams, TasksState, WatchData, TasksFrame> = {
	kind: 'tasks',
	title: 'Tasks',
	crumb: params => (params.services === undefined || params.services.length === 0 ? 'all tasks' : params.services.map(lastArnSegment).join(', ')),
	reduce: tasksReducer as (state: TasksState, action: never) => TasksState,
	commands: TASKS_COMMANDS,
	typing: state => filterTyping(state.list, listAction, checkTaskFilter),
	source: (params, sources) => sources.tasks({cluster: params.cluster, services: params.services}),
	headerLines({snapshot, state}, width) {
		const {data} = snapshot;
		const total = data?.tasks.length ?? 0;
		const shown = visibleTasks({snapshot, state}).length;
		// While a filter or hidden stopped tasks narrow the grid, the counts line says by how much.
		const narrowed: Part[] = shown === total ? [] : [{text: ' · '}, {text: `${shown} of ${total} tasks`, tone: 'warning'}];
		const suffix = narrowed.reduce((sum, part) => sum + part.text.length, 0);
		const lines = [[...talliesOf(countedTasks(data?.tasks ?? NO_TASKS), width - suffix), ...narrowed]];
		// The rollout line appears once the data has services, so the grid moves once, not on every refresh.
		if (data !== null && data.services.length > 0) lines.push(summaryOf(data.services, data.tasks, data.rollouts, data.fetchedAt));
		return lines;
	},
	statusParts({snapshot, params}) {
		const parts: Part[] = [];
		const lanes = snapshot.data?.lanes;
		// While polls run in lanes (a rollout in a large cluster: ecs/poll-plan.ts), how fresh each part is.
		if (lanes !== undefined) parts.push({text: ' · '}, {text: `rollout tasks every ${formatAge(snapshot.intervalMs)} · all tasks every ${formatAge(lanes.fullEveryMs)}`});
		const notFound = snapshot.data?.servicesNotFound ?? [];
		if (notFound.length > 0) {
			// First: a mistyped name is the one thing here the user can fix right away.
			const names = notFound.map(key => sanitize(lastArnSegment(key))).join(', ');
			parts.push({text: ' · '}, {text: `${notFound.length === 1 ? 'service' : 'services'} ${names} not found in ${sanitize(params.cluster)}`, tone: 'warning'});
		}

		const missing = snapshot.data?.missingTasks?.size ?? 0;
		if (missing > 0) parts.push({text: ' · '}, {text: `${missing} MISSING in DescribeTasks (last values shown)`, tone: 'warning'});
		const unavailable = snapshot.data?.servicesUnavailable;
		if (unavailable !== undefined) {
			// Before the task failures: without services there is no deployment view, and this says why.
			parts.push({text: ' · '}, {text: `services: ${errorSummary(unavailable)}`, tone: 'warning'});
		}

		const failures = snapshot.data?.failures ?? [];
		const [first] = failures;
		if (first === undefined) return parts;
		const why = firstLine([first.reason, first.detail].filter(part => part !== null).join(': ') || 'no reason given');
		return [...parts, {text: ' · '}, {text: `${failures.length} not described (${why})`, tone: 'warning'}];
	},
	partialError: ({snapshot}) => snapshot.data?.servicesUnavailable ?? null,
	frame: tasksFrame,
	footerStatus({state}, frame) {
		const position = listPosition(frame.list);
		return [
			state.list.filter === '' ? null : `filter "${sanitize(state.list.filter)}"`,
			state.hideStopped ? 'stopped hidden' : null,
			`${positionText(position.index, frame.visible.length)}${frame.visible.length === frame.total ? '' : ` of ${frame.total}`}`,
		].filter(part => part !== null).join(' · ');
	},
	clockNeeds: ({snapshot, now}, frame) => ({
		tick: frame.layout.timeline > 0,
		wakeAt: snapshot.data === null ? null : nextHighlightExpiry(snapshot.data.marks, now),
	}),
};
