import type {ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';
import {MULTIPLE_SOURCES_WARNING, NODE_VERSION_WARNING, sdkWarnsAboutNode, warningEnvPrefix, warningHome, type WarningHome} from '../helpers/sdk-warning-env.js';
import {skipTerminalTests, startTmux, type TmuxSession} from '../helpers/tmux.js';
import {waitUntil} from '../helpers/wait-until.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const IP = /10\.0\.\d{1,3}\.\d{1,3}/u;
const gridShown = (screen: string) => screen.includes('PRIVATE IP') && IP.test(screen);
/** Words of each warning (and of Node's own warning printer) that no ecswatch screen has. */
const NODE_WORDS = /NodeVersionSupportWarning|AWS SDK for JavaScript|--trace-warnings|\(node:\d+\)/u;
const CREDENTIAL_WORDS = /credential sources|AWS_PROFILE|defaultProvider/u;
/** The transcript's lines that have these words: none, or what a failure shows. */
const linesMatching = (transcript: string, words: RegExp) => transcript.split('\n').filter((line) => words.test(line));

let session: TmuxSession | undefined;
let home: WarningHome | undefined;
let simulator: ChildProcess | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
	home?.remove();
	home = undefined;
	simulator?.kill('SIGINT');
	simulator = undefined;
});

/**
 * Runs dist/ecswatch.js in tmux (not bin/ecswatch.js, which turns the Node-version warning off),
 * with the quieting switches removed from its environment, and quits once `logged` is in
 * --log-file. Returns the screens seen (while the TUI ran, and the shell's after it) and the
 * transcript of every byte written to the terminal, which tmux records from before ecswatch
 * starts (the shell waits for a line first): a warning that Ink drew over is still in it.
 */
async function screensOfARun(args: string, env: Record<string, string>, logged: string): Promise<{during: string[]; after: string; transcript: string}> {
	home ??= warningHome();
	const {logFile, dir} = home;
	const transcriptFile = join(dir, 'terminal.transcript');
	session = startTmux(`read -r GO; clear; printf '%s-%s\\n' START RUN; echo BEFORE; ${warningEnvPrefix(env)} node dist/ecswatch.js ${args} --log-file '${logFile}'; echo "EXIT=$?"`, {width: 100, height: 30, cwd: root});
	session.tmux('pipe-pane', '-o', '-t', '0', `cat >> '${transcriptFile}'`);
	session.send('Enter');
	const during = [await session.waitFor(gridShown)];
	// The warning was given: the screen has had every chance to show it.
	await waitUntil(() => {
		expect(home?.log()).toContain(logged);
	});
	during.push(session.screen());
	session.send('q');
	const after = await session.waitFor((screen) => screen.includes('EXIT=0'));
	const transcript = await waitUntil(() => {
		// From the marker on: the shell's echo of the typed command line may be in the transcript too.
		const text = readFileSync(transcriptFile, 'latin1');
		expect(text).toContain('START-RUN');
		expect(text).toContain('EXIT=0');
		return text.slice(text.indexOf('START-RUN'));
	});
	return {during, after, transcript};
}

describe.skipIf(skipTerminalTests)('SDK warnings never reach the terminal behind Ink\'s back', () => {
	it.skipIf(!sdkWarnsAboutNode)('the Node-version warning: not on the TUI, not on the shell\'s screen after it, in --log-file', async () => {
		const {during, after, transcript} = await screensOfARun('--demo --interval 1', {}, NODE_VERSION_WARNING);
		for (const screen of during) expect(screen).not.toMatch(NODE_WORDS);
		expect(after).toContain('BEFORE');
		expect(after).not.toMatch(NODE_WORDS);
		expect(transcript).toContain('PRIVATE IP');
		expect(linesMatching(transcript, NODE_WORDS)).toEqual([]);
		expect(home?.log()).toMatch(/^\S+Z warning Warning: NodeVersionSupportWarning: The AWS SDK for JavaScript \(v3\) versions/mu);
	});

	it('the "multiple credential sources" console.warn of the credential chain: not on the TUI, in --log-file', async () => {
		home = warningHome();
		const started = await spawnSimulate();
		simulator = started.process;
		const {during, after, transcript} = await screensOfARun(`--endpoint-url ${started.endpoint} --cluster demo --interval 1`, home.bothCredentialSources, MULTIPLE_SOURCES_WARNING);
		for (const screen of during) expect(screen).not.toMatch(CREDENTIAL_WORDS);
		expect(after).not.toMatch(CREDENTIAL_WORDS);
		expect(transcript).toContain('PRIVATE IP');
		expect(linesMatching(transcript, CREDENTIAL_WORDS)).toEqual([]);
		expect(home.log().split('\n').filter((line) => line.includes(`console.warn @aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING: ${MULTIPLE_SOURCES_WARNING}`))).toHaveLength(1);
	});
});
