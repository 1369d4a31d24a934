/** The last path segment of an ARN (a cluster or service name, a task id, `family:revision`); a plain name unchanged. */
export const lastSegment = (reference: string): string => reference.slice(reference.lastIndexOf('/') + 1);
