import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {ecsTargetPrefix, handleEcsRequest, type EcsContext} from './ecs-request.js';
import {handleElbRequest, isQueryRequest, type ElbContext} from './elb-request.js';
import {answerFaultRequest, faultPath} from './fault-endpoint.js';
import {handleLogsRequest, logsTargetPrefix, type LogsContext} from './logs-request.js';

/** Far above any ECS request; a larger body is refused rather than buffered. */
const maxBodyBytes = 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<string | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		const buffer = chunk as Buffer;
		size += buffer.length;
		if (size > maxBodyBytes) {
			return undefined;
		}

		chunks.push(buffer);
	}

	return Buffer.concat(chunks).toString('utf8');
}

async function serve(context: LogsContext & ElbContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
	const time = new Date().toISOString();
	const body = await readBody(request);
	if (body === undefined) {
		const target = request.headers['x-amz-target'];
		const operation = typeof target === 'string' ? (target.startsWith(ecsTargetPrefix) ? target.slice(ecsTargetPrefix.length) : target) : null;
		try {
			context.log?.write({time, operation, cluster: null, args: {}, status: 413, error: 'RequestEntityTooLargeException'});
		} catch (error) {
			context.onInternalError?.(error);
		}

		response.writeHead(413, {'content-type': 'application/x-amz-json-1.1', connection: 'close'});
		response.end(JSON.stringify({__type: 'RequestEntityTooLargeException', message: 'Request entity too large'}));
		return;
	}

	const method = request.method ?? 'GET';
	const path = (request.url ?? '/').split('?')[0] ?? '/';
	if (path === faultPath) {
		const answer = answerFaultRequest(context.faults, method, body);
		response.writeHead(answer.status, {...answer.headers, 'content-length': Buffer.byteLength(answer.body)});
		response.end(answer.body);
		return;
	}

	// One endpoint for every client: the request's protocol (its x-amz-target) says which service it calls.
	// ELB v2 speaks the Query protocol instead: no x-amz-target, a form body with an Action.
	const target = request.headers['x-amz-target'];
	const received = {method, path, headers: request.headers, body};
	const handle = isQueryRequest(received) ? handleElbRequest : typeof target === 'string' && target.startsWith(logsTargetPrefix) ? handleLogsRequest : handleEcsRequest;
	const answer = await handle(context, received);
	if (answer.kind === 'drop') {
		request.socket.destroy();
		return;
	}

	// An injected hang: the request was read and is never answered; close() ends the connection.
	if (answer.kind === 'hang') return;

	response.writeHead(answer.status, {...answer.headers, 'content-length': Buffer.byteLength(answer.body)});
	response.end(answer.body);
}

/** A node:http server speaking the ECS JSON 1.1 protocol for `context.world`, CloudWatch Logs' for `context.logs`, ELB v2's Query protocol for `context.elb`. */
export function createEcsServer(context: EcsContext | LogsContext | ElbContext): Server {
	return createServer((request, response) => {
		serve(context, request, response).catch((error: unknown) => {
			context.onInternalError?.(error);
			request.socket.destroy();
		});
	});
}
