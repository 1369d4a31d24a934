import {describe, expect, it} from 'vitest';
import type {RolloutState} from '../../source/model/rollout-state.js';
import type {ServiceRow} from '../../source/model/service-row.js';
import {nextWait, rolloutIdentity, startWait, type WaitJudge, type WaitVerdict} from '../../source/model/wait-verdict.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';

const steady: RolloutState = {kind: 'steady'};
const counts = {healthy: 2, running: 2, desired: 6, pending: 1, failed: 0};
const deploying = (target: string): RolloutState => ({kind: 'deploying', target, from: 'web:41', ...counts});
const rollingBack: RolloutState = {kind: 'rolling-back', target: 'web:41', from: 'web:43', ...counts};
const rolledBack: RolloutState = {kind: 'rolled-back', target: 'web:41', from: 'web:43'};

/** A service whose PRIMARY deployment has this id. */
const withPrimary = (id: string, overrides: Partial<ServiceRow> = {}): ServiceRow =>
	makeServiceRow({deployments: [makeDeployment({id, status: 'PRIMARY'})], ...overrides});

/** The verdicts of a wait that sees these looks one after the other. */
function verdicts(looks: ReadonlyArray<[ServiceRow | null, RolloutState]>): WaitVerdict[] {
	let judge: WaitJudge | undefined;
	const seen: WaitVerdict[] = [];
	for (const [service, state] of looks) {
		const step = judge === undefined ? startWait({service, state}) : nextWait(judge, {service, state});
		judge = step.judge;
		seen.push(step.verdict);
	}

	return seen;
}

describe('rolloutIdentity', () => {
	it('is the PRIMARY deployment, else the PRIMARY task set, else null', () => {
		expect(rolloutIdentity(makeServiceRow({deployments: [makeDeployment({id: 'ecs-svc/1', status: 'ACTIVE'}), makeDeployment({id: 'ecs-svc/2', status: 'PRIMARY'})]}))).toBe('ecs-svc/2');
		const taskSet = {id: 'ecs-svc/9', status: 'PRIMARY'} as ServiceRow['taskSets'][number];
		expect(rolloutIdentity(makeServiceRow({taskSets: [{...taskSet, id: 'ecs-svc/8', status: 'ACTIVE'}, taskSet]}))).toBe('ecs-svc/9');
		expect(rolloutIdentity(makeServiceRow())).toBeNull();
	});
});

describe('the wait verdict', () => {
	it('a rollout in progress when the wait starts: done once the service is steady', () => {
		expect(verdicts([[withPrimary('new'), deploying('web:42')], [withPrimary('new'), deploying('web:42')], [withPrimary('new'), steady]]))
			.toEqual(['waiting', 'waiting', 'done']);
	});

	it('a rollout that fails: failed as soon as the rollback starts, not when it completes', () => {
		expect(verdicts([[withPrimary('bad'), deploying('web:43')], [withPrimary('rollback'), rollingBack]])).toEqual(['waiting', 'failed']);
		expect(verdicts([[withPrimary('bad'), deploying('web:43')], [withPrimary('rollback'), rolledBack]])).toEqual(['waiting', 'failed']);
		expect(verdicts([[withPrimary('bad'), deploying('web:43')], [withPrimary('bad'), {kind: 'failed', target: 'web:43', reason: null}]])).toEqual(['waiting', 'failed']);
	});

	it('a rollout already failed or rolling back when the wait starts is judged at once', () => {
		expect(verdicts([[withPrimary('rollback'), rollingBack]])).toEqual(['failed']);
		expect(verdicts([[withPrimary('bad'), {kind: 'failed', target: 'web:43', reason: 'tasks failed to start'}]])).toEqual(['failed']);
	});

	it('a steady service is waited on for its next rollout: a change of count alone is not one', () => {
		expect(verdicts([
			[withPrimary('old'), steady],
			[withPrimary('old'), {kind: 'scaling', from: 6, to: 8}],
			[withPrimary('old'), steady],
			[withPrimary('new'), deploying('web:42')],
			[withPrimary('new'), steady],
		])).toEqual(['waiting', 'waiting', 'waiting', 'waiting', 'done']);
	});

	it('a next rollout that completes (or fails) between two looks is still judged', () => {
		expect(verdicts([[withPrimary('old'), steady], [withPrimary('new'), steady]])).toEqual(['waiting', 'done']);
		expect(verdicts([[withPrimary('old'), steady], [withPrimary('rollback'), rolledBack]])).toEqual(['waiting', 'failed']);
	});

	it('a service settled after an earlier rollback waits for the next rollout, and then judges it', () => {
		expect(verdicts([[withPrimary('rollback'), rolledBack], [withPrimary('rollback'), rolledBack], [withPrimary('new'), deploying('web:44')], [withPrimary('new'), steady]]))
			.toEqual(['waiting', 'waiting', 'waiting', 'done']);
	});

	it('does not take stale rollback events for a failure of the PRIMARY it saw rolling forward', () => {
		expect(verdicts([[withPrimary('new'), deploying('web:44')], [withPrimary('new'), rolledBack], [withPrimary('new'), steady]]))
			.toEqual(['waiting', 'waiting', 'done']);
	});

	it('a scaling in progress when the wait starts is done once the counts match', () => {
		expect(verdicts([[withPrimary('old'), {kind: 'scaling', from: 4, to: 6}], [withPrimary('old'), steady]])).toEqual(['waiting', 'done']);
	});

	it('a service deleted, draining or gone ends the wait as deleted', () => {
		expect(verdicts([[withPrimary('new'), deploying('web:42')], [withPrimary('new', {status: 'DRAINING'}), {kind: 'draining', running: 2}]])).toEqual(['waiting', 'deleted']);
		expect(verdicts([[withPrimary('old'), steady], [null, steady]])).toEqual(['waiting', 'deleted']);
		expect(verdicts([[withPrimary('old', {status: 'INACTIVE'}), steady]])).toEqual(['deleted']);
		expect(verdicts([[null, steady]])).toEqual(['deleted']);
	});
});
