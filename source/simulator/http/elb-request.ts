import type {ElbApi} from '../elb/elb-api.js';
import {ElbError} from '../elb/elb-error.js';
import type {XmlRecord} from '../elb/elb-wire.js';
import type {Json} from '../engine/world-api.js';
import type {EcsAnswer, EcsContext, EcsRequest} from './ecs-request.js';
import {header} from './json-protocol.js';
import {decodeQuery, formContentType, queryError, queryReply, type QueryDecoded, type QueryMembers} from './query-protocol.js';
import {summariseArgs} from './request-log.js';

export interface ElbContext extends EcsContext {
	/** The world's Elastic Load Balancing; without it every ELB call is an unknown action. */
	elb?: ElbApi | undefined;
}

const page = {Marker: 'string', PageSize: 'integer'} as const satisfies QueryMembers;

/** The members of each action's request (ELB v2 service model, 2015-12-01). */
const shapes = {
	describeLoadBalancers: {...page, LoadBalancerArns: 'strings', Names: 'strings'},
	describeTargetGroups: {...page, LoadBalancerArn: 'string', TargetGroupArns: 'strings', Names: 'strings'},
	describeTargetHealth: {TargetGroupArn: 'string', Targets: {list: {Id: 'string', Port: 'integer', AvailabilityZone: 'string'}}, Include: 'strings'},
	describeTargetGroupAttributes: {TargetGroupArn: 'string'},
} as const satisfies {[K in keyof ElbApi]: QueryMembers};

type ElbOperation = (api: ElbApi, params: URLSearchParams) => {input: {[member: string]: unknown}; answer: () => XmlRecord};

const operation = <M extends QueryMembers>(members: M, call: (api: ElbApi, input: QueryDecoded<M>) => XmlRecord): ElbOperation =>
	(api, params) => {
		const input = decodeQuery(params, members);
		return {input, answer: () => call(api, input)};
	};

/** The ELB actions the simulator answers, by their `Action` name: the read-only ones ecswatch calls. */
export const elbOperations: ReadonlyMap<string, ElbOperation> = new Map<string, ElbOperation>([
	['DescribeLoadBalancers', operation(shapes.describeLoadBalancers, (api, input) => api.describeLoadBalancers(input))],
	['DescribeTargetGroups', operation(shapes.describeTargetGroups, (api, input) => api.describeTargetGroups(input))],
	['DescribeTargetHealth', operation(shapes.describeTargetHealth, (api, input) => api.describeTargetHealth(input))],
	['DescribeTargetGroupAttributes', operation(shapes.describeTargetGroupAttributes, (api, input) => api.describeTargetGroupAttributes(input))],
]);

/** Whether a request without `x-amz-target` is a Query protocol call: a form body with an `Action`. */
export function isQueryRequest(request: EcsRequest): boolean {
	if (header(request, 'x-amz-target') !== undefined) return false;
	if (!(header(request, 'content-type') ?? '').toLowerCase().startsWith(formContentType)) return false;
	return new URLSearchParams(request.body).has('Action');
}

/**
 * Answers one ELB v2 Query call as the service does: InvalidAction for an unknown action,
 * MissingAuthenticationToken without a signature, injected faults (and ELB's throttling quota) in
 * ELB's codes, then the action, in XML. Never throws; every request goes to the request log.
 */
export async function handleElbRequest(context: ElbContext, request: EcsRequest): Promise<EcsAnswer> {
	const time = new Date().toISOString();
	const params = new URLSearchParams(request.body);
	const action = params.get('Action') ?? '';
	let args: {[member: string]: Json} = {};
	const answer = await answerRequest(context, request, action, params, input => {
		args = summariseArgs(input as {[member: string]: Json});
		if (typeof args['Marker'] === 'string') args['Marker'] = true;
	});
	try {
		context.log?.write({
			time,
			operation: action,
			cluster: null,
			args,
			status: answer.kind === 'reply' ? answer.status : null,
			error: answer.kind === 'reply' ? (answer.error ?? null) : answer.kind === 'hang' ? 'NoAnswer' : 'ConnectionDropped',
		});
	} catch (error) {
		context.onInternalError?.(error);
	}

	return answer;
}

async function answerRequest(context: ElbContext, request: EcsRequest, action: string, params: URLSearchParams, decoded: (input: {[member: string]: unknown}) => void): Promise<EcsAnswer> {
	const operation = elbOperations.get(action);
	if (request.method !== 'POST' || request.path !== '/' || operation === undefined || context.elb === undefined) {
		return queryError(400, 'InvalidAction', `Could not find operation ${action} for version 2015-12-01`);
	}

	if (!header(request, 'authorization')) {
		return queryError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
	}

	try {
		const call = operation(context.elb, params);
		decoded(call.input);
		const fault = await context.faults.apply(action);
		if (fault.kind === 'drop' || fault.kind === 'hang') return fault;
		if (fault.kind === 'error') return faultReply(fault.status, fault.type, fault.message, action);
		return queryReply(action, call.answer());
	} catch (error) {
		if (error instanceof ElbError) return queryError(error.httpStatus, error.code, error.message);
		context.onInternalError?.(error);
		return queryError(500, 'InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.');
	}
}

/** An injected fault in ELB's Query codes (the fault switch speaks ECS's). */
function faultReply(status: number, type: string, message: string, action: string): EcsAnswer {
	switch (type) {
		case 'ThrottlingException': {
			return queryError(400, 'Throttling', 'Rate exceeded');
		}

		case 'ExpiredTokenException': {
			return queryError(400, 'ExpiredToken', message);
		}

		case 'AccessDeniedException': {
			return queryError(403, 'AccessDenied', message.replaceAll(`ecs:${action}`, `elasticloadbalancing:${action}`));
		}

		case 'ServerException': {
			return queryError(500, 'InternalFailure', message);
		}

		default: {
			return queryError(status, type, message);
		}
	}
}
