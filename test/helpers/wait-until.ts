import {vi} from 'vitest';

/**
 * Retries `assertion` until it passes, like `vi.waitFor`, but with room for a loaded 2-core CI
 * machine (vitest's default gives up after one second). Waits for a condition, never a fixed time.
 */
export async function waitUntil<T>(assertion: () => T | Promise<T>): Promise<T> {
	return vi.waitFor(assertion, {timeout: 10_000, interval: 20});
}
