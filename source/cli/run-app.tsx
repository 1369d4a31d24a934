import {render, type Instance} from 'ink';
import {normaliseError} from '../model/error-report.js';
import type {TaskSort} from '../model/task-sort.js';
import {sanitize} from '../model/sanitize.js';
import {TerminalApp} from '../ui/terminal-app.js';
import {initialScreens} from './initial-screens.js';
import {openSources} from './open-sources.js';
import {terminalFeatures} from './terminal-features.js';
import {notifierFor} from './terminal-notifier.js';
import {sourcesFor} from '../ui/terminal/rollout-notifications.js';
import type {FirstPoll} from './first-poll.js';
import type {OpenTarget} from './open-target.js';
import {enterFullScreen} from './terminal-screen.js';
import {frameStdout} from './frame-stdout.js';

export interface RunAppOptions {
	intervalMs: number;
	colorEnabled: boolean;
	/** `--service` names: the task grid opens on these services' tasks only. */
	services: readonly string[];
	/** `--sort` and `--filter`: how the task grid opens. */
	sort: TaskSort | undefined;
	filter: string | undefined;
	/** `--notify`: a bell and a desktop notification when a watched rollout completes or fails. */
	notify?: boolean | undefined;
	/** The opening grid's first poll, started before this module was loaded. */
	firstPoll?: FirstPoll | undefined;
}

/** Each line of a multi-line text, sanitised. */
const sanitizeBlock = (text: string) => text.split('\n').map(line => sanitize(line)).join('\n');

/** Exit code of a crash: EX_SOFTWARE. */
const EXIT_CRASH = 70;

/**
 * The interactive TUI on the alternate screen. Resolves when the user quits; every way out
 * (q, Ctrl+C, SIGTERM, SIGHUP, a crash) restores the terminal first.
 */
export async function runApp(target: OpenTarget, options: RunAppOptions): Promise<void> {
	const polled = openSources(target.client, {intervalMs: options.intervalMs, now: target.now, logsClient: target.logsClient, elbClient: target.elbClient, firstPoll: options.firstPoll});
	const sources = sourcesFor(polled, options.notify === true, () => notifierFor(process.env, process.stdout));
	const screen = enterFullScreen(process.stdout, process.stdin);
	const frames = frameStdout(process.stdout);
	let instance: Instance | undefined;
	const leave = () => {
		instance?.unmount();
		// Ink's last frame on unmount would land on the main screen, after the restore.
		frames.dispose();
		screen.restore();
	};
	const onFatal = (error: unknown) => {
		leave();
		// The stack helps a bug report; it goes through the same redaction as every other error.
		const {name, message} = normaliseError(error);
		const stack = error instanceof Error && error.stack !== undefined ? normaliseError({name, message: error.stack}).message : `${name}: ${message}`;
		process.stderr.write(`ecswatch: crashed: ${sanitizeBlock(stack)}\n`);
		process.exit(EXIT_CRASH);
	};
	const onSignal = (signal: NodeJS.Signals) => {
		leave();
		process.exit(128 + (signal === 'SIGHUP' ? 1 : 15));
	};
	process.on('uncaughtException', onFatal);
	process.on('unhandledRejection', onFatal);
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	process.once('exit', screen.restore);

	try {
		instance = render(
			<TerminalApp
				sources={sources}
				initial={initialScreens(target.cluster, options.services, {sort: options.sort, filter: options.filter})}
				target={target.description}
				terminal={terminalFeatures(process.env, process.stdout)}
				colorEnabled={options.colorEnabled}
				clock={target.now}
				signIn={target.signIn}
				onQuit={() => instance?.unmount()}
			/>,
			// Not patchConsole: Ink would print console output above the frame, in the TUI; cli.tsx's
			// captureWarnings keeps it off the terminal (and in --log-file) instead.
			// `debug`: Ink hands each frame, whole and at once, to frameStdout, which writes only the
			// lines that changed (Ink 6.8's own incrementalRendering left stale lines) and coalesces
			// only the frames of one event-loop turn, so a key is answered without Ink's maxFps wait.
			{stdout: frames.stream, debug: true, exitOnCtrlC: false, patchConsole: false},
		);
		await instance.waitUntilExit();
	} finally {
		leave();
		process.off('uncaughtException', onFatal);
		process.off('unhandledRejection', onFatal);
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
	}
}
