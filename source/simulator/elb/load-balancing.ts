import type {Prng} from '../engine/prng.js';
import type {HealthCheckSettings, LoadBalancerState, ProbeResult, TargetGroupState, TargetState, TargetType} from './elb-types.js';
import {targetKey} from './elb-types.js';

/** Runs `step` once the world reaches `at`, in order with its other transitions. */
export type Schedule = (at: number, step: (at: number) => void) => void;

/** Told whenever a target changes state (registered, healthy, unhealthy, draining, gone). */
export type TargetListener = (target: TargetState, at: number) => void;

export interface NewLoadBalancer {
	name: string;
	scheme: LoadBalancerState['scheme'];
	vpcId: string;
	zones: LoadBalancerState['zones'];
	createdAt: number;
}

export interface NewTargetGroup {
	name: string;
	port: number;
	vpcId: string;
	targetType: TargetType;
	loadBalancerArn?: string;
	healthCheck?: Partial<HealthCheckSettings>;
	deregistrationDelaySeconds?: number;
	createdAt: number;
}

/** ELB's defaults for an HTTP target group (API_CreateTargetGroup): 30 s, 5 s timeout, 5 healthy, 2 unhealthy, 300 s delay. */
const defaultHealthCheck: HealthCheckSettings = {path: '/', intervalSeconds: 30, timeoutSeconds: 5, healthyThresholdCount: 5, unhealthyThresholdCount: 2, httpCode: '200'};
const defaultDeregistrationDelaySeconds = 300;

/** us-east-1's hosted zone of Application Load Balancers (the Elastic Load Balancing endpoints page). */
const albHostedZones: Record<string, string> = {'us-east-1': 'Z35SXDOTRQ7X7K', 'us-east-2': 'Z3AADJGX6KTTL2', 'us-west-2': 'Z1H1FL5HABSF5', 'eu-west-1': 'Z32O12XQLNTSW2'};

const sec = 1000;

/**
 * The account's load balancers and target groups in one Region, and the life of each registered
 * target as ELB leads it ("Health checks for Application Load Balancer target groups",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html):
 * `initial` (Elb.RegistrationInProgress, then Elb.InitialHealthChecking) until HealthyThresholdCount
 * consecutive checks pass, one every HealthCheckIntervalSeconds; `unhealthy` after
 * UnhealthyThresholdCount consecutive failures, with the failure's reason code; `draining`
 * (Target.DeregistrationInProgress) for the deregistration delay once deregistered, then gone.
 */
export class LoadBalancing {
	readonly loadBalancers: LoadBalancerState[] = [];
	readonly targetGroups: TargetGroupState[] = [];

	constructor(
		readonly region: string,
		readonly accountId: string,
		private readonly schedule: Schedule,
		private readonly prng: Prng,
	) {}

	addLoadBalancer(spec: NewLoadBalancer): LoadBalancerState {
		const id = this.prng.hex(16);
		const host = `${spec.scheme === 'internal' ? 'internal-' : ''}${spec.name}-${this.prng.digits(10)}`;
		const balancer: LoadBalancerState = {
			name: spec.name,
			arn: `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:loadbalancer/app/${spec.name}/${id}`,
			dnsName: `${host}.${this.region}.elb.amazonaws.com`,
			canonicalHostedZoneId: albHostedZones[this.region] ?? 'Z35SXDOTRQ7X7K',
			createdAt: spec.createdAt,
			scheme: spec.scheme,
			vpcId: spec.vpcId,
			zones: spec.zones.map(z => ({...z})),
			securityGroups: [`sg-${this.prng.hex(17)}`],
		};
		this.loadBalancers.push(balancer);
		return balancer;
	}

