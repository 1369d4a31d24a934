import {firstLine, sanitize} from '../../../model/sanitize.js';
import type {PollError} from '../../../watch/snapshot.js';

const NOT_AUTHORIZED = /not authorized|AccessDenied/iu;
const ACTION = /\b(ecs:[A-Za-z]+)/u;

/**
 * Why the history could not be read, in one line. An identity without the (2024) service
 * deployment permissions is the likely case: the line names the action ECS refused.
 */
export function historyErrorText(error: PollError): string {
	if (NOT_AUTHORIZED.test(error.name) || NOT_AUTHORIZED.test(error.message)) {
		const action = ACTION.exec(error.message)?.[1] ?? 'ecs:ListServiceDeployments';
		return `Access denied: this identity may not call ${sanitize(action)}, so the deployment history cannot be read.`;
	}

	return `Could not list the service's deployments: ${sanitize(error.name)}: ${firstLine(error.message)}`;
}
