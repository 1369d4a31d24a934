import {normaliseError} from '../model/error-report.js';
import type {PollError} from './snapshot.js';

/**
 * Turns whatever a fetch rejected with into a `PollError`, the same way `--once` reports errors:
 * network errors named by their code, credentials redacted (see `normaliseError`).
 */
export function toPollError(error: unknown): PollError {
	return normaliseError(error);
}
