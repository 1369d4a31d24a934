import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {FILTER_LIMIT} from '../../../source/ui/list/list-state.js';
import {skipTerminalTests, startTmux, type TmuxSession} from '../../helpers/tmux.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const gridShown = (screen: string) => screen.includes('PRIVATE IP') && /10\.0\.\d{1,3}\.\d{1,3}/u.test(screen);
const filterLineOpen = (screen: string) => screen.split('\n').some(line => line.startsWith('/'));
// Generous: a loaded CI machine, and the bug this guards against froze the TUI for minutes.
const WAIT_MS = 60_000;

let session: TmuxSession | undefined;
let folder: string | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
	if (folder !== undefined) rmSync(folder, {recursive: true, force: true});
	folder = undefined;
});

describe.skipIf(skipTerminalTests)('a 100 KB paste into the demo\'s filter line, in a real terminal', () => {
	it('is cut to the limit and the keys after it still work: Esc brings the grid back, q quits', async () => {
		folder = mkdtempSync(join(tmpdir(), 'ecswatch-paste-'));
		const file = join(folder, 'paste.txt');
		// One line (tmux turns a pasted newline into Enter), about 100 KB.
		writeFileSync(file, 'status:running '.repeat(7000));
		session = startTmux('clear; node bin/ecswatch.js --demo --no-color; echo "EXIT=$?"', {width: 100, height: 30, cwd: root});
		await session.waitFor(gridShown, WAIT_MS);

		session.send('/');
		await session.waitFor(filterLineOpen, WAIT_MS);
		session.tmux('load-buffer', '-b', 'paste', file);
		session.tmux('paste-buffer', '-d', '-b', 'paste', '-t', '0');
		const pasted = await session.waitFor(screen => screen.includes(`filter limited to ${FILTER_LIMIT} characters`), WAIT_MS);
		expect(pasted.split('\n').find(line => line.startsWith('/'))).toMatch(/status:running/u);

		session.send('Escape');
		const back = await session.waitFor(screen => gridShown(screen) && !filterLineOpen(screen), WAIT_MS);
		expect(back).not.toContain('filter limited');

		session.send('q');
		const after = await session.waitFor(screen => /EXIT=\d/u.test(screen), WAIT_MS);
		expect(after).toContain('EXIT=0');
	}, 4 * WAIT_MS);
});
