import {randomUUID} from 'node:crypto';
import {validationError} from '../elb/elb-error.js';
import type {XmlValue} from '../elb/elb-wire.js';
import type {EcsAnswer} from './ecs-request.js';

/*
 * The AWS Query protocol of ELB v2: form-encoded requests (`Action=…&Version=2015-12-01&Names.member.1=…`),
 * XML responses `<ActionResponse xmlns=…><ActionResult>…</ActionResult><ResponseMetadata>…` with lists
 * as `<member>` elements, and errors as `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>`.
 */

export const formContentType = 'application/x-www-form-urlencoded';
export const elbNamespace = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

/** A request member's wire type in the ELB service model. */
export type QueryShape = 'string' | 'integer' | 'strings' | {list: {readonly [member: string]: 'string' | 'integer'}};

export type QueryMembers = {readonly [member: string]: QueryShape};

type Scalar<S> = S extends 'string' ? string : S extends 'integer' ? number : never;
type ValueOf<S extends QueryShape> = S extends 'strings'
	? string[]
	: S extends {list: infer M extends {readonly [member: string]: 'string' | 'integer'}}
		? Array<{-readonly [K in keyof M]?: Scalar<M[K]>}>
		: Scalar<S>;

export type QueryDecoded<M extends QueryMembers> = {-readonly [K in keyof M]?: ValueOf<M[K]>};

function integer(value: string, member: string): number {
	if (!/^-?\d+$/u.test(value.trim())) throw validationError(`Invalid value '${value}' for ${member}: expected an integer`);
	return Number(value);
}

/** `Name.member.1`, `Name.member.2`…: the indexes present, in order. */
function memberIndexes(params: URLSearchParams, name: string): number[] {
	const prefix = `${name}.member.`;
	const indexes = new Set<number>();
	for (const key of params.keys()) {
		if (!key.startsWith(prefix)) continue;
		const index = Number.parseInt(key.slice(prefix.length), 10);
		if (Number.isInteger(index) && index > 0) indexes.add(index);
	}

	return [...indexes].sort((a, b) => a - b);
}

/** The members `shapes` names, decoded from the form; others are dropped, an empty list (`Names=`) is []. */
export function decodeQuery<M extends QueryMembers>(params: URLSearchParams, shapes: M): QueryDecoded<M> {
	const decoded: Record<string, unknown> = {};
	for (const [name, shape] of Object.entries(shapes)) {
		if (shape === 'string') {
			const value = params.get(name);
			if (value !== null) decoded[name] = value;
		} else if (shape === 'integer') {
			const value = params.get(name);
			if (value !== null) decoded[name] = integer(value, name);
		} else if (shape === 'strings') {
			const indexes = memberIndexes(params, name);
			if (indexes.length > 0) decoded[name] = indexes.map(i => params.get(`${name}.member.${i}`) ?? '');
			else if (params.has(name)) decoded[name] = [];
		} else {
			const indexes = memberIndexes(params, name);
			if (indexes.length > 0) {
				decoded[name] = indexes.map(i => {
					const item: Record<string, unknown> = {};
					for (const [field, type] of Object.entries(shape.list)) {
						const value = params.get(`${name}.member.${i}.${field}`);
						if (value !== null) item[field] = type === 'integer' ? integer(value, `${name}.member.${i}.${field}`) : value;
					}

					return item;
				});
			} else if (params.has(name)) {
				decoded[name] = [];
			}
		}
	}

	return decoded as QueryDecoded<M>;
}

const escapeXml = (text: string): string =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');

/** One element: scalars as text, lists as `<member>`s, structures member by member; undefined members are left out. */
function element(name: string, value: XmlValue): string {
	if (value === undefined) return '';
	if (Array.isArray(value)) return `<${name}>${value.map(item => element('member', item)).join('')}</${name}>`;
	if (typeof value === 'object') return `<${name}>${Object.entries(value).map(([member, inner]) => element(member, inner)).join('')}</${name}>`;
	return `<${name}>${escapeXml(String(value))}</${name}>`;
}

const headers = (requestId: string): Record<string, string> => ({'content-type': 'text/xml', 'x-amzn-requestid': requestId});

/** `<ActionResponse xmlns=…><ActionResult>…</ActionResult><ResponseMetadata><RequestId>…`. */
export function queryReply(action: string, result: {[member: string]: XmlValue}): EcsAnswer & {kind: 'reply'} {
	const requestId = randomUUID();
	const body = `<${action}Response xmlns="${elbNamespace}">${element(`${action}Result`, result)}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>\n`;
	return {kind: 'reply', status: 200, headers: headers(requestId), body};
}

/** `<ErrorResponse><Error><Type>Sender|Receiver</Type><Code/><Message/></Error><RequestId/></ErrorResponse>`. */
export function queryError(status: number, code: string, message: string): EcsAnswer & {kind: 'reply'} {
	const requestId = randomUUID();
	const type = status >= 500 ? 'Receiver' : 'Sender';
	const body = `<ErrorResponse xmlns="${elbNamespace}">${element('Error', {Type: type, Code: code, Message: message})}<RequestId>${requestId}</RequestId></ErrorResponse>\n`;
	return {kind: 'reply', status, headers: headers(requestId), body, error: code};
}
