import type {ElasticLoadBalancingV2ClientConfig} from '@aws-sdk/client-elastic-load-balancing-v2';

export interface ElbRequest {
	action: string;
	params: URLSearchParams;
	authorization: string;
}

const NS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

/** An ELBv2 Query-protocol response body: `<ActionResponse><ActionResult>…` with `result` as its inner XML. */
export const elbResult = (action: string, result: string) =>
	`<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>req</RequestId></ResponseMetadata></${action}Response>`;

export const elbError = (code: string, message: string) =>
	`<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req</RequestId></ErrorResponse>`;

/**
 * A request handler for a real ELBv2 client speaking the AWS Query protocol (form-encoded
 * requests, XML answers): no network, every request recorded, answered by `answer`.
 */
export function createFakeElbHandler(answer: (request: ElbRequest) => {status: number; body: string}) {
	const requests: ElbRequest[] = [];
	const requestHandler = {
		async handle(request: {headers: Record<string, string>; body?: unknown}) {
			const text = typeof request.body === 'string' ? request.body : request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : '';
			const params = new URLSearchParams(text);
			const recorded = {action: params.get('Action') ?? '', params, authorization: request.headers['authorization'] ?? ''};
			requests.push(recorded);
			const {status, body} = answer(recorded);
			return {response: {statusCode: status, headers: {'content-type': 'text/xml'}, body: new TextEncoder().encode(body)}};
		},
	};

	return {requests, requestHandler: requestHandler as unknown as NonNullable<ElasticLoadBalancingV2ClientConfig['requestHandler']>};
}
