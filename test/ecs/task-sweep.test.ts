import {describe, expect, it} from 'vitest';
import {newSweep, nextSweepStep, sweepListed, sweepRefreshed, sweepSaw, sweepSkipScope} from '../../source/ecs/task-sweep.js';

const arns = (prefix: string, count: number) => Array.from({length: count}, (_, index) => `${prefix}${String(index).padStart(3, '0')}`);

describe('a sweep of the scope spread over polls', () => {
	it('lists RUNNING then STOPPED, describes each full batch at once and the rest at the end, then is done', () => {
		const sweep = newSweep();
		const steps: string[] = [];
		const running = arns('r', 150);
		for (;;) {
			const step = nextSweepStep(sweep);
			if (step.kind === 'done') break;
			if (step.kind === 'describe') {
				steps.push(`describe ${step.taskArns.length}`);
				sweepRefreshed(sweep, step.taskArns, true);
			} else {
				steps.push(`list ${step.desiredStatus}${step.nextToken === undefined ? '' : ' ' + step.nextToken}`);
				if (step.desiredStatus === 'RUNNING') sweepListed(sweep, step.nextToken === undefined ? running.slice(0, 100) : running.slice(100), step.nextToken === undefined ? 't1' : undefined);
				else sweepListed(sweep, ['s1'], undefined);
			}
		}

		expect(steps).toEqual(['list RUNNING', 'describe 100', 'list RUNNING t1', 'list STOPPED', 'describe 51']);
		expect(sweep.calls).toBe(5);
		expect(sweep.seen.size).toBe(151);
	});

	it('does not describe again what the fast lane refreshed since it began, yet counts what it listed as seen', () => {
		const sweep = newSweep(['web']);
		sweepRefreshed(sweep, ['a'], false);
		sweepSaw(sweep, ['z']);
		sweepListed(sweep, ['a', 'b'], undefined);
		sweepSkipScope(sweep);
		expect(nextSweepStep(sweep)).toEqual({kind: 'describe', taskArns: ['b']});
		expect([...sweep.seen].sort()).toEqual(['a', 'b', 'z']);
	});

	it('sweeps each watched service on its own', () => {
		const sweep = newSweep(['web', 'api', 'web']);
		expect(sweep.scopes).toEqual([
			{serviceName: 'web', desiredStatus: 'RUNNING'}, {serviceName: 'web', desiredStatus: 'STOPPED'},
			{serviceName: 'api', desiredStatus: 'RUNNING'}, {serviceName: 'api', desiredStatus: 'STOPPED'},
		]);
	});
});
