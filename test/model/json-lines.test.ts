import {describe, expect, it} from 'vitest';
import {jsonLines, type JsonValue} from '../../source/model/json-lines.js';

describe('jsonLines', () => {
	it('pretty-prints like JSON.stringify(value, null, 2), one display line each', () => {
		const value = {name: 'web', count: 3, ratio: -1.25e-7, ok: true, off: false, none: null, list: [1, 'two', [], {}], empty: {}, nested: {deep: {deeper: [null]}}};
		expect(jsonLines(value)).toEqual(JSON.stringify(value, null, 2).split('\n'));
		expect(jsonLines({a: [1, {b: 2}]})).toEqual(['{', '  "a": [', '    1,', '    {', '      "b": 2', '    }', '  ]', '}']);
	});

	it('prints scalars, empty objects and arrays on one line, and takes another indent', () => {
		expect(jsonLines(null)).toEqual(['null']);
		expect(jsonLines(42)).toEqual(['42']);
		expect(jsonLines(false)).toEqual(['false']);
		expect(jsonLines('x')).toEqual(['"x"']);
		expect(jsonLines({})).toEqual(['{}']);
		expect(jsonLines([])).toEqual(['[]']);
		expect(jsonLines({a: [], b: {}}, 4)).toEqual(['{', '    "a": [],', '    "b": {}', '}']);
		expect(jsonLines([1, 2], 0)).toEqual(['[1,2]']);
	});

	it.each([
		['ESC and BEL (C0)', '\u001b]0;title\u0007', String.raw`\u001b]0;title\u0007`],
		['a line break and a tab', 'a\nb\tc\r', String.raw`a\nb\tc\r`],
		['DEL and an 8-bit CSI (C1)', '\u007f\u009b31m\u0085', String.raw`\u007f\u009b31m\u0085`],
		['bidi override, isolate and marks', 'abc\u202egnp.exe\u2066\u2069\u200e\u200f\u061c', String.raw`abc\u202egnp.exe\u2066\u2069\u200e\u200f\u061c`],
		['zero-width space, joiners, word joiner, invisible operators', '\u200b\u200c\u200d\u2060\u2061\u2064', String.raw`\u200b\u200c\u200d\u2060\u2061\u2064`],
		['line and paragraph separators', 'a\u2028b\u2029c', String.raw`a\u2028b\u2029c`],
		['BOM, soft hyphen, Hangul filler, variation selector', '\ufeff\u00ad\u3164\ufe0f', String.raw`\ufeff\u00ad\u3164\ufe0f`],
		['interlinear annotation controls and an Arabic number sign', '\ufff9a\ufffab\ufffb\u0600', String.raw`\ufff9a\ufffab\ufffb\u0600`],
		['tag characters, as surrogate pairs', 'hi\u{e0041}\u{e007f}', String.raw`hi\udb40\udc41\udb40\udc7f`],
		['a lone surrogate', 'x\ud800y', String.raw`x\ud800y`],
	])('writes %s as \\u escapes, in keys and values', (_, raw, escaped) => {
		expect(jsonLines({[raw]: raw})).toEqual(['{', `  "${escaped}": "${escaped}"`, '}']);
		expect(jsonLines([raw], 0)).toEqual([`["${escaped}"]`]);
	});

	it('leaves visible text alone', () => {
		expect(jsonLines('é ü 中文 😀 ❤ → \u00a0 "quoted" \\')).toEqual([String.raw`"é ü 中文 😀 ❤ → ` + '\u00a0' + String.raw` \"quoted\" \\"`]);
	});

	it('gives exact JSON: the lines parse back to the value, unsafe characters included', () => {
		const value: JsonValue = {
			taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/abc',
			tags: [{key: 'owner\u202e', value: 'evil\u001b[2J\u200b\u2028\u{e0041}'}],
			containers: [{name: 'app', exitCode: 137, essential: true, reason: null, ports: []}],
			overrides: {},
			cpu: 0.25,
		};
		const lines = jsonLines(value);
		expect(JSON.parse(lines.join('\n'))).toEqual(value);
		expect(lines.join('\n')).toMatch(/^[\u0020-\u007e\n]*$/u);
	});
});
