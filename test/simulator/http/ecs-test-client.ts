import {ECSClient} from '@aws-sdk/client-ecs';

/** The real SDK client pointed at a simulator, one attempt only so errors surface as they are. */
export function ecsTestClient(url: string): ECSClient {
	return new ECSClient({
		region: 'us-east-1',
		endpoint: url,
		credentials: {accessKeyId: 'test', secretAccessKey: 'test'},
		maxAttempts: 1,
	});
}

/** Posts a raw JSON 1.1 call, for what the SDK cannot send (no signature, unknown operation, bad JSON). */
export async function rawCall(url: string, target: string | undefined, body: string, signed = true) {
	const headers: Record<string, string> = {'content-type': 'application/x-amz-json-1.1'};
	if (target !== undefined) headers['x-amz-target'] = target;
	if (signed) headers['authorization'] = 'AWS4-HMAC-SHA256 Credential=test/20250106/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=00';
	const response = await fetch(url, {method: 'POST', headers, body});
	return {status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown>};
}
