import type {LogGroupState, LogStore} from './log-store.js';
import {groupNotFound, invalidParameter} from './logs-errors.js';

/**
 * The group a request names by `logGroupName` or `logGroupIdentifier` (a name or an ARN, with or
 * without the trailing `:*`): one of the two, never both. ResourceNotFoundException when unknown.
 */
export function resolveGroup(store: LogStore, input: {logGroupName?: string; logGroupIdentifier?: string}): LogGroupState {
	const {logGroupName, logGroupIdentifier} = input;
	if (logGroupName !== undefined && logGroupIdentifier !== undefined) {
		throw invalidParameter('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
	}

	const reference = logGroupName ?? logGroupIdentifier;
	if (reference === undefined || reference === '') throw invalidParameter('Either logGroupName or logGroupIdentifier must be specified.');
	const name = reference.startsWith('arn:') ? (/^arn:[^:]+:logs:[^:]*:\d*:log-group:(.+?)(?::\*)?$/u.exec(reference)?.[1] ?? '') : reference;
	const group = store.group(name);
	if (!group || (reference.startsWith('arn:') && !reference.startsWith(group.arn))) throw groupNotFound();
	return group;
}
