import {execFileSync} from 'node:child_process';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {EcsService, EcsTask} from '../../source/model/ecs-types.js';
import {sanitize} from '../../source/model/sanitize.js';
import {serviceEventEntries} from '../../source/model/timeline.js';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {toTaskRow} from '../../source/model/to-task-row.js';
import {formatCsv} from '../../source/output/format-csv.js';
import {formatJson} from '../../source/output/format-json.js';
import {formatTable} from '../../source/output/format-table.js';
import {FETCHED_AT, snapshotOf, snapshotWith} from '../helpers/fake-store.js';
import {KEYS, renderApp} from '../ui/render-app.js';
import {waitUntil} from '../helpers/wait-until.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

/** Characters no AWS string may bring onto a terminal: `marked` ones show as `�`, `invisible` ones are removed. */
const HOSTILE: Array<[string, string, 'marked' | 'invisible']> = [
	['zero-width space U+200B', '\u200B', 'invisible'],
	['zero-width non-joiner U+200C', '\u200C', 'invisible'],
	['zero-width joiner U+200D outside an emoji', '\u200D', 'invisible'],
	['word joiner U+2060', '\u2060', 'invisible'],
	['invisible times U+2062', '\u2062', 'invisible'],
	['invisible plus U+2064', '\u2064', 'invisible'],
	['byte order mark U+FEFF', '\uFEFF', 'invisible'],
	['Mongolian vowel separator U+180E', '\u180E', 'invisible'],
	['soft hyphen U+00AD', '\u00AD', 'invisible'],
	['tag character U+E0041', '\u{E0041}', 'invisible'],
	['Hangul filler U+3164', '\u3164', 'invisible'],
	['left-to-right mark U+200E', '\u200E', 'marked'],
	['right-to-left mark U+200F', '\u200F', 'marked'],
	['Arabic letter mark U+061C', '\u061C', 'marked'],
	['right-to-left override U+202E', '\u202E', 'marked'],
	['left-to-right embedding U+202A', '\u202A', 'marked'],
	['first-strong isolate U+2068', '\u2068', 'marked'],
	['pop directional isolate U+2069', '\u2069', 'marked'],
	['line separator U+2028', '\u2028', 'marked'],
	['paragraph separator U+2029', '\u2029', 'marked'],
	['next line U+0085', '\u0085', 'marked'],
	['escape', '\u001B', 'marked'],
	['8-bit CSI U+009B', '\u009B', 'marked'],
];

const TASK_ARN = 'arn:aws:ecs:us-east-1:123456789012:task/prod/0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const hostile = (char: string) => `before${char}after`;
const expected = (hazard: 'marked' | 'invisible') => (hazard === 'marked' ? 'before\uFFFDafter' : 'beforeafter');

/** A task as DescribeTasks returns it, with the character in its stopped reason and a tag value. */
function task(char: string) {
	const raw: EcsTask = {
		taskArn: TASK_ARN, clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod', lastStatus: 'STOPPED', desiredStatus: 'STOPPED',
		group: 'service:web', stoppedReason: hostile(char), tags: [{key: 'owner', value: hostile(char)}],
	};
	return toTaskRow(raw);
}

/** A service as DescribeServices returns it, with the character in an event's message. */
function service(char: string) {
	const raw: EcsService = {
		serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/web', serviceName: 'web', status: 'ACTIVE',
		events: [{id: 'e1', createdAt: new Date(FETCHED_AT - 30_000), message: `(service web) ${hostile(char)} has reached a steady state.`}],
	};
	return toServiceRow(raw);
}

function hasJq(): boolean {
	try {
		execFileSync('jq', ['--version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

describe.each(HOSTILE)('a %s from AWS', (_, char, hazard) => {
	it('never reaches the table output', () => {
		const text = formatTable([task(char)], FETCHED_AT, ['task', 'status', 'stopped-reason']);
		expect(text).not.toContain(char);
		expect(text).toContain(expected(hazard));
	});

	it('never reaches the CSV output', () => {
		for (const text of [formatCsv([task(char)]), formatCsv([task(char)], {fields: ['task', 'stopped-reason'], nowMs: FETCHED_AT})]) {
			expect(text).not.toContain(char);
			expect(text).toContain(expected(hazard));
		}
	});

	it('reaches the JSON output only as an escape, and parses back to the exact value', () => {
		const text = formatJson([task(char)]);
		expect(text).not.toContain(char);
		expect(text).toContain(`before${escaped(char)}after`);
		const [parsed] = JSON.parse(text) as Array<{stoppedReason: string}>;
		expect(parsed?.stoppedReason).toBe(hostile(char));
	});

	it.runIf(hasJq())('leaves JSON that jq reads back to the exact value', () => {
		const out = execFileSync('jq', ['.[0].stoppedReason'], {input: formatJson([task(char)]), encoding: 'utf8'});
		expect(JSON.parse(out)).toBe(hostile(char));
	});

	it('never reaches the TUI: not in the timeline of service events', async () => {
		const timeline = serviceEventEntries([service(char)]);
		const app = renderApp(snapshotWith([task(char)], {timeline}), {width: 120, height: 36, colorEnabled: false});
		await waitUntil(() => expect(app.frame()).toContain('has reached a steady state'));
		expect(app.frame()).not.toContain(char);
		expect(app.frame()).toContain(`(service web) ${expected(hazard)} has reached`);
	});

	it('never reaches the TUI: not in the task detail\'s stopped reason or tags', async () => {
		const app = renderApp(snapshotOf([task(char)]), {width: 120, height: 80, colorEnabled: false});
		await app.press(KEYS.enter);
		await waitUntil(() => expect(app.frame()).toContain('Tags (1)'));
		const frame = app.frame();
		expect(frame).not.toContain(char);
		expect(frame).toMatch(new RegExp(`stopped reason +${expected(hazard)}\n`, 'u'));
		expect(frame).toMatch(new RegExp(`owner +${expected(hazard)}\n?`, 'u'));
	});
});

/** As JSON writes a character it escapes: `\u` and four hex digits per UTF-16 unit. */
function escaped(char: string): string {
	return Array.from({length: char.length}, (__, index) => `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`).join('');
}

describe('emoji sequences in AWS text', () => {
	const EMOJI = ['\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F3F3}\uFE0F\u200D\u{1F308}', '\u2764\uFE0F', '1\uFE0F\u20E3', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'];

	it.each(EMOJI)('keeps %s whole, its joiners and selectors included, on the terminal and in JSON', (emoji) => {
		expect(sanitize(`deploy ${emoji} done`)).toBe(`deploy ${emoji} done`);
		expect(formatTable([toTaskRow({taskArn: TASK_ARN, stoppedReason: emoji})], FETCHED_AT, ['stopped-reason'])).toContain(emoji);
		expect(formatJson([toTaskRow({taskArn: TASK_ARN, stoppedReason: emoji})])).toContain(`"stoppedReason": "${emoji}"`);
	});

	it('still removes a joiner or selector that joins no emoji', () => {
		expect(sanitize('a\u200D\u{1F680} \u{1F680}\u200Db x\uFE0F')).toBe('a\u{1F680} \u{1F680}b x');
	});
});
