/**
 * A target group's name from its ARN (`arn:aws:elasticloadbalancing:…:targetgroup/NAME/ID`), raw;
 * the ARN itself when it is not one.
 */
export function targetGroupName(arn: string): string {
	const match = /:targetgroup\/([^/]+)\/[^/]+$/u.exec(arn);
	return match?.[1] ?? arn;
}

/** ELB's reason code without its `Target.` prefix (`ResponseCodeMismatch`); `Elb.` codes stay whole. */
export function shortReason(reason: string): string {
	return reason.startsWith('Target.') && reason.length > 'Target.'.length ? reason.slice('Target.'.length) : reason;
}
