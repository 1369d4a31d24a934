import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {tasksRequest} from '../../source/ui/screens/tasks/tasks-request.js';
import type {Sources} from '../../source/ui/stack/sources.js';
import {createTaskPoller} from '../../source/watch/task-poller.js';
import {SECRET_FRAGMENTS, SIGNATURE_MESSAGE} from '../errors/fake-secrets.js';
import {waitUntil} from '../helpers/wait-until.js';

afterEach(cleanup);

describe('the TUI header', () => {
	it('never shows the credentials an AWS error echoes', async () => {
		const signatureError = Object.assign(new Error(SIGNATURE_MESSAGE.replaceAll('\n', ' ')), {name: 'InvalidSignatureException'});
		const tasks = () => createTaskPoller({intervalMs: 60_000, fetch: async () => {
			throw signatureError;
		}});
		const sources = {tasks} as unknown as Sources;
		const app = render(<App sources={sources} initial={[tasksRequest('prod')]} target="us-east-1" width={400} height={10} onQuit={() => {}} colorEnabled={false} />);
		await waitUntil(() => expect(app.lastFrame()).toContain('AWS rejected the request signature'));
		// The header words it; `!` shows what AWS said, whole.
		app.stdin.write('!');
		await waitUntil(() => expect(app.lastFrame()).toContain('InvalidSignatureException'));
		const frame = app.lastFrame() ?? '';
		expect(frame).toContain('Credential=[redacted]');
		for (const fragment of SECRET_FRAGMENTS) expect(frame).not.toContain(fragment);
	});
});
