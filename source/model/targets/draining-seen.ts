import type {TargetGroupRead} from './elb-types.js';

/**
 * When each draining target was first seen draining (epoch ms), by {@link drainingKey}. ELB does
 * not say when a target began draining, so the time left of its deregistration delay is counted
 * from the first poll that saw it draining: exact to a poll's interval when the fetch saw it
 * begin, an upper bound for one already draining when the fetch started.
 */
export type DrainingSeen = ReadonlyMap<string, number>;

export const drainingKey = (targetGroupArn: string, id: string, port: number | null) => `${targetGroupArn}\u0000${id}\u0000${port ?? ''}`;

/** The draining targets of this poll's groups, with when each was first seen draining; the others forgotten. */
export function advanceDrainingSeen(previous: DrainingSeen, groups: ReadonlyMap<string, TargetGroupRead>, now: number): Map<string, number> {
	const next = new Map<string, number>();
	for (const [arn, {group, health}] of groups) {
		for (const description of health) {
			const id = description.Target?.Id;
			if (description.TargetHealth?.State !== 'draining' || id === undefined) continue;
			const key = drainingKey(arn, id, description.Target?.Port ?? group.Port ?? null);
			next.set(key, previous.get(key) ?? now);
		}
	}

	return next;
}

/** ISO 8601 end of the deregistration delay of a target first seen draining at `firstSeen`; null when the delay is unknown. */
export function drainingEnd(firstSeen: number | undefined, delaySeconds: number | null | undefined): string | null {
	if (firstSeen === undefined || delaySeconds === null || delaySeconds === undefined) return null;
	return new Date(firstSeen + delaySeconds * 1000).toISOString();
}

/** The value of `deregistration_delay.timeout_seconds` among DescribeTargetGroupAttributes' attributes; null when absent. */
export function deregistrationDelaySeconds(attributes: ReadonlyArray<{Key?: string | undefined; Value?: string | undefined}>): number | null {
	const value = attributes.find(attribute => attribute.Key === 'deregistration_delay.timeout_seconds')?.Value;
	const seconds = value === undefined ? Number.NaN : Number(value);
	return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
