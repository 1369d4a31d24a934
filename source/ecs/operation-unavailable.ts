/**
 * Whether an SDK error says the operation is not available to this caller: its IAM policy does not
 * allow it (older policies lack the 2024 service-deployment permissions ecs:ListServiceDeployments,
 * ecs:DescribeServiceDeployments and ecs:DescribeServiceRevisions), or the endpoint does not know
 * the operation (an ECS-compatible endpoint older than those APIs).
 */
export function isOperationUnavailable(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const name = (error as {name?: unknown}).name;
	return name === 'AccessDeniedException' || name === 'UnknownOperationException';
}
