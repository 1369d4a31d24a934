/**
 * A task ECS listed but could not describe, other than MISSING (MISSING ones are passed on by ARN:
 * the watch keeps their last rows, see model/task-diff-missing.ts). Raw AWS text: sanitise before
 * it reaches a terminal.
 */
export interface DescribeFailure {
	arn: string | null;
	reason: string | null;
	detail: string | null;
}
