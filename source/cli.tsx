import {normaliseError} from './model/error-report.js';
import {sanitize} from './model/sanitize.js';
import {openTarget, type OpenTarget} from './cli/open-target.js';
import {parseCommandLine, UsageError, type Command} from './cli/parse-command-line.js';
import {snapshotText} from './cli/run-once.js';
import {runSimulate} from './cli/run-simulate.js';

const EXIT_AWS_ERROR = 1;
const EXIT_USAGE = 2;
const WHICH_CLUSTER = 'Which cluster? A snapshot (--once, or output to a pipe) needs --cluster NAME (or ECSWATCH_CLUSTER); in a terminal, ecswatch without one opens the cluster list.';

async function main(): Promise<number> {
	let command: Command;
	try {
		command = parseCommandLine(process.argv.slice(2), process.env, import.meta);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		process.stderr.write(`ecswatch: ${error.message}\n`);
		return EXIT_USAGE;
	}

	if (command.kind === 'simulate') {
		await runSimulate(command, process.stdout);
		return 0;
	}

	const interactive = !command.once && process.stdout.isTTY === true && process.stdin.isTTY === true;
	if (!interactive && !command.demo && command.cluster === undefined) {
		process.stderr.write(`ecswatch: ${WHICH_CLUSTER}\n`);
		return EXIT_USAGE;
	}

	let target: OpenTarget | undefined;
	try {
		target = await openTarget(command);
		if (interactive) {
			// Loaded only for the TUI: a snapshot or a pipe never pays for Ink and React.
			const {runApp} = await import('./cli/run-app.js');
			await runApp(target, {intervalMs: command.intervalMs, colorEnabled: command.color, services: command.services});
		} else {
			process.stdout.write(await snapshotText(target, {cluster: target.cluster ?? '', services: command.services}, command.output));
		}
		return 0;
	} catch (error) {
		const {name, message} = normaliseError(error);
		process.stderr.write(`ecswatch: ${sanitize(name)}: ${sanitize(message)}\n`);
		return EXIT_AWS_ERROR;
	} finally {
		await target?.close();
	}
}

process.exitCode = await main();