	addTargetGroup(spec: NewTargetGroup): TargetGroupState {
		const group: TargetGroupState = {
			name: spec.name,
			arn: `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:targetgroup/${spec.name}/${this.prng.hex(16)}`,
			protocol: 'HTTP',
			port: spec.port,
			vpcId: spec.vpcId,
			targetType: spec.targetType,
			healthCheck: {...defaultHealthCheck, ...spec.healthCheck},
			deregistrationDelaySeconds: spec.deregistrationDelaySeconds ?? defaultDeregistrationDelaySeconds,
			loadBalancerArns: spec.loadBalancerArn === undefined ? [] : [spec.loadBalancerArn],
			createdAt: spec.createdAt,
			targets: new Map(),
		};
		this.targetGroups.push(group);
		return group;
	}

	targetGroup(arn: string): TargetGroupState | undefined {
		return this.targetGroups.find(g => g.arn === arn);
	}

	/**
	 * RegisterTargets for one target: `initial` at once, its health checks on the agenda; `probe`
	 * says what each check finds. Registering a target already there (and not draining) changes nothing.
	 */
	register(group: TargetGroupState, target: {id: string; port: number; availabilityZone?: string}, at: number, probe: () => ProbeResult, listener: TargetListener): TargetState {
		const key = targetKey(target.id, target.port);
		const existing = group.targets.get(key);
		if (existing && existing.state !== 'draining') return existing;
		const state: TargetState = {
			id: target.id,
			port: target.port,
			state: 'initial',
			reason: 'Elb.RegistrationInProgress',
			description: 'Target registration is in progress',
			registeredAt: at,
			passes: 0,
			failures: 0,
			epoch: (existing?.epoch ?? 0) + 1,
		};
		if (group.targetType === 'ip' && target.availabilityZone !== undefined) state.availabilityZone = target.availabilityZone;
		group.targets.set(key, state);
		listener(state, at);
		const epoch = state.epoch;
		const interval = group.healthCheck.intervalSeconds * sec;
		const check = (t: number): void => {
			if (state.epoch !== epoch) return;
			this.check(group, state, probe(), t, listener);
			this.schedule(t + interval, check);
		};

		this.schedule(at + this.prng.int(2 * sec, 4 * sec), t => {
			if (state.epoch !== epoch || state.state !== 'initial') return;
			state.reason = 'Elb.InitialHealthChecking';
			state.description = 'Initial health checks in progress';
			listener(state, t);
			this.schedule(t + interval, check);
		});
		return state;
	}

	/** DeregisterTargets for one target: `draining` for the group's deregistration delay, then gone. Returns when it is gone. */
	deregister(group: TargetGroupState, target: TargetState, at: number, listener: TargetListener): number {
		if (target.state === 'draining' && target.drainedAt !== undefined) return target.drainedAt;
		target.epoch++;
		target.state = 'draining';
		target.reason = 'Target.DeregistrationInProgress';
		target.description = 'Target deregistration is in progress';
		const drainedAt = at + group.deregistrationDelaySeconds * sec;
		target.drainedAt = drainedAt;
		listener(target, at);
		const epoch = target.epoch;
		this.schedule(drainedAt, t => {
			const key = targetKey(target.id, target.port);
			if (target.epoch !== epoch || group.targets.get(key) !== target) return;
			group.targets.delete(key);
			listener(target, t);
		});
		return drainedAt;
	}

	private check(group: TargetGroupState, target: TargetState, result: ProbeResult, at: number, listener: TargetListener): void {
		const {healthyThresholdCount, unhealthyThresholdCount} = group.healthCheck;
		if (result.ok) {
			target.passes++;
			target.failures = 0;
			if (target.state !== 'healthy' && target.passes >= healthyThresholdCount) {
				target.state = 'healthy';
				delete target.reason;
				delete target.description;
				listener(target, at);
			}

			return;
		}

		target.failures++;
		target.passes = 0;
		if (target.state === 'unhealthy' || target.failures >= unhealthyThresholdCount) {
			const changed = target.state !== 'unhealthy' || target.reason !== result.reason;
			target.state = 'unhealthy';
			target.reason = result.reason;
			target.description = result.description;
			if (changed) listener(target, at);
		}
	}
}
