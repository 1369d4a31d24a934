import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {skipTerminalTests, startTmux, type TmuxSession} from '../helpers/tmux.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const IP = /10\.0\.\d{1,3}\.\d{1,3}/u;

const selectedLine = (screen: string) => screen.split('\n').find((line) => line.startsWith('>'));
const gridShown = (screen: string) => screen.includes('PRIVATE IP') && IP.test(screen);

let session: TmuxSession | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
});

describe.skipIf(skipTerminalTests)('ecswatch --demo in a real terminal', () => {
	it('starts, moves, opens a detail, goes back, and quits leaving the shell intact', async () => {
		session = startTmux('clear; echo BEFORE; node bin/ecswatch.js --demo; echo "EXIT=$?"', {width: 100, height: 30, cwd: root});
		const first = await session.waitFor(gridShown);
		expect(first).toContain('clusters › demo › all tasks');
		expect(first).not.toContain('BEFORE');
		const firstSelected = selectedLine(first);
		expect(firstSelected).toMatch(IP);

		session.send('Down');
		const moved = await session.waitFor((screen) => selectedLine(screen) !== firstSelected);
		expect(moved).toContain('2/');

		// c copies the selected task's IP through OSC 52; with set-clipboard on, tmux keeps it in a buffer.
		session.tmux('set', '-g', 'set-clipboard', 'on');
		const ip = IP.exec(selectedLine(moved) ?? '')?.[0];
		session.send('c');
		await session.waitFor((screen) => screen.includes(`copied ${ip}`));
		expect(session.tmux('show-buffer')).toBe(ip);

		session.send('Enter');
		const detail = await session.waitFor((screen) => screen.includes('Overview'));
		expect(detail).toMatch(/availability zone\s+us-east-1[abc]/u);

		session.send('Escape');
		await session.waitFor((screen) => gridShown(screen) && !screen.includes('Overview'));

		session.send('q');
		const after = await session.waitFor((screen) => screen.includes('EXIT=0'));
		expect(after).toContain('BEFORE');
		expect(after).not.toContain('PRIVATE IP');
		expect(after).toContain('PROMPT$');
		expect(session.modes()).toEqual({alternateScreen: false, cursorVisible: true});
	});

	it('fits 80x24 without wrapping and restores the terminal on Ctrl+C', async () => {
		session = startTmux('clear; node bin/ecswatch.js --demo --no-color; echo "EXIT=$?"', {width: 80, height: 24, cwd: root});
		const screen = await session.waitFor(gridShown);
		const lines = screen.split('\n');
		expect(lines[0]).toMatch(/^ecswatch {2}clusters › demo › all tasks/u);
		expect(lines.find((line) => line.startsWith('? help'))).toBeDefined();
		expect(lines.filter((line) => line.includes('ecswatch  clusters'))).toHaveLength(1);

		session.send('C-c');
		const after = await session.waitFor((current) => /EXIT=\d/u.test(current));
		expect(after).toContain('EXIT=0');
		expect(after).not.toContain('PRIVATE IP');
		expect(session.modes()).toEqual({alternateScreen: false, cursorVisible: true});
	});

	it('restores the terminal when killed with SIGTERM', async () => {
		session = startTmux('clear; node bin/ecswatch.js --demo; echo "EXIT=$?"', {width: 100, height: 30, cwd: root});
		await session.waitFor(gridShown);
		expect(session.modes()).toEqual({alternateScreen: true, cursorVisible: false});
		session.signalForeground('SIGTERM');
		const after = await session.waitFor((screen) => /EXIT=\d/u.test(screen));
		expect(after).toContain('EXIT=143');
		expect(session.modes()).toEqual({alternateScreen: false, cursorVisible: true});
	});

	it('refuses --filter without a cluster in a terminal, saying what to do, before anything starts', async () => {
		session = startTmux('clear; node bin/ecswatch.js --endpoint-url http://127.0.0.1:9 --filter az:b; echo "EXIT=$?"', {width: 100, height: 30, cwd: root});
		// Not just 'EXIT=': the typed command line itself says that.
		const after = await session.waitFor((screen) => /EXIT=\d/u.test(screen));
		expect(after).toContain('ecswatch: --filter and --sort shape a cluster\'s task grid: pass --cluster NAME too');
		expect(after).toContain('EXIT=2');
	});
});
