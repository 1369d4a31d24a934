/** An SDK value as ecswatch keeps it: null where ECS left it out. */
export const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** The named fields of an SDK object, in the order named, each {@link orNull}. */
export function fieldsOrNull<T extends object, K extends keyof T>(source: T, keys: readonly K[]): {[P in K]-?: Exclude<T[P], undefined> | null} {
	return Object.fromEntries(keys.map(key => [key, source[key] ?? null])) as {[P in K]-?: Exclude<T[P], undefined> | null};
}
