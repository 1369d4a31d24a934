import {describe, expect, it} from 'vitest';
import {callsPerPoll, choosePollMode, estimateFastCalls, fastDescribeArns, inTransition, rolloutServiceNames, sweepPolls} from '../../source/ecs/poll-plan.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const steady = makeServiceRow({serviceArn: 'arn:s/batch', serviceName: 'batch', deployments: [makeDeployment({id: 'ecs-svc/1', status: 'PRIMARY', rolloutState: 'COMPLETED'})]});
const rolling = makeServiceRow({serviceArn: 'arn:s/web', serviceName: 'web', deployments: [
	makeDeployment({id: 'ecs-svc/2', status: 'PRIMARY', rolloutState: 'IN_PROGRESS', runningCount: 2, pendingCount: 4}),
	makeDeployment({id: 'ecs-svc/1', status: 'ACTIVE', rolloutState: 'COMPLETED', runningCount: 6, pendingCount: 0}),
]});
const done = makeServiceRow({...rolling, deployments: [makeDeployment({id: 'ecs-svc/2', status: 'PRIMARY', rolloutState: 'COMPLETED', runningCount: 6})]});
const BUDGET = {intervalMs: 5000, apiCallsPerSecond: 4};
const plan = (overrides: Partial<Parameters<typeof choosePollMode>[0]>) => choosePollMode({
	budget: BUDGET, lastFullCalls: 104, serviceCalls: 4, rolloutServices: ['web'], fastCalls: 3, ...overrides,
});

describe('the poll plan', () => {
	it('gives a poll the budget\'s share of its interval', () => {
		expect(callsPerPoll(BUDGET)).toBe(20);
		expect(callsPerPoll({intervalMs: 1000, apiCallsPerSecond: 0.5})).toBe(1);
	});

	it('follows the services rolling out now, and those that were on the poll before', () => {
		expect(rolloutServiceNames([], [steady, rolling])).toEqual(['web']);
		expect(rolloutServiceNames([rolling], [steady, done])).toEqual(['web']);
		expect(rolloutServiceNames([done], [steady, done])).toEqual([]);
	});

	it('runs in lanes only while a service rolls out in a cluster whose full listing does not fit in a poll', () => {
		expect(plan({})).toEqual({kind: 'lanes', services: ['web'], sweepCalls: 13});
		// Today's poll: no rollout; not told the budget; before the first full listing; a small cluster; one that fits.
		expect(plan({rolloutServices: []})).toEqual({kind: 'full'});
		expect(plan({budget: undefined})).toEqual({kind: 'full'});
		expect(plan({lastFullCalls: null})).toEqual({kind: 'full'});
		expect(plan({lastFullCalls: 10})).toEqual({kind: 'full'});
		expect(plan({lastFullCalls: 30, budget: {intervalMs: 10_000, apiCallsPerSecond: 4}})).toEqual({kind: 'full'});
		// A fast lane that alone fills the poll's share gains nothing over a full poll.
		expect(plan({fastCalls: 16})).toEqual({kind: 'full'});
	});

	it('estimates the fast lane from the deployments\' counts, and a sweep\'s length from its share', () => {
		expect(estimateFastCalls([steady, rolling], ['web'])).toBe(3);
		const big = makeServiceRow({...rolling, deployments: [makeDeployment({status: 'PRIMARY', rolloutState: 'IN_PROGRESS', runningCount: 150, pendingCount: 100})]});
		expect(estimateFastCalls([big], ['web'])).toBe(3 + 1 + 3);
		expect(sweepPolls(104, 13)).toBe(8);
		expect(sweepPolls(104, 0)).toBe(104);
	});

	it('takes as in transition what is between states, on its way out or unhealthy — not UNKNOWN health', () => {
		expect(inTransition(makeTaskRow({lastStatus: 'PROVISIONING', desiredStatus: 'RUNNING'}))).toBe(true);
		expect(inTransition(makeTaskRow({lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'}))).toBe(true);
		expect(inTransition(makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'STOPPED', healthStatus: 'HEALTHY'}))).toBe(true);
		expect(inTransition(makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNHEALTHY'}))).toBe(true);
		expect(inTransition(makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNKNOWN'}))).toBe(false);
		expect(inTransition(makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED'}))).toBe(false);
	});

	it('describes what the fast lane listed (not what is known STOPPED), what left its lists, and tasks in transition', () => {
		const rows = new Map([
			['old-stopped', makeTaskRow({taskArn: 'old-stopped', lastStatus: 'STOPPED', desiredStatus: 'STOPPED'})],
			['left', makeTaskRow({taskArn: 'left', lastStatus: 'RUNNING', desiredStatus: 'RUNNING'})],
			['steady', makeTaskRow({taskArn: 'steady', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY'})],
			['pending', makeTaskRow({taskArn: 'pending', lastStatus: 'PENDING', desiredStatus: 'RUNNING'})],
			['sick', makeTaskRow({taskArn: 'sick', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNHEALTHY'})],
		]);
		expect(fastDescribeArns({listed: ['new', 'old-stopped'], listedBefore: new Set(['left', 'old-stopped']), rows})).toEqual(['new', 'left', 'pending', 'sick']);
		expect(fastDescribeArns({listed: [], listedBefore: new Set(), rows, limit: 1})).toEqual(['pending']);
	});
});
