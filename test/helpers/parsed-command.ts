import {expect} from 'vitest';
import {parseCommandLine, UsageError, type Command, type WatchCommand} from '../../source/cli/parse-command-line.js';

/** The command `argv` parses to, with `env` as the environment. */
export const parse = (argv: string[], env: NodeJS.ProcessEnv = {}): Command => parseCommandLine(argv, env);

/** The watch (TUI or snapshot) command `argv` parses to; throws for any other kind. */
export function watch(argv: string[], env: NodeJS.ProcessEnv = {}): WatchCommand {
	const command = parse(argv, env);
	if (command.kind !== 'watch') throw new Error(`expected a watch command, got ${command.kind}`);
	return command;
}

/** The UsageError message `argv` is refused with; throws when it is accepted. */
export function refusal(argv: string[], env: NodeJS.ProcessEnv = {}): string {
	try {
		parse(argv, env);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as UsageError).message;
	}

	throw new Error(`accepted: ${argv.join(' ')}`);
}
