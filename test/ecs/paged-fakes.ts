import type {ListClustersCommandInput, ListServicesCommandInput} from '@aws-sdk/client-ecs';

/**
 * Answers a list call the way ECS pages: `maxResults` items (10 for ListServices when absent),
 * a nextToken only while more remain. Tokens are offsets, opaque to the code under test.
 */
export function pageOf(arns: readonly string[], input: {nextToken?: string | undefined; maxResults?: number | undefined}, defaultSize: number) {
	const start = input.nextToken === undefined ? 0 : Number(input.nextToken);
	const end = start + (input.maxResults ?? defaultSize);
	return {arns: arns.slice(start, end), nextToken: end < arns.length ? String(end) : undefined};
}

/**
 * The SDK paginators send one input object, changed in place between pages, so what the mock
 * records per call is the last state of it. This keeps a copy of each input as it was sent.
 */
export function recordInputs<I extends ListServicesCommandInput | ListClustersCommandInput>() {
	const inputs: I[] = [];
	return {inputs, record: (input: I) => inputs.push({...input})};
}

export interface Deferred {
	promise: Promise<void>;
	resolve: () => void;
}

export function deferred(): Deferred {
	let resolve = () => {};
	const promise = new Promise<void>((done) => {
		resolve = done;
	});
	return {promise, resolve};
}

export const sleep = async (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
