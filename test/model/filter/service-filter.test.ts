import {describe, expect, it} from 'vitest';
import {matchesService, parseServiceFilter, serviceFilterFields, type ServiceFilterRow} from '../../../source/model/filter/service-filter.js';
import {makeServiceRow} from '../../helpers/service-row.js';

const row = (rolloutWord: string, overrides: Parameters<typeof makeServiceRow>[0]): ServiceFilterRow => ({service: makeServiceRow(overrides), rolloutWord});
const rows = [
	row('steady', {serviceName: 'web', taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:41'}),
	row('rolling back', {serviceName: 'web-admin', launchType: null, capacityProviders: ['FARGATE_SPOT', 'FARGATE']}),
	row('FAILED', {serviceName: 'api', launchType: 'EC2'}),
	row('deploying', {serviceName: 'batch', status: 'DRAINING'}),
	row('scaling', {serviceName: 'payments-api'}),
];

const show = (text: string) => {
	const parsed = parseServiceFilter(text);
	if (!parsed.ok) throw new Error(`did not parse: ${JSON.stringify(parsed.error)}`);
	return rows.filter(each => matchesService(parsed.filter, each)).map(each => each.service.serviceName);
};

describe('matchesService', () => {
	it.each<[string, string[]]>([
		['name:web', ['web', 'web-admin']],
		['name:api', ['api']],
		['api', ['api', 'payments-api']],
		['state:steady', ['web']],
		['state:roll', ['web-admin']],
		['state:"rolling back"', ['web-admin']],
		['"rolling back"', ['web-admin']],
		['state:failed', ['api']],
		['!state:steady !state:scaling', ['web-admin', 'api', 'batch']],
		['launch:spot', ['web-admin']],
		['launch:fargate', ['web', 'web-admin', 'batch', 'payments-api']],
		['launch:ec2', ['api']],
		['draining', ['batch']],
		['web:41', ['web']],
		['name:web !name:web-', ['web']],
	])('%s → %j', (text, expected) => {
		expect(show(text)).toEqual(expected);
	});

	it('knows only its own fields', () => {
		expect(parseServiceFilter('ip:10.0.4')).toMatchObject({ok: false, error: {kind: 'unknown-field', field: 'ip', known: ['name', 'state', 'launch']}});
	});

	it('describes its fields', () => {
		expect(serviceFilterFields().map(field => `${field.name} ${field.rule} ${field.example}`)).toEqual([
			'name prefix name:web', 'state prefix state:deploying', 'launch substring launch:spot',
		]);
	});
});
