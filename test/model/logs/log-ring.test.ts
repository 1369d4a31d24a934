import {describe, expect, it} from 'vitest';
import type {LogLine} from '../../../source/model/logs/log-line.js';
import {appendLines, cutMessage, EMPTY_LOG_RING, mergeByTime} from '../../../source/model/logs/log-ring.js';

const T0 = Date.UTC(2026, 11, 1, 12);
const line = (id: string, second: number, message = `line ${id}`): LogLine => ({id, timestamp: T0 + second * 1000, taskId: 'a1b2', container: 'web', message});
const ids = (lines: readonly LogLine[]) => lines.map((each) => each.id);

describe('appendLines', () => {
	it('keeps the newest lines up to the capacity, oldest first, and counts the dropped', () => {
		let ring = appendLines(EMPTY_LOG_RING, [line('1', 1), line('2', 2), line('3', 3)], {capacity: 4});
		ring = appendLines(ring, [line('4', 4), line('5', 5), line('6', 6)], {capacity: 4});
		expect(ids(ring.lines)).toEqual(['3', '4', '5', '6']);
		expect(ring.dropped).toBe(2);
		ring = appendLines(ring, [line('7', 7)], {capacity: 4});
		expect(ring.dropped).toBe(3);
	});

	it('puts a late line where its timestamp says, after the lines of the same time already kept', () => {
		const ring = appendLines(appendLines(EMPTY_LOG_RING, [line('a', 1), line('b', 3), line('c', 5)]), [line('late', 3), line('d', 6)]);
		expect(ids(ring.lines)).toEqual(['a', 'b', 'late', 'c', 'd']);
	});

	it('cuts a megabyte line to the bound, saying how much was cut', () => {
		const ring = appendLines(EMPTY_LOG_RING, [line('big', 1, 'x'.repeat(1_000_000))], {maxMessageLength: 100});
		const [kept] = ring.lines;
		expect(kept!.message.length).toBeLessThanOrEqual(100);
		expect(kept!.message).toMatch(/^x+ … 99\d,\d{3} more characters cut$/u);
	});

	it('holds 5,000 lines by default', () => {
		const many = Array.from({length: 6000}, (_, index) => line(String(index), index));
		const ring = appendLines(EMPTY_LOG_RING, many);
		expect(ring.lines).toHaveLength(5000);
		expect(ring.lines[0]!.id).toBe('1000');
		expect(ring.dropped).toBe(1000);
	});
});

describe('cutMessage', () => {
	it('leaves a message within the bound alone, and a cut one stays as it is when cut again', () => {
		expect(cutMessage('GET /health 200', 100)).toEqual({message: 'GET /health 200', cut: 0});
		const once = cutMessage('y'.repeat(500), 100);
		expect(once.cut).toBe(500 - once.message.indexOf(' … '));
		expect(once.message).toMatch(/^y+ … \d+ more characters cut$/u);
		expect(once.message.length).toBeLessThanOrEqual(100);
		expect(cutMessage(once.message, 100)).toEqual({message: once.message, cut: 0});
	});

	it('never splits an emoji in two halves of a surrogate pair', () => {
		const text = `${'a'.repeat(80)}${'🙂'.repeat(50)}`;
		const {message} = cutMessage(text, 120);
		expect(message).not.toMatch(/\p{Cs}/u);
		expect(message).toMatch(/^a{80}(?:🙂)+ … /u);
	});
});

describe('mergeByTime', () => {
	it('interleaves streams in time order, equal timestamps in the order of the streams', () => {
		const first = [line('a1', 1), line('a2', 2), line('a4', 4)];
		const second = [line('b2', 2), line('b3', 3)];
		expect(ids(mergeByTime([first, second]))).toEqual(['a1', 'a2', 'b2', 'b3', 'a4']);
		expect(ids(mergeByTime([second, first]))).toEqual(['a1', 'b2', 'a2', 'b3', 'a4']);
	});
});
