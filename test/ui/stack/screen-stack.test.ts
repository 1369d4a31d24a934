import {describe, expect, it} from 'vitest';
import {createStackReducer, initialStack, topScreen} from '../../../source/ui/stack/screen-stack.js';

const counter = (state: {n: number}, action: {add: number}) => (action.add === 0 ? state : {n: state.n + action.add});
const reduce = createStackReducer(() => counter as never);
const screen = (kind: string, n = 0) => ({kind, params: {kind}, state: {n}});

describe('the screen stack reducer', () => {
	it('pushes on top and pops back to the screen below exactly as it was left', () => {
		let stack = initialStack([screen('a')]);
		stack = reduce(stack, {type: 'update', action: {add: 3}});
		const left = topScreen(stack);
		stack = reduce(stack, {type: 'push', screen: screen('b')});
		expect(topScreen(stack)).toMatchObject({kind: 'b', state: {n: 0}});
		stack = reduce(stack, {type: 'update', action: {add: 1}});
		expect(stack.screens[0]).toBe(left);
		stack = reduce(stack, {type: 'pop'});
		expect(topScreen(stack)).toBe(left);
		expect(topScreen(stack).state).toEqual({n: 3});
	});

	it('never pops the root, and keeps the same object when nothing changed', () => {
		const stack = initialStack([screen('a')]);
		expect(reduce(stack, {type: 'pop'})).toBe(stack);
		expect(reduce(stack, {type: 'update', action: {add: 0}})).toBe(stack);
	});

	it('gives every screen an id of its own, never reused after a pop', () => {
		let stack = initialStack([screen('a'), screen('b')]);
		expect(stack.screens.map(entry => entry.id)).toEqual([0, 1]);
		stack = reduce(stack, {type: 'pop'});
		stack = reduce(stack, {type: 'push', screen: screen('c')});
		expect(stack.screens.map(entry => entry.id)).toEqual([0, 2]);
	});

	it('replaces the top screen with a new one under a new id (so a new data source), the screens below untouched', () => {
		let stack = initialStack([screen('a'), screen('b', 2)]);
		const below = stack.screens[0];
		stack = reduce(stack, {type: 'toggle-help'});
		stack = reduce(stack, {type: 'replace', screen: screen('b', 5)});
		expect(stack.screens).toHaveLength(2);
		expect(stack.screens[0]).toBe(below);
		expect(topScreen(stack)).toMatchObject({id: 2, kind: 'b', state: {n: 5}});
		expect(stack.help).toBeNull();
		stack = reduce(stack, {type: 'pop'});
		expect(topScreen(stack)).toBe(below);
	});

	it('opens, scrolls and closes the help; navigating closes it', () => {
		let stack = reduce(initialStack([screen('a')]), {type: 'toggle-help'});
		expect(stack.help).toEqual({scroll: 0});
		stack = reduce(stack, {type: 'help-scroll', to: 4});
		expect(stack.help).toEqual({scroll: 4});
		expect(reduce(stack, {type: 'toggle-help'}).help).toBeNull();
		expect(reduce(stack, {type: 'push', screen: screen('b')}).help).toBeNull();
	});
});
