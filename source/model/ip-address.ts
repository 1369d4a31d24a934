/**
 * An IP address as a sort key: `[4, a, b, c, d]` for IPv4 (its four octets), `[6, g0, …, g7]` for
 * IPv6 (its eight 16-bit groups, so comparing the groups in turn compares the 128-bit values).
 * IPv4 therefore sorts before IPv6. Null when the text is neither.
 */
export function ipSortKey(text: string): number[] | null {
	const v4 = ipv4Octets(text);
	if (v4 !== null) return [4, ...v4];
	const v6 = ipv6Groups(text);
	return v6 === null ? null : [6, ...v6];
}

const OCTET = /^(?:0|[1-9]\d{0,2})$/u;

function ipv4Octets(text: string): number[] | null {
	const parts = text.split('.');
	if (parts.length !== 4 || !parts.every(part => OCTET.test(part))) return null;
	const octets = parts.map(Number);
	return octets.every(octet => octet <= 255) ? octets : null;
}

const GROUP = /^[\da-f]{1,4}$/iu;

/** `a:b::c`, `::1`, `::ffff:10.0.0.1` (an IPv4 tail), `fe80::1%eth0` (the zone is ignored). */
function ipv6Groups(text: string): number[] | null {
	const address = text.split('%', 1)[0] ?? '';
	const halves = address.split('::');
	if (halves.length > 2) return null;
	const head = groupsOf(halves[0] ?? '');
	const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
	if (head === null || tail === null) return null;
	if (halves.length === 1) return head.length === 8 ? head : null;
	const missing = 8 - head.length - tail.length;
	return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}

function groupsOf(text: string): number[] | null {
	if (text === '') return [];
	const parts = text.split(':');
	const groups: number[] = [];
	for (const [index, part] of parts.entries()) {
		const v4 = index === parts.length - 1 ? ipv4Octets(part) : null;
		if (v4 !== null) {
			groups.push(v4[0]! * 256 + v4[1]!, v4[2]! * 256 + v4[3]!);
		} else if (GROUP.test(part)) {
			groups.push(Number.parseInt(part, 16));
		} else {
			return null;
		}
	}

	return groups;
}
