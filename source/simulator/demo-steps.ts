import type {WorldControl} from './engine/world-control.js';

const second = 1000;

/** How often a step checks for what it waits for. */
const pollMs = 1 * second;
/** A step that never sees what it waits for goes on after this long anyway. */
const maxWaitMs = 5 * 60 * second;

export interface DemoOptions {
	/** Told when a step fails (e.g. the service was deleted); the demo goes on with the next step. */
	onError?: (error: unknown) => void;
}

/** How a demo's steps run on the world's agenda: no timers of their own. */
export interface DemoSteps {
	/** Runs `action`; what it throws goes to `onError`: a failing step must not break the world's agenda (and with it every read). */
	safely<T>(action: () => T): T | undefined;
	/** Polls `done` every second from `from` until it holds (or throws, or 5 minutes pass), then runs `next` at that time. */
	when(from: number, done: () => boolean, next: (at: number) => void): void;
}

export function demoSteps(world: WorldControl, options: DemoOptions): DemoSteps {
	const safely = <T>(action: () => T): T | undefined => {
		try {
			return action();
		} catch (error) {
			options.onError?.(error);
			return undefined;
		}
	};

	const when = (from: number, done: () => boolean, next: (at: number) => void): void => {
		const poll = (t: number): void => {
			if (safely(done) !== false || t - from >= maxWaitMs) next(t);
			else world.schedule(t + pollMs, () => poll(t + pollMs));
		};

		poll(from);
	};

	return {safely, when};
}
