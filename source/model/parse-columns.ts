import {columnNamed, TASK_COLUMNS, type TaskColumnId} from './column-names.js';
import type {TaskSort} from './task-sort.js';

/** A value, or the one-line message that says what is wrong with the text it came from. */
export type Parsed<T> = {ok: true; value: T} | {ok: false; message: string};

/** `task, service, …, stopped-reason`: every name `--columns` and `--sort` take. */
export function columnNames(): string[] {
	return TASK_COLUMNS.map(column => column.name);
}

const unknown = (flag: string, name: string): Parsed<never> => ({
	ok: false,
	message: `${flag}: there is no column ${JSON.stringify(name)}; choose from ${columnNames().join(', ')}.`,
});

/** `--columns task,private-ip,eni`: names separated by commas (spaces around them allowed), each once. */
export function parseColumnList(text: string): Parsed<TaskColumnId[]> {
	const names = text.split(',').map(name => name.trim());
	if (names.every(name => name === '')) {
		return {ok: false, message: '--columns needs column names separated by commas, e.g. --columns task,private-ip,eni.'};
	}

	const ids: TaskColumnId[] = [];
	for (const name of names) {
		if (name === '') return {ok: false, message: `--columns has an empty name in ${JSON.stringify(text)}: separate names by single commas.`};
		const column = columnNamed(name.toLowerCase());
		if (column === undefined) return unknown('--columns', name);
		if (ids.includes(column.id)) return {ok: false, message: `--columns names ${column.name} twice: name each column once.`};
		ids.push(column.id);
	}

	return {ok: true, value: ids};
}

/** `--sort private-ip`, `--sort age:desc` (`:asc` is the default). */
export function parseSortSpec(text: string): Parsed<TaskSort> {
	const [name = '', direction, ...rest] = text.split(':').map(part => part.trim());
	if (name === '') return {ok: false, message: '--sort needs a column, e.g. --sort private-ip or --sort age:desc.'};
	const column = columnNamed(name.toLowerCase());
	if (column === undefined) return unknown('--sort', name);
	if (rest.length > 0 || (direction !== undefined && !['asc', 'desc'].includes(direction.toLowerCase()))) {
		return {ok: false, message: `--sort takes COLUMN, COLUMN:asc or COLUMN:desc, not ${JSON.stringify(text)}.`};
	}

	return {ok: true, value: {column: column.id, descending: direction?.toLowerCase() === 'desc'}};
}
