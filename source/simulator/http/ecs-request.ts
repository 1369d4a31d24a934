import {EcsError, type World} from '../engine/world-api.js';
import type {FaultController} from '../faults/fault-controller.js';
import {withMissingTasks} from '../faults/missing-tasks.js';
import type {Input} from './decode.js';
import {operations} from './operations.js';
import {clusterOf, summariseArgs, type RequestLog} from './request-log.js';
import {checkRequest, errorReply, header, parseBody, reply} from './json-protocol.js';
import {toWire} from './wire-json.js';

export const ecsTargetPrefix = 'AmazonEC2ContainerServiceV20141113.';

/** What the HTTP server receives. */
export interface EcsRequest {
	method: string;
	path: string;
	headers: Readonly<Record<string, string | string[] | undefined>>;
	body: string;
}

export interface EcsContext {
	world: World;
	faults: FaultController;
	/** Told about bugs answered as 500 ServerException (nothing is printed: a TUI may own the terminal). */
	onInternalError?: ((error: unknown) => void) | undefined;
	/** Gets one record per request received. */
	log?: RequestLog | undefined;
}

/** What to do with the connection: answer, destroy it without a word (an injected drop), or never answer (an injected hang). */
export type EcsAnswer =
	| {kind: 'reply'; status: number; headers: Record<string, string>; body: string; error?: string}
	| {kind: 'drop'}
	| {kind: 'hang'};

/**
 * Answers one ECS JSON 1.1 call the way the real service does: routing by `x-amz-target`,
 * AWS's errors for a missing signature, an unknown operation or a malformed body, injected
 * faults, then the operation itself. Never throws: an internal bug is a 500 ServerException.
 * Every request, answered or dropped, is told to `context.log`.
 */
export async function handleEcsRequest(context: EcsContext, request: EcsRequest): Promise<EcsAnswer> {
	const time = new Date().toISOString();
	const target = header(request, 'x-amz-target');
	const name = target?.startsWith(ecsTargetPrefix) ? target.slice(ecsTargetPrefix.length) : undefined;
	const input = parseBody(request.body);
	const answer = await answerRequest(context, request, name, input);
	if (context.log) {
		try {
			context.log.write({
				time,
				operation: name ?? target ?? null,
				cluster: input ? clusterOf(input) : null,
				args: input ? summariseArgs(input) : {},
				status: answer.kind === 'reply' ? answer.status : null,
				error: answer.kind === 'reply' ? (answer.error ?? null) : answer.kind === 'hang' ? 'NoAnswer' : 'ConnectionDropped',
			});
		} catch (error) {
			context.onInternalError?.(error);
		}
	}

	return answer;
}

async function answerRequest(context: EcsContext, request: EcsRequest, asked: string | undefined, body: Input | undefined): Promise<EcsAnswer> {
	const checked = checkRequest(request, asked, (name) => operations.get(name), body);
	if ('refused' in checked) return checked.refused;
	const {name, operation, input} = checked;
	try {
		const fault = await context.faults.apply(name);
		if (fault.kind === 'drop' || fault.kind === 'hang') {
			return fault;
		}

		if (fault.kind === 'error') {
			return errorReply(fault.status, fault.type, fault.message);
		}

		const result = operation(context.world.ecs, input);
		const answer = name === 'DescribeTasks' ? withMissingTasks(result, () => context.faults.taskMissing()) : result;
		return reply(200, toWire(answer));
	} catch (error) {
		if (error instanceof EcsError) {
			return errorReply(error.httpStatus, error.name, error.message);
		}

		context.onInternalError?.(error);
		return errorReply(500, 'ServerException', 'Service encountered an internal error.');
	}
}
