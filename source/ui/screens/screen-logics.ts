import type {AnyScreenLogic} from '../stack/screen-logic.js';
import {clustersLogic} from './clusters/clusters-logic.js';
import {servicesLogic} from './services/services-logic.js';
import {taskJsonLogic} from './task-json/task-json-logic.js';
import {taskLogic} from './task/task-logic.js';
import {tasksLogic} from './tasks/tasks-logic.js';
import {timelineLogic} from './timeline/timeline-logic.js';
import {deploymentDetailLogic} from './history/deployment-detail-logic.js';
import {historyLogic} from './history/history-logic.js';
import {errorLogic} from './error/error-logic.js';
import {logsLogic} from './logs/logs-logic.js';

/** Every kind of screen, bottom of the navigation first. Adding a screen is adding a folder and a line here. */
export const SCREEN_LOGICS: readonly AnyScreenLogic[] = [clustersLogic, servicesLogic, tasksLogic, taskLogic, taskJsonLogic, timelineLogic, historyLogic, deploymentDetailLogic, logsLogic, errorLogic];

const byKind = new Map(SCREEN_LOGICS.map(logic => [logic.kind, logic]));

/** The logic of a screen kind; throws for a kind nobody registered (a programming error). */
export function logicOf(kind: string): AnyScreenLogic {
	const logic = byKind.get(kind);
	if (logic === undefined) throw new Error(`No screen of kind ${kind}`);
	return logic;
}
