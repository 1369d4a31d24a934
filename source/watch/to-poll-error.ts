import type {PollError} from './snapshot.js';

const GENERIC_NAMES = new Set(['Error', 'AggregateError', 'TypeError']);

/**
 * Turns whatever a fetch rejected with into a `PollError`. AWS errors keep their name
 * (`ThrottlingException`, …); Node network errors, whose name is just `Error`, are named by
 * their code (`ECONNREFUSED`, …) so they can be told apart.
 */
export function toPollError(error: unknown): PollError {
	if (typeof error !== 'object' || error === null) {
		return {name: 'Error', message: String(error)};
	}

	const record = error as {name?: unknown; message?: unknown; code?: unknown; errors?: unknown; cause?: unknown};
	let name = typeof record.name === 'string' && record.name !== '' ? record.name : 'Error';
	let message = typeof record.message === 'string' ? record.message : '';
	const code = typeof record.code === 'string' ? record.code : networkCode(record.errors) ?? networkCode([record.cause]);
	if (GENERIC_NAMES.has(name) && code !== undefined) {
		name = code;
	}

	if (message === '') {
		message = code ?? name;
	}

	return {name, message};
}

// Node 20 reports a refused dual-stack connect as an AggregateError with an empty message.
function networkCode(errors: unknown): string | undefined {
	if (!Array.isArray(errors)) {
		return undefined;
	}

	for (const inner of errors) {
		if (typeof inner === 'object' && inner !== null && typeof (inner as {code?: unknown}).code === 'string') {
			return (inner as {code: string}).code;
		}
	}

	return undefined;
}
