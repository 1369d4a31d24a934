/**
 * An error of the ELB API, as the Query protocol writes it: `<Error><Type>Sender</Type><Code>…`
 * with HTTP 400 (API reference, "Common Errors" and each action's Errors section).
 */
export class ElbError extends Error {
	constructor(
		readonly code: string,
		message: string,
		readonly httpStatus = 400,
	) {
		super(message);
		this.name = code;
	}
}

export const validationError = (message: string): ElbError => new ElbError('ValidationError', message);

export const targetGroupNotFound = (): ElbError => new ElbError('TargetGroupNotFound', 'One or more target groups not found');

export const loadBalancerNotFound = (): ElbError => new ElbError('LoadBalancerNotFound', 'One or more load balancers not found');

/** AWS's wording for a member outside its constraint: `1 validation error detected: Value '500' at 'pageSize' failed to satisfy constraint: …`. */
export const constraintError = (value: string, member: string, constraint: string): ElbError =>
	validationError(`1 validation error detected: Value ${value} at '${member}' failed to satisfy constraint: ${constraint}`);
