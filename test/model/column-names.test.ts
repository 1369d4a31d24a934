import {describe, expect, it} from 'vitest';
import {columnNamed, GRID_COLUMN_IDS, TASK_COLUMNS} from '../../source/model/column-names.js';
import {GRID_COLUMNS, layoutColumns} from '../../source/model/columns.js';
import {columnNames, parseColumnList, parseSortSpec} from '../../source/model/parse-columns.js';
import {makeTaskRow} from '../helpers/task-row.js';

describe('the column names of --columns and --sort', () => {
	it('are the grid\'s headers in lower case with - for spaces, then the snapshot-only fields', () => {
		expect(columnNames()).toEqual([
			'task', 'service', 'rev', 'status', 'health', 'target', 'az', 'eni', 'private-ip', 'launch', 'age',
			'task-arn', 'cluster', 'ipv6', 'subnet', 'host-ports', 'created', 'started', 'stopped-reason',
		]);
		expect(GRID_COLUMNS.map(column => column.title)).toEqual(layoutColumns(1000, {loadBalanced: true}).map(column => column.title));
		expect(GRID_COLUMN_IDS).toEqual(layoutColumns(1000, {loadBalanced: true}).map(column => column.id));
		for (const column of TASK_COLUMNS) expect(column.name).toBe(column.title.toLowerCase().replaceAll(' ', '-'));
	});

	it('read a task as the table shows it, and as scripts want it in CSV', () => {
		const row = makeTaskRow({
			taskId: '0abaea15ca2214556734bbf878335292', clusterArn: 'arn:aws:ecs:us-east-1:1:cluster/prod', eniId: null,
			hostPorts: [{containerName: 'app', bindIp: '0.0.0.0', containerPort: 8080, hostPort: 32768, protocol: 'tcp'}],
		});
		const column = (name: string) => columnNamed(name)!;
		expect(column('task').text(row, 0)).toBe('0abaea15ca2214556734bbf878335292');
		expect(column('cluster').text(row, 0)).toBe('prod');
		expect(column('eni').text(row, 0)).toBe('8080→32768/tcp');
		expect(column('eni').csv?.(row)).toBeNull();
		expect(column('host-ports').text(row, 0)).toBe('8080→32768/tcp');
		expect(column('host-ports').csv?.(row)).toBe('8080->32768/tcp');
		expect(column('private-ip').text(row, 0)).toBeNull();
		expect(columnNamed('ip')).toBeUndefined();
	});
});

describe('parseColumnList', () => {
	it('takes names separated by commas, in the order given, case and spaces forgiven', () => {
		expect(parseColumnList('private-ip,task,eni')).toEqual({ok: true, value: ['ip', 'task', 'eni']});
		expect(parseColumnList(' TASK , Stopped-Reason ')).toEqual({ok: true, value: ['task', 'stopped-reason']});
	});

	it('refuses unknown, empty and repeated names with a message that says what to write', () => {
		expect(parseColumnList('task,ip')).toEqual({ok: false, message: `--columns: there is no column "ip"; choose from ${columnNames().join(', ')}.`});
		expect(parseColumnList('')).toMatchObject({ok: false, message: expect.stringMatching(/^--columns needs column names separated by commas/u)});
		expect(parseColumnList('task,,eni')).toMatchObject({ok: false, message: expect.stringMatching(/empty name/u)});
		expect(parseColumnList('task,TASK')).toEqual({ok: false, message: '--columns names task twice: name each column once.'});
	});
});

describe('parseSortSpec', () => {
	it('takes a column name, ascending unless :desc', () => {
		expect(parseSortSpec('private-ip')).toEqual({ok: true, value: {column: 'ip', descending: false}});
		expect(parseSortSpec('age:desc')).toEqual({ok: true, value: {column: 'age', descending: true}});
		expect(parseSortSpec('Age:DESC')).toEqual({ok: true, value: {column: 'age', descending: true}});
		expect(parseSortSpec('status:asc')).toEqual({ok: true, value: {column: 'status', descending: false}});
	});

	it('refuses unknown columns and directions', () => {
		expect(parseSortSpec('bogus')).toMatchObject({ok: false, message: expect.stringMatching(/^--sort: there is no column "bogus"; choose from task, /u)});
		expect(parseSortSpec('age:down')).toEqual({ok: false, message: '--sort takes COLUMN, COLUMN:asc or COLUMN:desc, not "age:down".'});
		expect(parseSortSpec('age:desc:x')).toMatchObject({ok: false});
		expect(parseSortSpec(':desc')).toMatchObject({ok: false, message: expect.stringMatching(/^--sort needs a column/u)});
	});
});
