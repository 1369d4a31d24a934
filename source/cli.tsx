import {normaliseError} from './model/error-report.js';
import {captureWarnings, type CapturedWarnings} from './cli/captured-warnings.js';
import {sanitize} from './model/sanitize.js';
import {UsageError, type Command, type LogsCommand, type StatusCommand, type WaitCommand} from './cli/command.js';
import {loneFlag, packageVersion, wantsDebug} from './cli/early-flags.js';
import type {OpenTarget} from './cli/open-target.js';
import type {ClusterListFormat, SnapshotOptions} from './cli/run-once.js';

// Everything else is loaded with import() where a command needs it (esbuild makes each a chunk):
// the parser, the SDK, the simulator, Ink and React each cost tens of milliseconds to load.

const EXIT_AWS_ERROR = 1;
/** A `--filter` snapshot that matched no task, as grep exits when nothing matches. */
const EXIT_NO_MATCH = 1;
const EXIT_USAGE = 2;

/** `--debug`: errors that end ecswatch print their stack trace too. Read before parsing, which can fail. */
const debug = wantsDebug(process.argv.slice(2));

/** The SDK's and other dependencies' warnings, kept off the terminal (see captured-warnings.ts). */
let warnings: CapturedWarnings | undefined;

async function main(): Promise<number> {
	const argv = process.argv.slice(2);
	const lone = loneFlag(argv);
	if (lone === 'version') {
		process.stdout.write(`${packageVersion(import.meta.url)}\n`);
		return 0;
	}

	// `ps`, `top`, tmux's window name and `pkill -x ecswatch` see ecswatch, not node (meow set it too).
	process.title = 'ecswatch';

	let command: Command;
	try {
		command = lone === 'help'
			? {kind: 'help', topic: 'ecswatch'}
			: (await import('./cli/parse-command-line.js')).parseCommandLine(argv, process.env);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		return usage(error.message);
	}

	if (command.kind === 'help') {
		const text = (await import('./cli/help-text.js')).HELP_TEXTS[command.topic];
		process.stdout.write(`\n${text.replace(/^\n+|\s+$/gu, '')}\n\n`);
		return 0;
	}

	if (command.kind === 'simulate') {
		try {
			const {runSimulate} = await import('./cli/run-simulate.js');
			await runSimulate(command, process.stdout);
			return 0;
		} catch (error) {
			// A --fault the simulator cannot read is a usage error; a port in use or an unwritable log is not.
			return error instanceof UsageError ? usage(error.message) : await failure(error);
		}
	}

	// Before the first SDK client is built; after parsing, which says whether one is built at all and where to log (--log-file).
	// (simulate builds no client: a warning of the server's own is for its terminal.)
	warnings = captureWarnings({debug, stderr: process.stderr});
	// Exit 1, as for an unwritable simulate --log-requests: the system refused, the command line was right.
	const logged = command.logFile === undefined ? undefined : warnings.logTo(command.logFile);
	if (logged?.ok === false) {
		process.stderr.write(`ecswatch: ${sanitize(logged.message)}\n`);
		return EXIT_AWS_ERROR;
	}

	if (command.kind === 'status' || command.kind === 'wait' || command.kind === 'logs') {
		return oneShot(command);
	}

	const interactive = !command.once && process.stdout.isTTY === true && process.stdin.isTTY === true;
	// A snapshot without a cluster lists the clusters; task-only flags need a cluster.
	const runOnce = interactive && command.filter === undefined ? undefined : await import('./cli/run-once.js');
	let clusterList: ClusterListFormat | undefined;
	if (runOnce !== undefined && !interactive && !command.demo && command.cluster === undefined) {
		const format = runOnce.clusterListFormat(command);
		if (!format.ok) return usage(format.message);
		clusterList = format.value;
	}

	const snapshot: SnapshotOptions = {output: command.output, columns: command.columns, sort: command.sort};
	if (interactive && !command.demo && command.cluster === undefined && (command.filter !== undefined || command.sort !== undefined)) {
		return usage('--filter and --sort shape a cluster\'s task grid: pass --cluster NAME too (without one, ecswatch opens the cluster list).');
	}

	// Checked before anything starts, for the TUI too: a typo must not open a silently empty grid.
	if (runOnce !== undefined && command.filter !== undefined) {
		const filter = runOnce.taskFilter(command.filter);
		if (!filter.ok) return usage(filter.message);
		if (!interactive) snapshot.include = filter.value;
	}

	// Loaded only for the TUI: a snapshot or a pipe never pays for Ink and React. Its files are
	// read while the SDK's are (the catch: a failure to load is reported by the await below).
	const app = interactive ? import('./cli/run-app.js') : undefined;
	app?.catch(() => undefined);
	let target: OpenTarget | undefined;
	try {
		const {openTarget} = await import('./cli/open-target.js');
		target = await openTarget(command);
		if (app !== undefined) {
			// The grid's first requests go out as soon as the SDK is ready, whether or not Ink is.
			const firstPoll = target.cluster === undefined
				? undefined
				: (await import('./cli/first-poll.js')).startFirstPoll(target, {cluster: target.cluster, ...(command.services.length > 0 ? {services: command.services} : {})});
			const {runApp} = await app;
			await runApp(target, {intervalMs: command.intervalMs, colorEnabled: command.color, services: command.services, sort: command.sort, filter: command.filter, notify: command.notify, firstPoll});
			return 0;
		}

		if (runOnce === undefined) throw new Error('run-once.js was not loaded for a snapshot');
		if (clusterList !== undefined) {
			process.stdout.write(await runOnce.clusterListText(target, clusterList));
			return 0;
		}

		const {text, matched} = await runOnce.snapshotText(target, {cluster: target.cluster ?? '', services: command.services}, snapshot);
		process.stdout.write(text);
		return snapshot.include !== undefined && matched === 0 ? EXIT_NO_MATCH : 0;
	} catch (error) {
		return error instanceof UsageError ? usage(error.message) : await failure(error, target, command.cluster);
	} finally {
		await target?.close();
	}
}

