import {operations} from '../http/operations.js';
import type {FaultOptions} from './fault-controller.js';
import {logsOperationNames} from './throttle-buckets.js';

/** How a fault's value is written: nothing (on/off), a share 0..1, a duration, a list of operations. */
type ValueKind = 'switch' | 'rate' | 'duration' | 'operations';

interface FaultSpec {
	name: string;
	kind: ValueKind;
	option: 'throttling' | 'throttleRate' | 'errorRate' | 'latencyMs' | 'dropRate' | 'hangRate' | 'expiredCredentials' | 'accessDenied' | 'missingRate';
	/** What the value means, for the error messages. */
	what: string;
	example: string;
}

/** The faults anyone can switch, by the names `--fault` and `/_ecswatch/faults` use, in the order they are shown. */
export const faultSpecs: readonly FaultSpec[] = [
	{name: 'throttle', kind: 'switch', option: 'throttling', what: "ECS's own request buckets", example: 'throttle'},
	{name: 'throttle-storm', kind: 'rate', option: 'throttleRate', what: 'the share of calls throttled', example: 'throttle-storm=0.5'},
	{name: 'error500', kind: 'rate', option: 'errorRate', what: 'the share of calls answered HTTP 500', example: 'error500=0.5'},
	{name: 'latency', kind: 'duration', option: 'latencyMs', what: 'added before every answer', example: 'latency=300ms'},
	{name: 'reset', kind: 'rate', option: 'dropRate', what: 'the share of connections dropped', example: 'reset=0.2'},
	{name: 'hang', kind: 'rate', option: 'hangRate', what: 'the share of calls never answered', example: 'hang=1'},
	{name: 'expired-token', kind: 'switch', option: 'expiredCredentials', what: 'every call ExpiredTokenException', example: 'expired-token'},
	{name: 'access-denied', kind: 'operations', option: 'accessDenied', what: 'the operations denied', example: 'access-denied=DescribeServices'},
	{name: 'missing', kind: 'rate', option: 'missingRate', what: 'the share of tasks DescribeTasks reports MISSING', example: 'missing=0.3'},
];

const valueForms: Record<ValueKind, string> = {switch: '', rate: '=RATE', duration: '=DURATION', operations: '=OP[,OP…]'};

/** `throttle, throttle-storm=RATE, …, missing=RATE`: every fault as it is written. */
export const faultChoices = faultSpecs.map((spec) => `${spec.name}${valueForms[spec.kind]}`).join(', ');

/** Latency at most: far beyond any SDK timeout, short enough that a typo cannot stall a call for hours. */
const maxLatencyMs = 10 * 60 * 1000;

export type FaultParse = {ok: true; value: FaultOptions} | {ok: false; message: string};

type ValueParse = {ok: true; value: FaultOptions[FaultSpec['option']]} | {ok: false; message: string};

const fail = (message: string): {ok: false; message: string} => ({ok: false, message});

function findSpec(name: string): FaultSpec | undefined {
	return faultSpecs.find((spec) => spec.name === name.trim().toLowerCase());
}

const unknownFault = (name: string) => fail(`unknown fault ${JSON.stringify(name)}; the faults are ${faultChoices}.`);

function needs(spec: FaultSpec, got: string | undefined): {ok: false; message: string} {
	const accepted =
		spec.kind === 'rate'
			? `a rate from 0 to 1 (${spec.what})`
			: spec.kind === 'duration'
				? `a duration up to 10m in ms, s or m (${spec.what})`
				: `one or more ECS operations, comma-separated (${spec.what})`;
	return fail(`${spec.name} needs ${accepted}, such as ${spec.example}${got === undefined ? '' : `, not ${JSON.stringify(got)}`}.`);
}

function rate(spec: FaultSpec, text: string): ValueParse {
	const value = /^\s*(?:\d+\.?\d*|\.\d+)\s*$/u.test(text) ? Number(text) : Number.NaN;
	return value >= 0 && value <= 1 ? {ok: true, value} : needs(spec, text);
}

function duration(spec: FaultSpec, text: string): ValueParse {
	const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/u.exec(text);
	const [, amount = '', unit] = match ?? [];
	// A bare number is only unambiguous as 0.
	if (match === null || (unit === undefined && Number(amount) !== 0)) return needs(spec, text);
	const ms = Math.round(Number(amount) * (unit === 'm' ? 60_000 : unit === 's' ? 1000 : 1));
	return ms <= maxLatencyMs ? {ok: true, value: ms} : needs(spec, text);
}

const operationNames = [...operations.keys(), ...logsOperationNames];

