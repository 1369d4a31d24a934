import {describe, expect, it} from 'vitest';
import {cellText, DROP_ORDER, GAP, layoutColumns, MARKER_WIDTH, type Column} from '../../source/model/columns.js';
import {makeTaskRow} from '../helpers/task-row.js';

const total = (columns: Column[]) => MARKER_WIDTH + columns.reduce((sum, c) => sum + c.width, 0) + GAP * (columns.length - 1);
const ids = (width: number, loadBalanced = false) => layoutColumns(width, {loadBalanced}).map(c => c.id).join(' ');
const widthOf = (width: number, id: string) => layoutColumns(width, {loadBalanced: true}).find(c => c.id === id)?.width;

describe('layoutColumns', () => {
	it('never exceeds the width, from 60 to 250 columns', () => {
		for (let width = 60; width <= 250; width++) {
			expect(total(layoutColumns(width)), `width ${width}`).toBeLessThanOrEqual(width);
		}
	});

	it('drops columns in the documented order and keeps TASK, STATUS and PRIVATE IP', () => {
		expect(ids(200)).toBe('task service rev status health az eni ip launch age');
		expect(ids(100)).toBe('task service status health az eni ip age');
		expect(ids(80)).toBe('task service status health eni ip');
		expect(ids(60)).toBe('task service status health ip');
		expect(ids(30)).toBe('task status ip');
		expect(DROP_ORDER).toEqual(['launch', 'rev', 'az', 'age', 'eni', 'health', 'target', 'service']);
	});

	it('has a TARGET column only with load balancing, kept over ENI and HEALTH as the terminal narrows', () => {
		expect(ids(200, true)).toBe('task service rev status health target az eni ip launch age');
		expect(ids(120, true)).toBe('task service rev status health target az eni ip age');
		expect(ids(100, true)).toBe('task service status health target eni ip age');
		expect(ids(80, true)).toBe('task service status health target ip');
		expect(ids(60, true)).toBe('task service status target ip');
		expect(ids(30, true)).toBe('task status ip');
		for (let width = 60; width <= 250; width++) {
			expect(total(layoutColumns(width, {loadBalanced: true})), `width ${width}`).toBeLessThanOrEqual(width);
		}
	});

	it('widens STATUS to 20 before TARGET, and TARGET to its whole reason before the others', () => {
		expect(widthOf(80, 'status')).toBe(20);
		expect(widthOf(80, 'target')).toBe(13);
		expect(widthOf(160, 'target')).toBe('unhealthy (ResponseCodeMismatch)'.length);
		expect(widthOf(160, 'service')).toBe(8);
	});

	it('uses spare room to widen the flexible columns', () => {
		const wide = layoutColumns(200);
		expect(total(wide)).toBe(200);
		const status = (width: number) => layoutColumns(width).find(c => c.id === 'status')?.width ?? 0;
		expect(status(150)).toBeGreaterThan(status(114));
	});
});

describe('cellText', () => {
	const now = Date.parse('2026-01-15T12:00:00Z');

	it('shows host ports in the ENI column for tasks without an ENI', () => {
		const bridge = makeTaskRow({hostPorts: [{containerName: 'web', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'}]});
		expect(cellText(bridge, 'eni', now)).toBe('80→32768/tcp');
		expect(cellText(makeTaskRow({eniId: 'eni-1'}), 'eni', now)).toBe('eni-1');
		expect(cellText(makeTaskRow({}), 'eni', now)).toBeNull();
	});

	it('is null for missing values and sanitises AWS strings', () => {
		const row = makeTaskRow({service: 'we\u0007b', taskDefinition: 'web:12', createdAt: '2026-01-15T11:59:55Z'});
		expect(cellText(row, 'service', now)).toBe('we\uFFFDb');
		expect(cellText(row, 'rev', now)).toBe('web:12');
		expect(cellText(row, 'age', now)).toBe('5s');
		expect(cellText(row, 'az', now)).toBeNull();
		expect(cellText(row, 'health', now)).toBeNull();
	});

	it('says the worst load-balancer target state, `-` (null) behind no load balancer', () => {
		const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067';
		const draining = {targetGroupArn: tg, targetId: '10.0.1.5', port: 80, state: 'draining', reason: 'Target.DeregistrationInProgress', description: null, drainingEndsAt: '2026-01-15T12:04:10Z'};
		expect(cellText(makeTaskRow({targets: [draining]}), 'target', now)).toBe('draining 4m');
		expect(cellText(makeTaskRow({targets: [draining, {...draining, state: 'unhealthy', reason: 'Target.Timeout'}]}), 'target', now)).toBe('unhealthy (Timeout)');
		expect(cellText(makeTaskRow({targets: []}), 'target', now)).toBe('unregistered');
		expect(cellText(makeTaskRow({}), 'target', now)).toBeNull();
	});
});
