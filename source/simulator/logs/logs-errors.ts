import {EcsError} from '../engine/world-api.js';

/** CloudWatch Logs' errors, answered as `{__type, message}` with HTTP 400 like ECS's (the front catches EcsError). */
export const invalidParameter = (message: string) => new EcsError('InvalidParameterException', message);
export const groupNotFound = () => new EcsError('ResourceNotFoundException', 'The specified log group does not exist.');
export const streamNotFound = () => new EcsError('ResourceNotFoundException', 'The specified log stream does not exist.');
export const invalidNextToken = () => invalidParameter('The specified nextToken is invalid.');

/** The service's wording for a request member outside its model's constraints (as `1 validation error detected: …`). */
const validation = (value: string, member: string, constraint: string) =>
	invalidParameter(`1 validation error detected: Value ${value} at '${member}' failed to satisfy constraint: ${constraint}`);

export function checkRange(member: string, value: number | undefined, min: number, max: number): void {
	if (value === undefined) return;
	if (value < min) throw validation(`'${value}'`, member, `Member must have value greater than or equal to ${min}`);
	if (value > max) throw validation(`'${value}'`, member, `Member must have value less than or equal to ${max}`);
}

export function checkRequired<T>(member: string, value: T | undefined): T {
	if (value === undefined || value === '') throw validation('null', member, 'Member must not be null');
	return value;
}

/** Log group and stream names: 1 to 512 characters, no `:` or `*` in a stream name (API_LogStream, API_LogGroup). */
export function checkStreamName(member: string, value: string): void {
	if (value.length > 512) throw validation(`'${value}'`, member, 'Member must have length less than or equal to 512');
	if (/[:*]/u.test(value)) throw validation(`'${value}'`, member, 'Member must satisfy regular expression pattern: [^:*]*');
}

export function checkTimes(startTime: number | undefined, endTime: number | undefined): void {
	checkRange('startTime', startTime, 0, Number.MAX_SAFE_INTEGER);
	checkRange('endTime', endTime, 0, Number.MAX_SAFE_INTEGER);
}
