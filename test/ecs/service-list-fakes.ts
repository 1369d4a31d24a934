import {
	DescribeServicesCommand,
	type DescribeServicesCommandInput,
	ECSClient,
	ListServicesCommand,
	type ListServicesCommandInput,
} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import type {ServiceRow} from '../../source/model/service-row.js';
import {pageOf, recordInputs, sleep} from './paged-fakes.js';

export const ecsMock = mockClient(ECSClient);
export const client = new ECSClient({region: 'us-east-1'});
export const serviceArn = (n: number) => `arn:aws:ecs:us-east-1:123456789012:service/prod/svc-${String(n).padStart(4, '0')}`;
// Names run backwards against the ARN order ECS lists in, so an unsorted result shows.
export const nameOf = (arn: string) => `name-${String(9999 - Number(arn.slice(-4))).padStart(4, '0')}`;
export const arnsOf = (count: number) => Array.from({length: count}, (_, n) => serviceArn(n));
export const names = (rows: readonly ServiceRow[]) => rows.map((row) => row.serviceName);
export const sorted = (values: readonly string[]) => [...values].sort();

/** ListServices over `arns`, paged as ECS does; returns each input as sent. */
export function listServices(arns: readonly string[], beforeAnswer?: (input: ListServicesCommandInput) => Promise<void>) {
	const calls = recordInputs<ListServicesCommandInput>();
	ecsMock.on(ListServicesCommand).callsFake(async (input: ListServicesCommandInput) => {
		calls.record(input);
		await beforeAnswer?.(input);
		const page = pageOf(arns, input, 10);
		return {serviceArns: page.arns, ...(page.nextToken === undefined ? {} : {nextToken: page.nextToken})};
	});
	return calls.inputs;
}

/** DescribeServices of whatever is asked (at most 10), MISSING for `missing`; tracks calls in flight. */
export function describeServices(options: {missing?: ReadonlySet<string>; delayMs?: number} = {}) {
	const state = {inFlight: 0, maxInFlight: 0};
	ecsMock.on(DescribeServicesCommand).callsFake(async (input: DescribeServicesCommandInput) => {
		const asked = input.services ?? [];
		if (asked.length > 10) throw new Error('InvalidParameterException: services can have at most 10 items.');
		state.inFlight++;
		state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
		await sleep(options.delayMs ?? 0);
		state.inFlight--;
		const missing = options.missing ?? new Set();
		return {
			services: asked.filter((arn) => !missing.has(arn)).map((arn) => ({serviceArn: arn, serviceName: nameOf(arn), status: 'ACTIVE'})),
			failures: asked.filter((arn) => missing.has(arn)).map((arn) => ({arn, reason: 'MISSING'})),
		};
	});
	return state;
}

export const describeCalls = () => ecsMock.commandCalls(DescribeServicesCommand).map((call) => call.args[0].input.services ?? []);

