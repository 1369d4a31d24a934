/**
 * A task ECS listed but could not describe, other than MISSING (which only means it stopped and
 * aged out between the two calls). Raw AWS text: sanitise before it reaches a terminal.
 */
export interface DescribeFailure {
	arn: string | null;
	reason: string | null;
	detail: string | null;
}
