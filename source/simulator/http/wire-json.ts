import type {Json} from '../engine/world-api.js';

/** Timestamp members of ECS shapes that do not end in `At` (those that do are all timestamps). */
const otherTimestampFields = new Set(['lastUpdated', 'lastStatusChange', 'expirationDate', 'after', 'before']);

const isTimestampField = (key: string) => key.endsWith('At') || otherTimestampFields.has(key);

/**
 * Copies an engine value into its wire form: every timestamp member (epoch ms in the engine)
 * becomes epoch seconds, as the JSON 1.1 protocol sends them. The input is not modified.
 */
export function toWire(value: Json): Json {
	if (Array.isArray(value)) {
		return value.map((item) => toWire(item));
	}

	if (value === null || typeof value !== 'object') {
		return value;
	}

	const out: {[key: string]: Json} = {};
	for (const [key, member] of Object.entries(value)) {
		out[key] = typeof member === 'number' && isTimestampField(key) ? member / 1000 : toWire(member);
	}

	return out;
}
