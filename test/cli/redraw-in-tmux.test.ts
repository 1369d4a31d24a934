import type {ChildProcess} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';
import {skipTerminalTests, startTmux, type TmuxSession} from '../helpers/tmux.js';
import {SHIFTED_FRAMES} from './shifted-frames-script.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const WAIT_MS = 30_000;
const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

let session: TmuxSession | undefined;
let simulator: ChildProcess | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
	simulator?.kill();
	simulator = undefined;
});

/** The screen once two captures half a second apart agree. */
async function settled(tmux: TmuxSession): Promise<string> {
	let last = tmux.screen();
	for (;;) {
		await pause(500);
		const now = tmux.screen();
		if (now === last) return now;
		last = now;
	}
}

describe.skipIf(skipTerminalTests)('only changed lines are written, in a real terminal at 80x24', () => {
	it('after many screens, overlays and a filter, the screen is what a full redraw draws: no stale lines', async () => {
		const started = await spawnSimulate();
		simulator = started.process;
		// A steady cluster and an hour between polls: nothing changes on screen but what the keys change.
		const command = `AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test node bin/ecswatch.js --endpoint-url ${started.endpoint} --cluster staging --interval 3600`;
		session = startTmux(command, {width: 80, height: 24, cwd: root});
		await session.waitFor(screen => screen.includes('PRIVATE IP') && /10\.\d+\.\d+\.\d+/u.test(screen), WAIT_MS);

		// Screens of different heights and line lengths, one over another: the task's detail, the
		// help overlay, the timeline, a filter that leaves fewer rows, the services, one service's tasks.
		const keys = ['Down', 'Down', 'Up', 'Enter', 'Escape', '?', 'Escape', 't', 'Down', 't', '/', 'w', 'e', 'b', 'Enter', 'Down', 'Escape', 'Escape', 'Down', 'Enter', 'Down'];
		for (const key of keys) {
			session.send(key);
			// Keeps Escape and the next key apart (together they read as Alt+key).
			await pause(250);
		}

		const live = await settled(session);
		expect(live).toMatch(/^ecswatch {2}clusters › staging › api/u);

		// Resizing makes the app draw every row again, from nothing.
		session.tmux('resize-window', '-t', '0', '-x', '100', '-y', '30');
		await session.waitFor(screen => screen.split('\n').findIndex(line => line.includes('? help')) > 24, WAIT_MS);
		session.tmux('resize-window', '-t', '0', '-x', '80', '-y', '24');
		const redrawn = await session.waitFor(screen => screen === live, 10_000).catch(async () => settled(session!));
		expect(redrawn).toBe(live);
	}, 4 * WAIT_MS);

	it('rows that moved are scrolled into place (insert and delete line in a region): the pane shows each frame exactly', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'ecswatch-shifted-'));
		const log = join(directory, 'updates.jsonl');
		try {
			session = startTmux(`node --import tsx test/cli/shifted-frames-script.ts ${log}`, {width: 80, height: 24, cwd: root});
			const expected = (index: number) => SHIFTED_FRAMES[index]!.map(line => stripVTControlCharacters(line).trimEnd()).join('\n');
			await session.waitFor(screen => screen.trimEnd() === expected(0).trimEnd(), WAIT_MS);
			for (let index = 1; index < SHIFTED_FRAMES.length; index++) {
				session.send('Enter');
				const shown = await session.waitFor(screen => screen.includes(stripVTControlCharacters(SHIFTED_FRAMES[index]![1]!)), WAIT_MS).then(async () => settled(session!));
				expect(shown.trimEnd()).toBe(expected(index).trimEnd());
			}

			const updates = readFileSync(log, 'utf8').trim().split('\n').map(line => JSON.parse(line) as string);
			expect(updates).toHaveLength(SHIFTED_FRAMES.length);
			// Each later frame was drawn by scrolling rows inside a region above the footer, not by
			// writing the rows that only moved.
			for (const update of updates.slice(1)) {
				expect(update).toMatch(/\[\d+;\d+r/u);
				expect(update).toMatch(/\[\d*[LM]/u);
				expect(update).not.toContain('task-005');
			}
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	}, 4 * WAIT_MS);
});
