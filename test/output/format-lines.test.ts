import {describe, expect, it} from 'vitest';
import {formatIds, formatIps} from '../../source/output/format-lines.js';
import {makeTaskRow} from '../helpers/task-row.js';

describe('--output ids and ips', () => {
	const rows = [
		makeTaskRow({taskId: 'bbb', privateIpv4: '10.0.2.9'}),
		makeTaskRow({taskId: 'aaa', privateIpv4: null}),
		makeTaskRow({taskId: 'ccc', privateIpv4: '10.0.10.1'}),
		makeTaskRow({taskId: 'ddd', privateIpv4: '10.0.2.9', lastStatus: 'STOPPED'}),
	];

	it('ids: every task id, one a line, in the order given', () => {
		expect(formatIds(rows)).toBe('bbb\naaa\nccc\nddd\n');
	});

	it('ips: private IPv4 addresses one a line, each once, tasks without one left out', () => {
		expect(formatIps(rows)).toBe('10.0.2.9\n10.0.10.1\n');
	});

	it('print nothing at all for no tasks (xargs -r then runs nothing)', () => {
		expect(formatIds([])).toBe('');
		expect(formatIps([makeTaskRow({privateIpv4: null})])).toBe('');
	});

	it('never let a hostile value break a line or reach the terminal raw', () => {
		const text = formatIds([makeTaskRow({taskId: 'evil\nrm -rf /\u001B[2J'})]) + formatIps([makeTaskRow({privateIpv4: '10.0.0.1\r\n10.6.6.6'})]);
		expect(text).toBe('evil\uFFFDrm -rf /\uFFFD[2J\n10.0.0.1\uFFFD\uFFFD10.6.6.6\n');
	});
});
