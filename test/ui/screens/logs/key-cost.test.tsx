import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {sanitize} from '../../../../source/model/sanitize.js';
import type * as Sanitize from '../../../../source/model/sanitize.js';
import {matchingLines} from '../../../../source/ui/screens/logs/log-text.js';
import type * as LogText from '../../../../source/ui/screens/logs/log-text.js';
import {KEYS} from '../../render-app.js';
import {lines, logLine, logsData, openLogs} from './logs-world.js';

// The real functions, counted: what a key press costs is how often they run and over how many lines.
vi.mock('../../../../source/model/sanitize.js', async importOriginal => {
	const real = await importOriginal<typeof Sanitize>();
	return {...real, sanitize: vi.fn(real.sanitize)};
});
vi.mock('../../../../source/ui/screens/logs/log-text.js', async importOriginal => {
	const real = await importOriginal<typeof LogText>();
	return {...real, matchingLines: vi.fn(real.matchingLines)};
});

process.env.TZ = 'UTC';
afterEach(cleanup);

/** How many log messages were sanitised (other text — crumbs, header — is not counted). */
const messagesSanitised = () => vi.mocked(sanitize).mock.calls.filter(([text]) => text.startsWith('GET /')).length;
/** How many lines each search looked at, in order. */
const linesSearched = () => vi.mocked(matchingLines).mock.calls.map(([searched, pattern]) => (pattern === null ? 0 : searched.length));

describe('what a key press on a noisy logs screen recomputes', () => {
	it('scrolling and toggling touch no line off screen; a search reads the buffer once per text; a poll only its new lines', async () => {
		const buffer = lines(1, 5000, n => ({message: `GET /api/items/${n} 200`}));
		const app = openLogs();
		await app.show(logsData(buffer, {dropped: 20_000}), 'GET /api/items/5000 200');
		// Only the lines on screen are read, until a search.
		expect(messagesSanitised()).toBe(19);
		vi.mocked(sanitize).mockClear();
		vi.mocked(matchingLines).mockClear();

		for (let i = 0; i < 20; i++) await app.press('k');
		await app.press(KEYS.pageUp);
		await app.press('g');
		await app.press('t');
		await app.press('G');
		expect(app.body().at(-1)).toBe('GET /api/items/5000 200');
		// Only the lines that came into view: 20 by k, a page by PgUp, a page at the top.
		expect(messagesSanitised()).toBeLessThanOrEqual(20 + 19 + 19);
		expect(linesSearched().filter(count => count > 0)).toEqual([]);

		await app.press('/');
		await app.press('7');
		await app.press('7');
		await app.press(KEYS.enter);
		await app.press('n');
		await app.press('n');
		expect(app.footer()).toContain('match 3/');
		// Once per text typed ("7", "77"): n and Enter reuse the last search; each line is sanitised once ever.
		expect(linesSearched().filter(count => count > 0)).toEqual([5000, 5000]);
		expect(messagesSanitised()).toBeLessThanOrEqual(5000);
		vi.mocked(sanitize).mockClear();

		await app.show(logsData([...buffer.slice(1), logLine(5001, {message: 'GET /api/items/5001 200'})], {dropped: 20_001}), '20,001 older lines dropped');
		expect(messagesSanitised()).toBe(1);
	});
});
