/** A flag as parseArgs declares it; its type and short name say how argv is read. */
export interface FlagShape {
	type: 'string' | 'boolean';
	short?: string;
	multiple?: boolean;
	default?: string | boolean | readonly string[];
}

/** The flag answered without a declaration (alone, before parsing; anywhere else it is refused). */
const UNDECLARED = ['version'];

// A negative number is a value, never a flag (as yargs-parser reads argv: see respell-argv.ts).
const NEGATIVE_NUMBER = /^-(?:\d+|\d*\.\d+)(?:e[+-]?\d+)?$/iu;

const kebab = (name: string) => name.replaceAll(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);

/** The first mistake in ecswatch's words: a flag that is not declared, or a string flag with no value after it. */
export type FlagMistake = {kind: 'unknown'; message: string} | {kind: 'no-value'; name: string};

/**
 * The first mistake in `argv` (before `--`): an undeclared flag, worded for the user (`unknown flag
 * --clustr: did you mean --cluster?`), or a string flag (its declared name) with no value, which
 * yargs-parser would read as '' or, for a repeatable one, drop (see respell-argv.ts). Values are
 * found as it finds them: a string flag takes the next argument unless that is a flag; `--x=` is a value.
 */
export function flagMistake(argv: readonly string[], flags: Readonly<Record<string, FlagShape>>): FlagMistake | undefined {
	type Declared = FlagShape & {name: string};
	const long = new Map<string, Declared>();
	const short = new Map<string, Declared>();
	for (const [name, shape] of Object.entries(flags)) {
		const declared = {...shape, name};
		long.set(kebab(name), declared);
		long.set(name, declared);
		if (shape.type === 'boolean') long.set(`no-${kebab(name)}`, declared);
		if (shape.short !== undefined) short.set(shape.short, declared);
	}

	for (const name of UNDECLARED) long.set(name, {type: 'boolean', name});

	const isValue = (next: string | undefined) => next !== undefined && (!next.startsWith('-') || NEGATIVE_NUMBER.test(next));
	/** A string flag's value is the next argument: skips it, or says it is missing. */
	const valueAfter = (shape: Declared): FlagMistake | undefined => {
		if (shape.type !== 'string') return undefined;
		if (!isValue(argv[index + 1])) return {kind: 'no-value', name: shape.name};
		index++;
		return undefined;
	};

	let index = 0;
	for (; index < argv.length; index++) {
		const token = argv[index] ?? '';
		if (token === '--') return undefined;
		if (!token.startsWith('-') || token === '-' || NEGATIVE_NUMBER.test(token)) continue;

		if (token.startsWith('--')) {
			const [name = '', ...value] = token.slice(2).split('=');
			const shape = long.get(name);
			if (shape === undefined) return {kind: 'unknown', message: unknownLong(`--${name}`, [...new Set([...Object.keys(flags).map(kebab), ...UNDECLARED])], flags)};
			const mistake = value.length === 0 && !name.startsWith('no-') ? valueAfter(shape) : undefined;
			if (mistake !== undefined) return mistake;
			continue;
		}

		// As yargs-parser reads `-abc`: each letter a flag, until `=`, a non-word character or a number starts a value.
		const letters = token.slice(1);
		for (let at = 0; at < letters.length; at++) {
			const letter = letters[at] ?? '';
			const shape = short.get(letter);
			if (shape === undefined) return {kind: 'unknown', message: unknownShort(letter, token, short)};
			const rest = letters.slice(at + 1);
			if (rest.startsWith('=') || /^\W/u.test(rest) || /^-?\d+(?:\.\d*)?(?:e-?\d+)?$/u.test(rest)) break;
			// -cprod reads as -c -p -r -o -d, with -c empty: the value wants a space.
			if (rest !== '' && shape.type === 'string') return {kind: 'unknown', message: `${token} reads as ${token.length - 1} flags: did you mean -${letter} ${rest}?`};
			const mistake = rest === '' ? valueAfter(shape) : undefined;
			if (mistake !== undefined) return mistake;
		}
	}

	return undefined;
}

function unknownShort(letter: string, token: string, short: ReadonlyMap<string, FlagShape>): string {
	const names = [...short.keys()].map((key) => `-${key}`);
	const known = `the short flags are ${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
	return `unknown flag -${letter}${token.length === 2 ? '' : ` in ${token}`}; ${known}`;
}

function unknownLong(flag: string, names: readonly string[], flags: Readonly<Record<string, FlagShape>>): string {
	const typed = flag.slice(2);
	const plain = typed.startsWith('no-') ? typed.slice(3) : typed;
	const candidates = names.filter((name) => !typed.startsWith('no-') || flags[name]?.type === 'boolean' || flags[camel(name)]?.type === 'boolean');
	const close = closest(plain.toLowerCase().replaceAll('_', '-'), candidates);
	if (close === undefined) return `unknown flag ${flag}`;
	return `unknown flag ${flag}: did you mean --${typed.startsWith('no-') ? 'no-' : ''}${close}?`;
}

const camel = (name: string) => name.replaceAll(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase());

/** The name nearest to `typed`: a unique one it starts, or one at most two edits away (at most one for short names). */
function closest(typed: string, names: readonly string[]): string | undefined {
	const exact = names.find((name) => name === typed);
	if (exact !== undefined) return exact;
	const prefixed = names.filter((name) => typed.length >= 3 && name.startsWith(typed));
	if (prefixed.length === 1) return prefixed[0];
	let best: {name: string; distance: number} | undefined;
	for (const name of names) {
		const distance = editDistance(typed, name);
		if (distance <= (name.length <= 4 ? 1 : 2) && (best === undefined || distance < best.distance)) best = {name, distance};
	}

	return best?.name;
}

/** Levenshtein distance, with an adjacent swap counting as one edit (Damerau's optimal string alignment). */
function editDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const row = rows[i]!;
			const above = rows[i - 1]!;
			row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
		}
	}

	return rows[a.length]![b.length]!;
}
