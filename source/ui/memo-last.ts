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
