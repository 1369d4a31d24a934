import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {displayWidth, fitToWidth, truncateToWidth} from '../../source/model/text-width.js';

describe('display width', () => {
	// What Ink measures with: a cell our width disagrees on overflows its column.
	const PROBES: Array<[string, string, number]> = [
		['ASCII', 'web-7f9c', 8],
		['CJK', '服务', 4],
		['Hangul', '한국어', 6],
		['half-width katakana', 'ｱｲ', 2],
		['emoji', '🚀', 2],
		['emoji with VS16', '❤️', 2],
		['emoji below U+1F300', '✅⌚', 4],
		['text-style pictograph', '☺', 1],
		['flag', '🇯🇵', 2],
		['keycap', '1️⃣', 2],
		['ZWJ family', '👨‍👩‍👧‍👦', 2],
		['skin tone', '👍🏽', 2],
		['combining acute', 'e\u0301', 1],
		['combining marks stacked', 'a\u0301\u0302\u0303', 1],
		['zero-width space', 'a\u200Bb', 2],
		['replacement character', '\uFFFD', 1],
		['mixed', 'api 🇯🇵 v2 服务', 14],
	];

	it.each(PROBES)('measures %s (%s) as %i columns, as string-width does', (_, text, columns) => {
		expect(displayWidth(text)).toBe(columns);
		expect(displayWidth(text)).toBe(stringWidth(text));
	});

	it('truncates by columns with an ellipsis and pads to the exact width', () => {
		expect(truncateToWidth('EssentialContainerExited', 10)).toBe('Essential…');
		expect(truncateToWidth('short', 10)).toBe('short');
		expect(truncateToWidth('服务服务服务', 7)).toBe('服务服…');
		expect(displayWidth(fitToWidth('服务服务服务', 8))).toBe(8);
		expect(fitToWidth('2m', 4, 'right')).toBe('  2m');
		expect(fitToWidth('web', 5)).toBe('web  ');
	});

	it('cuts whole graphemes: a flag, a keycap or a ZWJ family is kept or dropped, never split', () => {
		expect(truncateToWidth('🇯🇵🇯🇵🇯🇵', 5)).toBe('🇯🇵🇯🇵…');
		expect(truncateToWidth('1️⃣2️⃣3️⃣', 4)).toBe('1️⃣…');
		expect(truncateToWidth('👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 3)).toBe('👨‍👩‍👧‍👦…');
		expect(truncateToWidth('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
	});

	it('fits every probe to every width exactly, as string-width measures the result', () => {
		const texts = [...PROBES.map(([, text]) => text), PROBES.map(([, text]) => text).join('')];
		for (const text of texts) {
			for (let width = 0; width <= displayWidth(text) + 2; width++) {
				for (const align of ['left', 'right'] as const) {
					const fitted = fitToWidth(text, width, align);
					expect(stringWidth(fitted), `${JSON.stringify(text)} at ${width} ${align}`).toBe(width);
					expect(stringWidth(truncateToWidth(text, width))).toBeLessThanOrEqual(width);
				}
			}
		}
	});
});
