import {UsageError} from './command.js';

// The checks of the flags that take a number or a URL, each refusal one line that says what is wanted.

/** An http: or https: URL, as --endpoint-url takes. */
export function isHttpUrl(value: string): boolean {
	try {
		const {protocol} = new URL(value);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

/** `raw` as a number from `min` to `max`, `fallback` when not given. */
export function numberFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
		throw new UsageError(`${name} must be a number from ${min} to ${max}, not ${raw}.`);
	}
	return value;
}

/** {@link numberFlag}, whole numbers only. */
export function integerFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
	const value = numberFlag(name, raw, fallback, min, max);
	if (!Number.isInteger(value)) throw new UsageError(`${name} must be a whole number, not ${raw}.`);
	return value;
}
