import {describe, expect, it} from 'vitest';
import {faultChoices, faultsAsArgs, faultsAsJson, parseFaultArgs, parseFaultJson} from '../../../source/simulator/faults/fault-spec.js';

const ok = (args: string[]) => {
	const parsed = parseFaultArgs(args);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.value;
};

const refusal = (args: string[]) => {
	const parsed = parseFaultArgs(args);
	if (parsed.ok) throw new Error(`accepted ${args.join(' ')}`);
	return parsed.message;
};

describe('parseFaultArgs (--fault NAME[=VALUE])', () => {
	it('reads every fault onto the controller options', () => {
		expect(ok(['throttle'])).toEqual({throttling: true});
		expect(ok(['throttle-storm=0.25'])).toEqual({throttleRate: 0.25});
		expect(ok(['error500=0.5'])).toEqual({errorRate: 0.5});
		expect(ok(['latency=300ms'])).toEqual({latencyMs: 300});
		expect(ok(['latency=3s'])).toEqual({latencyMs: 3000});
		expect(ok(['latency=1.5s'])).toEqual({latencyMs: 1500});
		expect(ok(['latency=2m'])).toEqual({latencyMs: 120_000});
		expect(ok(['reset=1'])).toEqual({dropRate: 1});
		expect(ok(['hang=.1'])).toEqual({hangRate: 0.1});
		expect(ok(['expired-token'])).toEqual({expiredCredentials: true});
		expect(ok(['access-denied=DescribeServices'])).toEqual({accessDenied: ['DescribeServices']});
		expect(ok(['missing=0'])).toEqual({missingRate: 0});
	});

	it('combines repeated flags: a later value wins, denied operations add up', () => {
		expect(ok(['error500=0.1', 'latency=1s', 'error500=0.3'])).toEqual({errorRate: 0.3, latencyMs: 1000});
		expect(ok(['access-denied=DescribeServices,ListTasks', 'access-denied=ListTasks,describetasks', 'access-denied=ecs:ListServices'])).toEqual({
			accessDenied: ['DescribeServices', 'ListTasks', 'DescribeTasks', 'ListServices'],
		});
		expect(ok([])).toEqual({});
	});

	it('names the unknown fault and lists the faults there are', () => {
		const message = refusal(['error501=0.5']);
		expect(message).toContain('"error501"');
		expect(message).toContain(faultChoices);
		expect(faultChoices).toBe(
			'throttle, throttle-storm=RATE, error500=RATE, latency=DURATION, reset=RATE, hang=RATE, expired-token, access-denied=OP[,OP…], missing=RATE',
		);
	});

	it.each([
		['error500', 'error500 needs a rate from 0 to 1'],
		['error500=', 'error500 needs a rate from 0 to 1'],
		['error500=2', 'not "2"'],
		['reset=-0.1', 'reset needs a rate from 0 to 1'],
		['hang=half', 'not "half"'],
		['missing=50%', 'not "50%"'],
		['throttle-storm=1e-3', 'throttle-storm needs a rate'],
		['latency', 'latency needs a duration'],
		['latency=300', 'such as latency=300ms, not "300"'],
		['latency=3h', 'not "3h"'],
		['latency=11m', 'up to 10m'],
		['throttle=1', 'throttle takes no value'],
		['expired-token=yes', 'expired-token takes no value'],
		['access-denied', 'access-denied needs one or more ECS operations'],
		['access-denied=,', 'access-denied needs one or more ECS operations'],
		['access-denied=DescribeService', 'unknown operation "DescribeService"; the simulator answers ListClusters, DescribeClusters'],
	])('refuses %s', (arg, expected) => {
		expect(refusal([arg])).toContain(expected);
	});
});

describe('parseFaultJson (the /_ecswatch/faults body)', () => {
	it('reads the same names with JSON values', () => {
		expect(
			parseFaultJson({
				throttle: true,
				'throttle-storm': 0.1,
				error500: 0.5,
				latency: '300ms',
				reset: '0.2',
				hang: 1,
				'expired-token': false,
				'access-denied': ['DescribeServices'],
				missing: 0.3,
			}),
		).toEqual({
			ok: true,
			value: {
				throttling: true,
				throttleRate: 0.1,
				errorRate: 0.5,
				latencyMs: 300,
				dropRate: 0.2,
				hangRate: 1,
				expiredCredentials: false,
				accessDenied: ['DescribeServices'],
				missingRate: 0.3,
			},
		});
		expect(parseFaultJson({latency: 250, 'access-denied': 'ListTasks,DescribeTasks'})).toEqual({ok: true, value: {latencyMs: 250, accessDenied: ['ListTasks', 'DescribeTasks']}});
		expect(parseFaultJson({})).toEqual({ok: true, value: {}});
	});

	it.each([
		[[], 'faults are a JSON object'],
		['error500', 'faults are a JSON object'],
		[null, 'faults are a JSON object'],
		[{nope: 1}, 'unknown fault "nope"'],
		[{error500: 1.5}, 'error500 needs a rate from 0 to 1'],
		[{error500: true}, 'error500 needs a rate'],
		[{throttle: 'yes'}, 'throttle is true or false'],
		[{latency: '5 parsecs'}, 'latency needs a duration'],
		[{'access-denied': [1]}, 'access-denied needs one or more ECS operations'],
		[{'access-denied': ['Nope']}, 'unknown operation "Nope"'],
	])('refuses %j', (body, expected) => {
		const parsed = parseFaultJson(body);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.message).toContain(expected);
	});
});

describe('faultsAsJson / faultsAsArgs', () => {
	const options = ok(['latency=1.5s', 'throttle', 'access-denied=ListTasks', 'error500=0.5', 'missing=0']);

	it('shows the faults that are on, by name, in the table order', () => {
		expect(faultsAsJson(options)).toEqual({throttle: true, error500: 0.5, latency: '1500ms', 'access-denied': ['ListTasks']});
		expect(faultsAsArgs(options)).toEqual(['throttle', 'error500=0.5', 'latency=1500ms', 'access-denied=ListTasks']);
		expect(faultsAsArgs({latencyMs: 3000, failNext: 2})).toEqual(['latency=3s']);
	});

	it('reads back what it shows', () => {
		expect(parseFaultJson(faultsAsJson(options))).toEqual({ok: true, value: {throttling: true, errorRate: 0.5, latencyMs: 1500, accessDenied: ['ListTasks']}});
		expect(parseFaultArgs(faultsAsArgs(options))).toEqual(parseFaultJson(faultsAsJson(options)));
	});
});
