import {describe, expect, it} from 'vitest';
import {parseTaskFilter} from '../../../source/model/filter/task-filter.js';

const KB100 = 100 * 1024;
const repeat = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);

// A sanity check that nothing is quadratic or backtracks (a pasted filter), not a benchmark.
describe('parseTaskFilter on a 100 KB paste', () => {
	it.each([
		['one long word', repeat('a')],
		['one long field value', `ip:${repeat('1')}`],
		['one long number', `port:${repeat('0')}`],
		['many terms', repeat('web !ip:10.0.4 "a b" rev:web:42 ')],
		['many colons', repeat('a:')],
		['an address-like word', repeat('dead:beef:')],
		['letters then a stray quote', `${repeat('a')}"`],
		['a field then an unclosed quote', `service:"${repeat('x ')}`],
		['many quotes', repeat('"a" ')],
		['many negations', repeat('!x ')],
		['whitespace', repeat(' \t')],
	])('%s parses in well under 200 ms', (_name, text) => {
		const start = performance.now();
		const parsed = parseTaskFilter(text);
		expect(performance.now() - start).toBeLessThan(200);
		expect(typeof parsed.ok).toBe('boolean');
	});
});
