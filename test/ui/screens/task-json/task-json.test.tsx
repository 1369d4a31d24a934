import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {JsonValue} from '../../../../source/model/json-lines.js';
import {taskJsonRequest, taskParams} from '../../../../source/ui/screens/task/task-request.js';
import {FETCHED_AT, snapshotOf} from '../../../helpers/fake-store.js';
import {renderApp} from '../../render-app.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task/prod/3f19677510ab2b9206633b63703c4e93';
const task: JsonValue = {
	taskArn: ARN, lastStatus: 'RUNNING',
	tags: [{key: 'owner', value: 'evil\u001B]0;pwned\u0007\u202Etxt.exe'}],
	containers: Array.from({length: 10}, (_, index) => ({name: `c${index}`, exitCode: null})),
};

/** The JSON screen alone, its source answering with `json` (null: ECS no longer reports the task). */
function open(json: JsonValue | null) {
	return renderApp(snapshotOf([]), {
		initial: [taskJsonRequest(taskParams('prod', ARN))], taskJson: {task: json, fetchedAt: FETCHED_AT}, height: 14, colorEnabled: false,
	});
}

describe('the task JSON screen', () => {
	it('pretty-prints the task, every hostile character escaped, and scrolls', async () => {
		const app = open(task);
		const frame = app.frame();
		expect(frame.split('\n')[0]).toBe('ecswatch  json  us-east-1');
		expect(frame).toMatch(/Task 3f19677510ab2b9206633b63703c4e93 · DescribeTasks JSON {2}lines 1–10 of \d+/u);
		expect(frame).toContain('"value": "evil\\u001b]0;pwned\\u0007\\u202etxt.exe"');
		expect(frame).not.toContain('\u001B]');
		await app.press('G');
		expect(app.frame()).toContain('"name": "c9"');
		expect(app.frame()).not.toContain('"taskArn"');
		await app.press('g');
		expect(app.frame()).toContain('"taskArn"');
	});

	it('says when ECS no longer reports the task', () => {
		expect(open(null).frame()).toContain('This task is no longer reported by ECS. Esc goes back.');
	});
});