/** `status`, `wait` and `logs`: plain output, never the TUI, whatever the terminal. */
async function oneShot(command: StatusCommand | WaitCommand | LogsCommand): Promise<number> {
	let target: OpenTarget | undefined;
	try {
		const {openTarget} = await import('./cli/open-target.js');
		target = await openTarget(command);
		if (command.kind === 'wait') return await (await import('./cli/run-wait.js')).runWait(target, command, process);
		if (command.kind === 'logs') return await (await import('./cli/run-logs.js')).runLogs(target, command, process);
		const result = await (await import('./cli/run-status.js')).statusText(target, command);
		if (!result.ok) {
			process.stderr.write(`ecswatch: ${result.message}\n`);
			return EXIT_AWS_ERROR;
		}

		process.stdout.write(result.text);
		return 0;
	} catch (error) {
		return error instanceof UsageError ? usage(error.message) : await failure(error, target, command.cluster);
	} finally {
		await target?.close();
	}
}

/** An error (from AWS, the network, the system) that ends ecswatch: one line that says what to do, exit 1. */
async function failure(error: unknown, target?: OpenTarget, cluster?: string): Promise<number> {
	const {failureLine} = await import('./cli/failure-line.js');
	process.stderr.write(`ecswatch: ${await failureLine(error, target, cluster)}\n`);
	if (debug) {
		// What AWS said, whole (redacted): the sentence above may leave it out.
		const {name, message} = normaliseError(error);
		process.stderr.write(`ecswatch: ${sanitize(name)}: ${sanitize(message)}\n`);
	}

	writeStack(error);
	return EXIT_AWS_ERROR;
}

/** One line, whatever was typed (sanitize makes a newline visible), and where to read the flags. */
function usage(message: string): number {
	process.stderr.write(`ecswatch: ${sanitize(message.replace(/\.$/u, ''))} (see ecswatch --help)\n`);
	return EXIT_USAGE;
}

/** A bug: one line, unless --debug asks for the stack. */
function crash(error: unknown): number {
	const {name, message} = normaliseError(error);
	process.stderr.write(`ecswatch: internal error: ${sanitize(name)}: ${sanitize(message)}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
	writeStack(error);
	return EXIT_AWS_ERROR;
}

/** The stack's frames only: its first line repeats the message, which only normaliseError redacts. */
function writeStack(error: unknown): void {
	if (!debug || !(error instanceof Error) || error.stack === undefined) return;
	const frames = error.stack.split('\n').filter((line) => /^\s+at /u.test(line));
	process.stderr.write(frames.map((frame) => `${sanitize(frame)}\n`).join(''));
}

try {
	process.exitCode = await main();
} catch (error) {
	process.exitCode = crash(error);
} finally {
	warnings?.release();
}
