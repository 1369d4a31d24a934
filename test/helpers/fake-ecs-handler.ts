import type {ECSClientConfig} from '@aws-sdk/client-ecs';

export interface RecordedRequest {
	operation: string;
	hostname: string;
	port: number | undefined;
	protocol: string;
	authorization: string;
	body: Record<string, unknown>;
}

export interface FakeResponse {
	status: number;
	body: string;
}

// The SDK hands over the JSON body as a string or as bytes, depending on the protocol code path.
function parseBody(body: unknown): Record<string, unknown> {
	const text = typeof body === 'string' ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : '{}';
	return JSON.parse(text) as Record<string, unknown>;
}

/**
 * A request handler for a real ECSClient: no network, every request recorded, answered by
 * `answer` (operation name and parsed JSON body in, status and raw JSON body out).
 */
export function createFakeEcsHandler(answer: (request: RecordedRequest) => FakeResponse) {
	const requests: RecordedRequest[] = [];
	const requestHandler = {
		async handle(request: {
			hostname: string;
			port?: number;
			protocol: string;
			headers: Record<string, string>;
			body?: unknown;
		}) {
			const target = request.headers['x-amz-target'] ?? '';
			const recorded: RecordedRequest = {
				operation: target.slice(target.indexOf('.') + 1),
				hostname: request.hostname,
				port: request.port,
				protocol: request.protocol,
				authorization: request.headers['authorization'] ?? '',
				body: parseBody(request.body),
			};
			requests.push(recorded);
			const {status, body} = answer(recorded);
			return {
				response: {
					statusCode: status,
					headers: {'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `req-${requests.length}`},
					body: new TextEncoder().encode(body),
				},
			};
		},
	};

	return {requests, requestHandler: requestHandler as unknown as NonNullable<ECSClientConfig['requestHandler']>};
}

export const TEST_CREDENTIALS = {accessKeyId: 'AKIDEXAMPLETESTONLY0', secretAccessKey: 'not-a-secret'};
