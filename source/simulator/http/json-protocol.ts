import {randomUUID} from 'node:crypto';
import type {Json} from '../engine/world-api.js';
import type {Input} from './decode.js';
import type {EcsAnswer, EcsRequest} from './ecs-request.js';

/** The AWS JSON 1.1 protocol's pieces that ECS and CloudWatch Logs share. */
export const jsonContentType = 'application/x-amz-json-1.1';

/** A JSON 1.1 answer; `error` names the error type for the request log. */
export function reply(status: number, body: Json, error?: string): EcsAnswer & {kind: 'reply'} {
	return {
		kind: 'reply',
		status,
		headers: {'content-type': jsonContentType, 'x-amzn-requestid': randomUUID()},
		body: JSON.stringify(body),
		...(error === undefined ? {} : {error}),
	};
}

/** An error as AWS's JSON protocols write it: `{"__type", "message"}`. */
export const errorReply = (status: number, type: string, message?: string): EcsAnswer => reply(status, message === undefined ? {__type: type} : {__type: type, message}, type);

/** A request header's (first) value. */
export function header(request: EcsRequest, name: string): string | undefined {
	const value = request.headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** A request body as a JSON object (an empty body is `{}`); undefined when it is not one. */
export function parseBody(body: string): Input | undefined {
	if (body.trim() === '') return {};
	try {
		const parsed = JSON.parse(body) as unknown;
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Input) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * What AWS's JSON fronts answer before any operation runs: an unknown operation, an unsigned
 * request, a body that is not a JSON object (`refused`); else the operation and its input.
 */
export function checkRequest<Operation>(
	request: EcsRequest,
	name: string | undefined,
	find: (name: string) => Operation | undefined,
	input: Input | undefined,
): {refused: EcsAnswer} | {name: string; operation: Operation; input: Input} {
	const operation = name === undefined ? undefined : find(name);
	if (request.method !== 'POST' || request.path !== '/' || name === undefined || operation === undefined) return {refused: errorReply(400, 'UnknownOperationException')};
	if (!header(request, 'authorization')) return {refused: errorReply(400, 'MissingAuthenticationTokenException', 'Request is missing Authentication Token')};
	if (!input) return {refused: errorReply(400, 'SerializationException', 'Start of structure or map found where not expected.')};
	return {name, operation, input};
}
