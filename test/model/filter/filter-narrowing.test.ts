import {describe, expect, it} from 'vitest';
import {filterTasks} from '../../../source/model/filter-tasks.js';
import {scanTerms} from '../../../source/model/filter/filter-grammar.js';
import {narrows} from '../../../source/model/filter/filter-narrowing.js';
import {TASK_FIELDS} from '../../../source/model/filter/task-filter.js';
import type {Filter} from '../../../source/model/filter/filter-types.js';
import type {TaskRow} from '../../../source/model/task-row.js';
import {makeTaskRow} from '../../helpers/task-row.js';

const filterOf = (text: string): Filter<TaskRow> => ({terms: scanTerms(TASK_FIELDS, text).terms});
const narrowsText = (narrower: string, wider: string) => narrows(TASK_FIELDS, filterOf(narrower), filterOf(wider));

const rows = [
	makeTaskRow({taskId: 'a1b2', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY', availabilityZone: 'us-east-1a', privateIpv4: '10.0.1.5', taskDefinition: 'web:12', family: 'web', revision: 12}),
	makeTaskRow({taskId: 'b2c3', service: 'web', lastStatus: 'STOPPED', desiredStatus: 'STOPPED', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1b', privateIpv4: '10.0.12.9', taskDefinition: 'web:1', family: 'web', revision: 1}),
	makeTaskRow({taskId: 'c3d4', service: 'webhook', lastStatus: 'RUNNING', desiredStatus: 'STOPPED', healthStatus: 'UNHEALTHY', availabilityZone: 'us-east-1b', privateIpv4: '10.1.0.7', taskDefinition: 'webhook:3', family: 'webhook', revision: 3}),
	makeTaskRow({taskId: 'd4e5', service: 'api', lastStatus: 'PENDING', desiredStatus: 'RUNNING', availabilityZone: 'eu-west-1c', privateIpv4: '110.0.1.5', taskDefinition: 'api:12', family: 'api', revision: 12}),
];
const kept = (text: string) => new Set(filterTasks(rows, {query: text, hideStopped: false}));

describe('whether a filter text keeps only rows another keeps', () => {
	it('holds for a word or a substring or prefix value typed on, and for a term added', () => {
		expect(narrowsText('webh', 'web')).toBe(true);
		expect(narrowsText('ip:10.0.1', 'ip:10.0')).toBe(true);
		expect(narrowsText('id:a1b', 'task:a1')).toBe(true);
		expect(narrowsText('web status:run', 'web')).toBe(true);
		expect(narrowsText('web status:', 'web')).toBe(true);
		expect(narrowsText('web', '')).toBe(true);
	});

	it('goes the other way for a negated term: typing on keeps more', () => {
		expect(narrowsText('!webh', '!web')).toBe(false);
		expect(narrowsText('!web', '!webh')).toBe(true);
		expect(narrowsText('!ip:10.0', '!ip:10.0.1')).toBe(true);
	});

	it('does not hold for a term taken away, or for values that are not compared by containment', () => {
		expect(narrowsText('web', 'web status:run')).toBe(false);
		expect(narrowsText('rev:12', 'rev:1')).toBe(false);
		expect(narrowsText('az:b1', 'az:b')).toBe(false);
		expect(narrowsText('port:80', 'port:8')).toBe(false);
		expect(narrowsText('status:running', 'running')).toBe(false);
	});

	it('never says so when a row the narrower keeps is dropped by the wider', () => {
		const texts = ['', 'w', 'we', 'web', 'webh', '!w', '!we', '!web', 'web status:r', 'status:r', 'status:run', 'ip:10', 'ip:10.0', 'ip:10.0.1',
			'!ip:10.0', 'rev:1', 'rev:12', 'rev:web', 'az:b', 'az:b1', 'az:east', 'health:h', 'health:healthy', '!health:un', '10.0.1', '12', 'web:12', 'web:1'];
		let claimed = 0;
		for (const narrower of texts) {
			for (const wider of texts) {
				if (!narrowsText(narrower, wider)) continue;
				claimed++;
				const wide = kept(wider);
				expect([...kept(narrower)].filter(row => !wide.has(row)), `${narrower} within ${wider}`).toEqual([]);
			}
		}

		expect(claimed).toBeGreaterThan(texts.length * 2);
	});
});
