import type {FlagShape} from './flag-mistake.js';

// ecswatch's command line was read by yargs-parser (inside meow) before node:util's parseArgs, and
// the two disagree where a user can tell: `-c=prod` (yargs: prod; parseArgs: =prod), `--once false`
// (yargs: a boolean takes a following true/false), `--once=yes` (yargs: false), `-5` as an argument
// (parseArgs: a flag), `--filter='"x"'` (yargs strips the quotes after =). So argv is first respelled
// as yargs-parser read it, in the only spellings parseArgs cannot misread: `--name=value`, `--name`,
// `--no-name`, then `--` and the arguments.

/** yargs-parser's negative number: a value or an argument, never a flag. */
const NEGATIVE = /^-(?:\d+(?:\.\d+)?|\.\d+)$/u;
/** After a letter of `-abc`, a number is that letter's value (`-o5`). */
const NUMBER = /^-?\d+(?:\.\d*)?(?:e-?\d+)?$/u;
const TRUE_OR_FALSE = /^(?:true|false)$/u;

type Declared = FlagShape & {name: string};

/**
 * `argv` respelled for parseArgs with `flags` (declared by their camelCase names), as yargs-parser
 * read it with meow's settings: kebab-case or camelCase long names, `-abc` short groups, one value
 * per repeat of a repeatable flag, no number parsing. Undeclared keys are dropped (only `--version`
 * and stray group characters can be left after flagMistake(), which must have accepted argv), and a
 * repeated one-value flag is kept repeated, for the caller to refuse.
 */
export function respellArgv(argv: readonly string[], flags: Readonly<Record<string, FlagShape>>): string[] {
	const long = new Map<string, Declared>();
	const short = new Map<string, Declared>();
	for (const [name, shape] of Object.entries(flags)) {
		const declared = {...shape, name};
		long.set(name, declared);
		long.set(name.replaceAll(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`), declared);
		if (shape.short === undefined) continue;
		short.set(shape.short, declared);
		// yargs-parser's aliases go both ways: `--c` is -c (flagMistake refuses it before any `--`).
		long.set(shape.short, declared);
	}

	const args: string[] = [];
	const positionals: string[] = [];
	/** yargs-parser's setArg: `value` undefined is the flag alone (true; '' for a string; nothing for a list). */
	const set = (flag: Declared | undefined, value?: string | false) => {
		if (flag === undefined) return;
		if (flag.type === 'boolean') args.push(value === undefined || value === 'true' ? `--${flag.name}` : `--no-${flag.name}`);
		else if (value !== false && (value !== undefined || flag.multiple !== true)) args.push(`--${flag.name}=${value ?? ''}`);
	};

	let index = 0;
	/** A list flag's value: `afterEquals`, or the next argument unless that is a flag. */
	const setList = (flag: Declared, afterEquals?: string) => {
		const next = argv[index + 1];
		if (afterEquals !== undefined) set(flag, stripQuotes(afterEquals));
		else if (next !== undefined && (!next.startsWith('-') || NEGATIVE.test(next))) {
			set(flag, next);
			index++;
		}
	};

	/** A flag given alone takes the next argument if it can be a value (`isValue`), or a boolean's true/false. */
	const setWithNext = (flag: Declared | undefined, isValue: (next: string) => boolean) => {
		if (flag?.multiple === true) return setList(flag);
		const next = argv[index + 1];
		if (next !== undefined && ((flag?.type !== 'boolean' && isValue(next)) || TRUE_OR_FALSE.test(next))) {
			set(flag, next);
			index++;
		} else {
			set(flag);
		}
	};

	for (; index < argv.length; index++) {
		const token = argv[index] ?? '';
		if (token === '--') {
			positionals.push(...argv.slice(index + 1));
			break;
		}

		const equals = /^--([^=]+)=([\s\S]*)$/u.exec(token);
		const negated = /^--no-(.+)$/u.exec(token);
		if (/^---+(?:=|$)/u.test(token)) {
			positionals.push(token);
		} else if (equals !== null) {
			const flag = long.get(equals[1] ?? '');
			if (flag?.multiple === true) setList(flag, equals[2]);
			else set(flag, stripQuotes(equals[2] ?? ''));
		} else if (negated !== null) {
			const flag = long.get(negated[1] ?? '');
			if (flag?.type === 'boolean') set(flag, false);
		} else if (/^--./u.test(token)) {
			setWithNext(long.get(token.slice(2)), (next) => !next.startsWith('-') || NEGATIVE.test(next));
		} else if (/^-[^-]/u.test(token) && !NEGATIVE.test(token)) {
			readShortGroup(token);
		} else {
			positionals.push(token);
		}
	}

	/** `-abc` as yargs-parser reads it: each letter a flag, until `=`, a non-word character or a number starts a value. */
	function readShortGroup(token: string): void {
		const letters = token.slice(1, -1);
		for (let at = 0; at < letters.length; at++) {
			const letter = letters[at] ?? '';
			const flag = short.get(letter);
			const rest = token.slice(at + 2);
			if (letters[at + 1] === '=') {
				if (flag?.multiple === true) setList(flag, token.slice(at + 3));
				else set(flag, token.slice(at + 3));
				return;
			}

			if (rest === '-') {
				set(flag, rest);
				continue;
			}

			if ((/[A-Za-z]/u.test(letter) && NUMBER.test(rest)) || /\W/u.test(letters[at + 1] ?? '')) {
				set(flag, rest);
				return;
			}

			set(flag);
		}

		const last = token.at(-1) ?? '';
		if (last !== '-') setWithNext(short.get(last), (next) => !/^--?[^-]/u.test(next) || NEGATIVE.test(next));
	}

	return positionals.length === 0 ? args : [...args, '--', ...positionals];
}

/** yargs-parser strips one pair of quotes around a value given after `=` (a lone quote stays). */
function stripQuotes(value: string): string {
	return value.length > 1 && (value.startsWith('"') || value.startsWith('\'')) && value.at(-1) === value[0] ? value.slice(1, -1) : value;
}
