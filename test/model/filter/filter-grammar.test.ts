import {describe, expect, it} from 'vitest';
import type {FilterTerm} from '../../../source/model/filter/filter-types.js';
import {parseTaskFilter} from '../../../source/model/filter/task-filter.js';

/** A term as one readable string: `!status:stopped`, `web`; a value is quoted when it holds a space, a word also when it holds a colon. */
const render = (term: FilterTerm) => {
	const quote = (text: string, also: string) => (text.includes(' ') || text.includes(also) ? JSON.stringify(text) : text);
	const text = term.kind === 'word' ? quote(term.value, ':') : `${term.field}:${quote(term.value, ' ')}`;
	return `${term.negated ? '!' : ''}${text}`;
};

const terms = (text: string) => {
	const parsed = parseTaskFilter(text);
	if (!parsed.ok) throw new Error(`did not parse: ${JSON.stringify(parsed.error)}`);
	return parsed.filter.terms.map(render);
};

const errorOf = (text: string) => {
	const parsed = parseTaskFilter(text);
	if (parsed.ok) throw new Error(`parsed: ${JSON.stringify(parsed.filter)}`);
	return parsed.error;
};

describe('parseTaskFilter: terms', () => {
	it.each<[string, string[]]>([
		['', []],
		['   \t ', []],
		['web', ['web']],
		['WEB Unhealthy', ['web', 'unhealthy']],
		['  web \t  10.0.4  ', ['web', '10.0.4']],
		['!web', ['!web']],
		['status:stopped', ['status:stopped']],
		['!status:STOPPED', ['!status:stopped']],
		['Status:Stopped', ['status:stopped']],
		['ip:10.0.4 !health:unhealthy web', ['ip:10.0.4', '!health:unhealthy', 'web']],
		['ip:2600:1f18::5', ['ip:2600:1f18::5']],
		['rev:42 rev:web:42', ['rev:42', 'rev:web:42']],
		['port:8080 port:0080', ['port:8080', 'port:80']],
		['a!b', ['a!b']],
	])('%j → %j', (text, expected) => {
		expect(terms(text)).toEqual(expected);
	});

	it.each<[string, string]>([
		['task:0abc', 'id:0abc'],
		['svc:web', 'service:web'],
		['revision:42', 'rev:42'],
		['TASK:0abc', 'id:0abc'],
	])('alias %s is %s', (text, canonical) => {
		expect(terms(text)).toEqual([canonical]);
	});

	it.each<[string, string[]]>([
		['"rolling back"', ['"rolling back"']],
		['!"rolling back" web', ['!"rolling back"', 'web']],
		['service:"my web"', ['service:"my web"']],
		['"foo:bar"', ['"foo:bar"']],
		['ip:"10.0"', ['ip:10.0']],
	])('quotes: %j → %j', (text, expected) => {
		expect(terms(text)).toEqual(expected);
	});

	it.each<[string, string]>([
		['web:42', 'a task definition'],
		['my-app:3', 'a name with a hyphen'],
		['fe80::1', 'an IPv6 address'],
		['2600:1f18', 'a partial IPv6 address'],
		['dead:beef::1', 'an IPv6 address whose first group is letters'],
		['::1', 'an IPv6 address with a leading ::'],
	])('%s with an unknown prefix is a plain word (%s)', text => {
		expect(terms(text)).toEqual([JSON.stringify(text)]);
	});

	it('records where each term starts', () => {
		const parsed = parseTaskFilter(' web  !ip:10.0 "a b"');
		expect(parsed.ok && parsed.filter.terms.map(term => term.at)).toEqual([1, 6, 15]);
	});
});

describe('parseTaskFilter: errors', () => {
	it.each([
		['foo:bar', {kind: 'unknown-field', field: 'foo', at: 0}],
		['web Foo:bar', {kind: 'unknown-field', field: 'Foo', at: 4}],
		['!foo:bar', {kind: 'unknown-field', field: 'foo', at: 1}],
		['foo:"bar"', {kind: 'unknown-field', field: 'foo', at: 0}],
		['dead:beef', {kind: 'unknown-field', field: 'dead', at: 0}],
		['ip:', {kind: 'empty-value', field: 'ip', at: 3}],
		['web svc:', {kind: 'empty-value', field: 'service', at: 8}],
		['ip:""', {kind: 'empty-value', field: 'ip', at: 3}],
		['port:http', {kind: 'invalid-value', field: 'port', value: 'http', expected: 'number', at: 5}],
		['port:80x', {kind: 'invalid-value', field: 'port', value: '80x', expected: 'number', at: 5}],
		['!', {kind: 'lone-negation', at: 0}],
		['web ! api', {kind: 'lone-negation', at: 4}],
		['"rolling back', {kind: 'unclosed-quote', at: 0}],
		['web service:"my web', {kind: 'unclosed-quote', at: 12}],
		['!!web', {kind: 'malformed-term', problem: 'double-negation', at: 1}],
		[':web', {kind: 'malformed-term', problem: 'missing-field', at: 0}],
		['we"b', {kind: 'malformed-term', problem: 'stray-quote', at: 2}],
		['ip:1"0"', {kind: 'malformed-term', problem: 'stray-quote', at: 4}],
		['"web"x', {kind: 'malformed-term', problem: 'text-after-quote', at: 5}],
		['web ""', {kind: 'malformed-term', problem: 'empty-quotes', at: 4}],
	])('%j → %o', (text, expected) => {
		expect(errorOf(text)).toMatchObject(expected);
	});

	it('lists the known field names (not the aliases) with an unknown field', () => {
		expect(errorOf('foo:bar')).toEqual({
			kind: 'unknown-field', field: 'foo', at: 0,
			known: ['id', 'ip', 'eni', 'az', 'subnet', 'service', 'rev', 'status', 'health', 'target', 'launch', 'container', 'port'],
		});
	});

	it('reports the leftmost error', () => {
		expect(errorOf('ip: foo:bar !')).toMatchObject({kind: 'empty-value', at: 3});
	});

	it('returns errors, never throws, whatever the input', () => {
		for (const text of ['"', '!', ':', '!"', '!:', '::', '"""', 'a:"', '!a:', '\u0000', '\uFFFD:x', '\u{1F600}:x']) {
			expect(() => parseTaskFilter(text)).not.toThrow();
		}
	});
});
