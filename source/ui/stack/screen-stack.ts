import type {ScreenRequest} from './screen-request.js';

/** One screen on the stack: its kind, its scope and the state it keeps while covered. */
export interface ScreenEntry {
	/** Unique for the app's lifetime: a screen's data source is keyed by it. */
	id: number;
	kind: string;
	params: unknown;
	state: unknown;
}

/** The screens, bottom first (the last is on top), and the help overlay when open. */
export interface StackState {
	screens: readonly [ScreenEntry, ...ScreenEntry[]];
	/** The help overlay over the top screen, and how far it is scrolled. */
	help: {scroll: number} | null;
	nextId: number;
}

export type StackAction =
	| {type: 'push'; screen: ScreenRequest}
	| {type: 'pop'}
	/** The top screen is replaced by a new one (with a new id, so a new data source). */
	| {type: 'replace'; screen: ScreenRequest}
	/** An action for the top screen's own reducer. */
	| {type: 'update'; action: unknown}
	| {type: 'toggle-help'}
	| {type: 'help-scroll'; to: number};

/** How the stack reaches a screen kind's reducer. */
export type ReducerLookup = (kind: string) => (state: never, action: never) => unknown;

/** A stack of `requests`, the first at the bottom; the last is the screen the user sees. */
export function initialStack(requests: readonly [ScreenRequest, ...ScreenRequest[]]): StackState {
	const screens = requests.map((request, id) => ({id, ...request})) as unknown as StackState['screens'];
	return {screens, help: null, nextId: requests.length};
}

/** The screen on top. */
export function topScreen(stack: StackState): ScreenEntry {
	return stack.screens.at(-1)!;
}

/**
 * The stack's pure reducer: push opens a screen on top, pop closes it and uncovers the one below
 * exactly as it was left (the root screen is never popped); updates go to the top screen.
 */
export function createStackReducer(reducerOf: ReducerLookup) {
	return (stack: StackState, action: StackAction): StackState => {
		switch (action.type) {
			case 'push':
				return {
					...stack,
					help: null,
					screens: [...stack.screens, {id: stack.nextId, ...action.screen}],
					nextId: stack.nextId + 1,
				};
			case 'replace':
				return {
					...stack,
					help: null,
					screens: [...stack.screens.slice(0, -1), {id: stack.nextId, ...action.screen}] as unknown as StackState['screens'],
					nextId: stack.nextId + 1,
				};
			case 'pop':
				if (stack.screens.length === 1) return stack;
				return {...stack, help: null, screens: stack.screens.slice(0, -1) as unknown as StackState['screens']};
			case 'update': {
				const top = topScreen(stack);
				const state = reducerOf(top.kind)(top.state as never, action.action as never);
				if (state === top.state) return stack;
				return {...stack, screens: [...stack.screens.slice(0, -1), {...top, state}] as unknown as StackState['screens']};
			}

			case 'toggle-help':
				return {...stack, help: stack.help === null ? {scroll: 0} : null};
			case 'help-scroll':
				return stack.help === null ? stack : {...stack, help: {scroll: Math.max(0, action.to)}};
		}
	};
}

/** A plain store around the stack reducer: the key router reads the latest state synchronously. */
export interface StackStore {
	getState(): StackState;
	dispatch(action: StackAction): void;
	subscribe(listener: () => void): () => void;
}

export function createStackStore(initial: StackState, reduce: (stack: StackState, action: StackAction) => StackState): StackStore {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		getState: () => state,
		dispatch(action) {
			const next = reduce(state, action);
			if (next === state) return;
			state = next;
			for (const listener of [...listeners]) listener();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}
