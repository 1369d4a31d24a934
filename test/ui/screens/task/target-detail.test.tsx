import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {TaskTarget} from '../../../../source/model/targets/task-target.js';
import type {TaskRow} from '../../../../source/model/task-row.js';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {makeTaskRow} from '../../../helpers/task-row.js';
import {KEYS, renderApp} from '../../render-app.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const WEB_TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067';
const ADMIN_TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/admin-tg/0123456789abcdef';

function task(targets: TaskTarget[] | undefined): TaskRow {
	return makeTaskRow({
		taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/0f1e2d3c4b5a69788796a5b4c3d2e1f0', service: 'web', taskDefinition: 'web:13',
		lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED', eniId: 'eni-0a1b2c3d4e5f60718', privateIpv4: '10.0.1.17',
		...(targets === undefined ? {} : {targets}),
	});
}

const twoGroups: TaskTarget[] = [
	{
		targetGroupArn: WEB_TG, targetId: '10.0.1.17', port: 80, state: 'draining', reason: 'Target.DeregistrationInProgress',
		description: 'Target deregistration is in progress', drainingEndsAt: '2026-01-15T12:04:30.000Z',
	},
	{
		targetGroupArn: ADMIN_TG, targetId: '10.0.1.17', port: 8080, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch',
		description: 'Health checks failed with these codes: [502]\u001B[2J', drainingEndsAt: null,
	},
];

/** The lines of the "Load balancer targets" section, from its title to the next section. */
function targetSection(frame: string): string {
	const lines = frame.split('\n');
	const start = lines.findIndex(line => line.startsWith('Load balancer targets'));
	const end = lines.findIndex((line, index) => index > start && line === 'Timestamps');
	return lines.slice(start, end).join('\n');
}

describe('the task screen\'s load-balancer targets', () => {
	it('lists each target group with its target, state, reason, description and draining time left (120 columns)', async () => {
		const app = renderApp(snapshotOf([task(twoGroups)]), {width: 120, height: 60, colorEnabled: false});
		await app.press(KEYS.enter);
		expect(targetSection(app.frame())).toMatchInlineSnapshot(`
			"Load balancer targets (2)
			  target group         web-tg
			    ARN                arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067
			    target             10.0.1.17:80
			    state              draining 4m
			    reason             Target.DeregistrationInProgress
			    description        Target deregistration is in progress
			    draining ends      2026-01-15T12:04:30.000Z
			  target group         admin-tg
			    ARN                arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/admin-tg/0123456789abcdef
			    target             10.0.1.17:8080
			    state              unhealthy (ResponseCodeMismatch)
			    reason             Target.ResponseCodeMismatch
			    description        Health checks failed with these codes: [502]�[2J"
		`);
	});

	it('fits 80 columns, cutting the long values', async () => {
		const app = renderApp(snapshotOf([task(twoGroups)]), {width: 80, height: 60, colorEnabled: false});
		await app.press(KEYS.enter);
		expect(targetSection(app.frame())).toMatchInlineSnapshot(`
			"Load balancer targets (2)
			  target group         web-tg
			    ARN                arn:aws:elasticloadbalancing:us-east-1:123456789012:targ…
			    target             10.0.1.17:80
			    state              draining 4m
			    reason             Target.DeregistrationInProgress
			    description        Target deregistration is in progress
			    draining ends      2026-01-15T12:04:30.000Z
			  target group         admin-tg
			    ARN                arn:aws:elasticloadbalancing:us-east-1:123456789012:targ…
			    target             10.0.1.17:8080
			    state              unhealthy (ResponseCodeMismatch)
			    reason             Target.ResponseCodeMismatch
			    description        Health checks failed with these codes: [502]�[2J"
		`);
	});

	it('says when the task is in none of its service\'s target groups, and has no section without a load balancer', async () => {
		const registered = renderApp(snapshotOf([task([])]), {width: 100, height: 60, colorEnabled: false});
		await registered.press(KEYS.enter);
		expect(targetSection(registered.frame())).toBe('Load balancer targets (0)\n  state                unregistered: in none of its service\'s target groups');
		cleanup();
		const plain = renderApp(snapshotOf([task(undefined)]), {width: 100, height: 60, colorEnabled: false});
		await plain.press(KEYS.enter);
		expect(plain.frame()).toContain('Timestamps');
		expect(plain.frame()).not.toContain('Load balancer');
	});
});
