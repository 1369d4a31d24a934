import {EcsError, type Json} from '../engine/world-api.js';

/** A decoded request body. */
export type Input = {[key: string]: Json};

/**
 * The wire type of a request member, from the ECS service model: what the front checks before
 * the engine sees a request. Nothing else is checked here (ranges, limits, required members and
 * existence are ECS's rules, checked by the engine).
 */
export type Shape = 'string' | 'integer' | 'double' | 'boolean' | 'strings' | {list: Members} | {structure: Members};

export type Members = {readonly [member: string]: Shape};

type ValueOf<S extends Shape> = S extends 'string'
	? string
	: S extends 'integer' | 'double'
		? number
		: S extends 'boolean'
			? boolean
			: S extends 'strings'
				? string[]
				: S extends {list: infer M extends Members}
					? Array<Decoded<M>>
					: S extends {structure: infer M extends Members}
						? Decoded<M>
						: never;

/** The typed request: every member optional (absent or JSON null), unknown members dropped. */
export type Decoded<M extends Members> = {-readonly [K in keyof M]?: ValueOf<M[K]>};

/** ECS's answer to a member of the wrong JSON type. */
const wrongType = (path: string, expected: string): EcsError =>
	new EcsError('SerializationException', `Invalid type for member '${path}': expected ${expected}.`);

const isObject = (value: Json): value is {[key: string]: Json} => typeof value === 'object' && value !== null && !Array.isArray(value);

function decodeValue(value: Json, shape: Shape, path: string): unknown {
	if (shape === 'string') {
		if (typeof value !== 'string') throw wrongType(path, 'a string');
		return value;
	}

	if (shape === 'integer') {
		if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(path, 'an integer');
		return value;
	}

	if (shape === 'double') {
		if (typeof value !== 'number') throw wrongType(path, 'a double');
		return value;
	}

	if (shape === 'boolean') {
		if (typeof value !== 'boolean') throw wrongType(path, 'a boolean');
		return value;
	}

	if (shape === 'strings') {
		if (!Array.isArray(value) || !value.every(item => typeof item === 'string')) throw wrongType(path, 'a list of strings');
		return value;
	}

	if ('list' in shape) {
		if (!Array.isArray(value) || !value.every(isObject)) throw wrongType(path, 'a list of structures');
		return value.map((item, index) => decodeMembers(item as Input, shape.list, `${path}[${index}].`));
	}

	if (!isObject(value)) throw wrongType(path, 'a structure');
	return decodeMembers(value, shape.structure, `${path}.`);
}

function decodeMembers<M extends Members>(input: Input, members: M, prefix: string): Decoded<M> {
	const out: {[key: string]: unknown} = {};
	for (const [member, shape] of Object.entries(members)) {
		const value = input[member];
		if (value !== undefined && value !== null) out[member] = decodeValue(value, shape, `${prefix}${member}`);
	}

	return out as Decoded<M>;
}

/** Decodes a request body by its operation's members; SerializationException for a wrong type. */
export const decode = <M extends Members>(input: Input, members: M): Decoded<M> => decodeMembers(input, members, '');
