/**
 * Remembers a function's last arguments and result: called again with the same arguments (by
 * identity), it returns the same result. For derivations that run on every render and key press.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
	let last: {args: A; result: R} | undefined;
	return (...args: A) => {
		if (last !== undefined && last.args.length === args.length && last.args.every((arg, index) => Object.is(arg, args[index]))) {
			return last.result;
		}

		const result = fn(...args);
		last = {args, result};
		return result;
	};
}

/**
 * Like {@link memoLast}, but remembering the last result for each first argument (an object) as
 * long as that object lives: going back to an earlier one (a filter text typed again) finds it.
 */
export function memoPerObject<K extends object, A extends readonly unknown[], R>(fn: (key: K, ...rest: A) => R): (key: K, ...rest: A) => R {
	const results = new WeakMap<K, {rest: A; result: R}>();
	return (key: K, ...rest: A) => {
		const last = results.get(key);
		if (last !== undefined && last.rest.length === rest.length && last.rest.every((arg, index) => Object.is(arg, rest[index]))) {
			return last.result;
		}

		const result = fn(key, ...rest);
		results.set(key, {rest, result});
		return result;
	};
}