function operationList(spec: FaultSpec, names: readonly string[]): ValueParse {
	const chosen: string[] = [];
	for (const raw of names.map((name) => name.trim()).filter((name) => name !== '')) {
		const bare = raw.replace(/^(?:ecs|logs):/iu, '');
		const known = operationNames.find((name) => name.toLowerCase() === bare.toLowerCase());
		if (known === undefined) return fail(`${spec.name}: unknown operation ${JSON.stringify(raw)}; the simulator answers ${operationNames.join(', ')}.`);
		if (!chosen.includes(known)) chosen.push(known);
	}

	return chosen.length > 0 ? {ok: true, value: chosen} : needs(spec, names.join(','));
}

/** One value as typed after `NAME=` (undefined: no `=` at all). */
function textValue(spec: FaultSpec, text: string | undefined): ValueParse {
	if (spec.kind === 'switch') {
		return text === undefined ? {ok: true, value: true} : fail(`${spec.name} takes no value: write ${spec.name}, not ${spec.name}=${text}.`);
	}

	if (text === undefined || text.trim() === '') return needs(spec, undefined);
	if (spec.kind === 'rate') return rate(spec, text);
	if (spec.kind === 'duration') return duration(spec, text);
	return operationList(spec, text.split(','));
}

const merge = (options: FaultOptions, spec: FaultSpec, value: ValueParse & {ok: true}): FaultOptions => {
	const previous = options.accessDenied ?? [];
	if (spec.option === 'accessDenied' && Array.isArray(value.value)) {
		return {...options, accessDenied: [...previous, ...value.value.filter((name) => !previous.includes(name))]};
	}

	return {...options, [spec.option]: value.value};
};

/**
 * The faults of `--fault NAME[=VALUE]`, repeatable: a later value replaces an earlier one,
 * except access-denied, whose operations add up.
 */
export function parseFaultArgs(args: readonly string[]): FaultParse {
	let options: FaultOptions = {};
	for (const arg of args) {
		const equals = arg.indexOf('=');
		const name = equals < 0 ? arg : arg.slice(0, equals);
		const spec = findSpec(name);
		if (spec === undefined) return unknownFault(name);
		const value = textValue(spec, equals < 0 ? undefined : arg.slice(equals + 1));
		if (!value.ok) return value;
		options = merge(options, spec, value);
	}

	return {ok: true, value: options};
}

/** One value of the JSON object: the CLI's text, or the JSON type that says the same. */
function jsonValue(spec: FaultSpec, value: unknown): ValueParse {
	if (spec.kind === 'switch') {
		return typeof value === 'boolean' ? {ok: true, value} : fail(`${spec.name} is true or false, not ${JSON.stringify(value)}.`);
	}

	if (spec.kind === 'operations' && Array.isArray(value)) {
		if (!value.every((item) => typeof item === 'string')) return needs(spec, JSON.stringify(value));
		return value.length === 0 ? {ok: true, value: []} : operationList(spec, value);
	}

	if (typeof value === 'number' && spec.kind === 'rate') return value >= 0 && value <= 1 ? {ok: true, value} : needs(spec, String(value));
	if (typeof value === 'number' && spec.kind === 'duration') return duration(spec, `${value}ms`);
	if (typeof value !== 'string') return needs(spec, JSON.stringify(value));
	return textValue(spec, value);
}

/**
 * The faults of a JSON object such as `{"error500": 0.5, "access-denied": ["DescribeServices"]}`:
 * rates as numbers, latency as "300ms" (or a number of milliseconds), switches as true/false,
 * operations as an array or a comma-separated string. `{}` is no fault at all.
 */
export function parseFaultJson(body: unknown): FaultParse {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return fail(`faults are a JSON object such as {"error500": 0.5}; {} clears them. The faults are ${faultChoices}.`);
	}

	let options: FaultOptions = {};
	for (const [name, value] of Object.entries(body)) {
		const spec = findSpec(name);
		if (spec === undefined) return unknownFault(name);
		const parsed = jsonValue(spec, value);
		if (!parsed.ok) return parsed;
		options = merge(options, spec, parsed);
	}

	return {ok: true, value: options};
}

const durationText = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

/** The active faults that are on, by name, as parseFaultJson reads them back (what GET answers). */
export function faultsAsJson(options: Readonly<FaultOptions>): Record<string, boolean | number | string | string[]> {
	const json: Record<string, boolean | number | string | string[]> = {};
	for (const spec of faultSpecs) {
		const value = options[spec.option];
		if (value === undefined || value === false || value === 0) continue;
		if (typeof value === 'object') {
			if (value.length > 0) json[spec.name] = [...value];
		} else {
			json[spec.name] = spec.kind === 'duration' && typeof value === 'number' ? durationText(value) : value;
		}
	}

	return json;
}

/** The active faults as `--fault` values (`error500=0.5`, `throttle`), in the table's order. */
export function faultsAsArgs(options: Readonly<FaultOptions>): string[] {
	return Object.entries(faultsAsJson(options)).map(([name, value]) =>
		value === true ? name : `${name}=${Array.isArray(value) ? value.join(',') : String(value)}`,
	);
}
