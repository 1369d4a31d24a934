import {EcsError, type Json} from '../engine/world-api.js';
import type {LogsApi} from '../logs/logs-api.js';
import {decode, type Input, type Members} from './decode.js';
import type {EcsAnswer, EcsContext, EcsRequest} from './ecs-request.js';
import {checkRequest, errorReply, header, parseBody, reply} from './json-protocol.js';
import {summariseArgs} from './request-log.js';

/** The `x-amz-target` prefix of CloudWatch Logs (JSON 1.1, API version 2014-03-28). */
export const logsTargetPrefix = 'Logs_20140328.';

export interface LogsContext extends EcsContext {
	/** The world's CloudWatch Logs; without it every Logs call is an unknown operation. */
	logs?: LogsApi | undefined;
}

const group = {logGroupName: 'string', logGroupIdentifier: 'string'} as const satisfies Members;

/** The members of each operation's request, with their types (CloudWatch Logs service model). */
const shapes = {
	getLogEvents: {...group, logStreamName: 'string', startTime: 'integer', endTime: 'integer', nextToken: 'string', limit: 'integer', startFromHead: 'boolean', unmask: 'boolean'},
	filterLogEvents: {
		...group,
		logStreamNames: 'strings',
		logStreamNamePrefix: 'string',
		startTime: 'integer',
		endTime: 'integer',
		filterPattern: 'string',
		nextToken: 'string',
		limit: 'integer',
		startFromHead: 'boolean',
		interleaved: 'boolean',
		unmask: 'boolean',
	},
	describeLogStreams: {...group, logStreamNamePrefix: 'string', orderBy: 'string', descending: 'boolean', nextToken: 'string', limit: 'integer'},
	describeLogGroups: {logGroupNamePrefix: 'string', logGroupNamePattern: 'string', nextToken: 'string', limit: 'integer', includeLinkedAccounts: 'boolean'},
} as const satisfies {[K in keyof LogsApi]: Members};

type LogsOperation = (api: LogsApi, input: Input) => {[key: string]: Json};

/** The Logs operations the simulator answers, by their `x-amz-target` name: the read-only ones ecswatch calls. */
export const logsOperations: ReadonlyMap<string, LogsOperation> = new Map<string, LogsOperation>([
	['GetLogEvents', (api, input) => api.getLogEvents(decode(input, shapes.getLogEvents))],
	['FilterLogEvents', (api, input) => api.filterLogEvents(decode(input, shapes.filterLogEvents))],
	['DescribeLogStreams', (api, input) => api.describeLogStreams(decode(input, shapes.describeLogStreams))],
	['DescribeLogGroups', (api, input) => api.describeLogGroups(decode(input, shapes.describeLogGroups))],
]);

/**
 * Answers one CloudWatch Logs JSON 1.1 call as the service does: routing by `x-amz-target`, the
 * same errors as ECS's front for a missing signature, an unknown operation or a malformed body,
 * injected faults (and Logs' own throttling quotas), then the operation. Never throws.
 */
export async function handleLogsRequest(context: LogsContext, request: EcsRequest): Promise<EcsAnswer> {
	const time = new Date().toISOString();
	const target = header(request, 'x-amz-target') ?? '';
	const name = target.slice(logsTargetPrefix.length);
	const input = parseBody(request.body);
	const answer = await answerRequest(context, request, name, input);
	try {
		context.log?.write({
			time,
			operation: name,
			cluster: null,
			args: input ? summariseArgs(input) : {},
			status: answer.kind === 'reply' ? answer.status : null,
			error: answer.kind === 'reply' ? (answer.error ?? null) : answer.kind === 'hang' ? 'NoAnswer' : 'ConnectionDropped',
		});
	} catch (error) {
		context.onInternalError?.(error);
	}

	return answer;
}

async function answerRequest(context: LogsContext, request: EcsRequest, asked: string, body: Input | undefined): Promise<EcsAnswer> {
	const {logs} = context;
	const bound = (name: string) => {
		const operation = logsOperations.get(name);
		return operation === undefined || logs === undefined ? undefined : (input: Input) => operation(logs, input);
	};
	const checked = checkRequest(request, asked, bound, body);
	if ('refused' in checked) return checked.refused;
	const {name, operation, input} = checked;
	try {
		const fault = await context.faults.apply(name);
		if (fault.kind === 'drop' || fault.kind === 'hang') return fault;
		// CloudWatch Logs has no ServerException: its 5xx is ServiceUnavailableException.
		if (fault.kind === 'error') return errorReply(fault.status, fault.type === 'ServerException' ? 'ServiceUnavailableException' : fault.type, fault.message);
		return reply(200, operation(input));
	} catch (error) {
		if (error instanceof EcsError) return errorReply(error.httpStatus, error.name, error.message);
		context.onInternalError?.(error);
		return errorReply(500, 'ServiceUnavailableException', 'The service cannot complete the request.');
	}
}
