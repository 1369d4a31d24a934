import type {Prng} from '../engine/prng.js';

/**
 * Text a real container may print that must never reach a terminal as is: a screen clear, a
 * title change, a colour that never ends, bidi overrides that reverse what follows, zero-width
 * characters that hide a difference. ecswatch neutralises them; the simulator writes them.
 */
const hostile = [
	'user agent "\u001b[2J\u001b[Hcurl/8.5.0" cleared the screen',
	'\u001b]0;ecswatch pwned\u0007 title set by a request header',
	'login attempt for user "admin\u202Egpj.exe" rejected',
	'invoice for ad\u200Bmin@example.com sent (zero\u200Dwidth\u2060joiners)',
	'\u001b[31;1mERROR\u001b[0m colour codes from a library logger \u001b[5mblink',
	'cursor games \u001b[10A\u001b[K\r overwritten line\b\b\b',
	'null byte \u0000 and bell \u0007 in a payload',
] as const;

export const hostileLine = (rng: Prng): string => hostile[rng.int(0, hostile.length - 1)]!;

/** A very long line (tens of KB, under CloudWatch's 256 KB event limit): a dumped request body. */
export function longLine(rng: Prng, prefix: string): string {
	const items = rng.int(600, 1400);
	const parts: string[] = [];
	for (let index = 0; index < items; index++) parts.push(`{"sku":"SKU-${(index * 7919) % 100_000}","qty":${index % 9},"note":"gift wrap"}`);
	return `${prefix} request body too large to parse, dumped: {"items":[${parts.join(',')}]}`;
}
