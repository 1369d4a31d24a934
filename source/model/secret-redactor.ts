/** Known secret values, found and replaced in any text however it was encoded or cut. */
export interface SecretRedactor {
	/** Adds values to look for; empty, absent and short (under {@link MIN_SECRET_LENGTH}) ones are ignored. */
	add(values: Iterable<string | null | undefined>): void;
	clear(): void;
	/** `text` with every occurrence, and every run of {@link MIN_FRAGMENT_LENGTH}+ characters, of a secret replaced. */
	redact(text: string, replacement: string): string;
}

/** Shorter values would match ordinary text. */
export const MIN_SECRET_LENGTH = 8;
/** A run of a secret's characters this long is redacted even when the rest of it is missing. */
export const MIN_FRAGMENT_LENGTH = 16;

/** The text as a reader would put it back together: one character per entry, with where it came from. */
interface Skeleton {
	chars: string;
	starts: number[];
	ends: number[];
}

const PERCENT_ESCAPE = /^%[0-9A-Fa-f]{2}$/u;
const WHITESPACE = /\s/u;

// Percent escapes are decoded (`%2F` is `/`, as a URL or a form body writes a token), `\/` is `/`
// (as some JSON encoders write it), and white space is left out (a token wrapped over lines, or
// indented after a break), so an echoed secret is found however it was written.
function skeletonOf(text: string): Skeleton {
	const skeleton: Skeleton = {chars: '', starts: [], ends: []};
	const push = (char: string, start: number, end: number) => {
		skeleton.chars += char;
		skeleton.starts.push(start);
		skeleton.ends.push(end);
	};

	for (let index = 0; index < text.length;) {
		const char = text[index]!;
		const escape = text.slice(index, index + 3);
		if (char === '%' && PERCENT_ESCAPE.test(escape)) {
			push(String.fromCharCode(Number.parseInt(escape.slice(1), 16)), index, index + 3);
			index += 3;
		} else if (char === '\\' && text[index + 1] === '/') {
			push('/', index, index + 2);
			index += 2;
		} else {
			if (!WHITESPACE.test(char)) push(char, index, index + 1);
			index += 1;
		}
	}

	return skeleton;
}

/** The length of the longest run of `secret` that starts at `at` in `chars`, or 0 below the minimum. */
function runAt(chars: string, at: number, secret: string, grams: ReadonlyMap<string, readonly number[]>, gram: number): number {
	let longest = 0;
	for (const offset of grams.get(chars.slice(at, at + gram)) ?? []) {
		let length = gram;
		while (at + length < chars.length && offset + length < secret.length && chars[at + length] === secret[offset + length]) length++;
		longest = Math.max(longest, length);
	}

	return longest;
}

interface Known {
	secret: string;
	gram: number;
	/** Where each run of `gram` characters occurs in the secret. */
	grams: Map<string, number[]>;
}

function know(secret: string): Known {
	const gram = Math.min(MIN_FRAGMENT_LENGTH, secret.length);
	const grams = new Map<string, number[]>();
	for (let offset = 0; offset + gram <= secret.length; offset++) {
		const key = secret.slice(offset, offset + gram);
		grams.set(key, [...(grams.get(key) ?? []), offset]);
	}

	return {secret, gram, grams};
}

/** A redactor of the secrets it is given (the credentials a process resolved). */
export function createSecretRedactor(): SecretRedactor {
	const known = new Map<string, Known>();
	return {
		add(values) {
			for (const value of values) {
				const secret = value?.replace(/\s/gu, '');
				if (secret !== undefined && secret.length >= MIN_SECRET_LENGTH && !known.has(secret)) known.set(secret, know(secret));
			}
		},
		clear() {
			known.clear();
		},
		redact(text, replacement) {
			if (known.size === 0) return text;
			const {chars, starts, ends} = skeletonOf(text);
			const hidden: Array<[number, number]> = [];
			for (let at = 0; at < chars.length;) {
				let length = 0;
				for (const {secret, gram, grams} of known.values()) length = Math.max(length, runAt(chars, at, secret, grams, gram));
				if (length === 0) {
					at += 1;
					continue;
				}

				const start = starts[at]!;
				const end = ends[at + length - 1]!;
				const last = hidden.at(-1);
				if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
				else hidden.push([start, end]);
				at += length;
			}

			let result = '';
			let from = 0;
			for (const [start, end] of hidden) {
				result += text.slice(from, start) + replacement;
				from = end;
			}

			return result + text.slice(from);
		},
	};
}
