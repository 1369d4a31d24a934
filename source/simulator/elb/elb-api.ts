import {constraintError, loadBalancerNotFound, targetGroupNotFound, validationError} from './elb-error.js';
import {pageOf} from './elb-marker.js';
import type {LoadBalancerState, TargetGroupState} from './elb-types.js';
import {loadBalancerToXml, targetGroupAttributes, targetGroupToXml, targetHealthToXml, unusedTargetToXml, type XmlRecord} from './elb-wire.js';
import type {LoadBalancing} from './load-balancing.js';

/*
 * The read-only ELB v2 operations ecswatch calls, checked as the API reference documents them
 * (API_DescribeLoadBalancers, API_DescribeTargetGroups, API_DescribeTargetHealth,
 * API_DescribeTargetGroupAttributes): PageSize 1 to 400, at most 20 load balancer ARNs or names,
 * Marker paging, LoadBalancerNotFound / TargetGroupNotFound for unknown ones.
 * Verified wording: "One or more target groups not found", "One or more load balancers not found",
 * AWS's "1 validation error detected: …" constraint messages, "'…' is not a valid target group ARN".
 * Unverified (modelled on those): the exclusivity messages and "Invalid Marker".
 */

export interface PageInput {
	Marker?: string;
	PageSize?: number;
}

export interface DescribeLoadBalancersInput extends PageInput {
	LoadBalancerArns?: string[];
	Names?: string[];
}

export interface DescribeTargetGroupsInput extends PageInput {
	LoadBalancerArn?: string;
	TargetGroupArns?: string[];
	Names?: string[];
}

export interface DescribeTargetHealthInput {
	TargetGroupArn?: string;
	Targets?: Array<{Id?: string; Port?: number; AvailabilityZone?: string}>;
	Include?: string[];
}

export interface DescribeTargetGroupAttributesInput {
	TargetGroupArn?: string;
}

export interface ElbApi {
	describeLoadBalancers(input: DescribeLoadBalancersInput): XmlRecord;
	describeTargetGroups(input: DescribeTargetGroupsInput): XmlRecord;
	describeTargetHealth(input: DescribeTargetHealthInput): XmlRecord;
	describeTargetGroupAttributes(input: DescribeTargetGroupAttributesInput): XmlRecord;
}

const maxPageSize = 400;
const maxLoadBalancers = 20;

const loadBalancerArn = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/(app|net|gwy)\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/u;
const targetGroupArn = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/u;

function pageSizeOf(size: number | undefined): number {
	if (size === undefined) return maxPageSize;
	if (size < 1) throw constraintError(`'${size}'`, 'pageSize', 'Member must have value greater than or equal to 1');
	if (size > maxPageSize) throw constraintError(`'${size}'`, 'pageSize', `Member must have value less than or equal to ${maxPageSize}`);
	return size;
}

function checkLoadBalancerArn(arn: string): string {
	if (!loadBalancerArn.test(arn)) throw validationError(`'${arn}' is not a valid load balancer ARN`);
	return arn;
}

function checkTargetGroupArn(arn: string | undefined): string {
	if (arn === undefined) throw constraintError('null', 'targetGroupArn', 'Member must not be null');
	if (!targetGroupArn.test(arn)) throw validationError(`'${arn}' is not a valid target group ARN`);
	return arn;
}

const given = (list: readonly string[] | undefined): list is readonly string[] => list !== undefined && list.length > 0;

/** Every name or ARN asked for must exist, or the whole call fails (the API reference's Errors). */
function pick<T>(all: readonly T[], wanted: readonly string[], keyOf: (item: T) => string, notFound: () => Error): T[] {
	return [...new Set(wanted)].map(key => {
		const found = all.find(item => keyOf(item) === key);
		if (!found) throw notFound();
		return found;
	});
}

export function createElbApi(elb: LoadBalancing, sync: () => void): ElbApi {
	const group = (arn: string | undefined): TargetGroupState => {
		const found = elb.targetGroup(checkTargetGroupArn(arn));
		if (!found) throw targetGroupNotFound();
		return found;
	};

	return {
		describeLoadBalancers(input) {
			const size = pageSizeOf(input.PageSize);
			if (given(input.LoadBalancerArns) && given(input.Names)) throw validationError('Load balancer names and load balancer ARNs cannot be specified at the same time');
			for (const list of [input.LoadBalancerArns, input.Names]) {
				if (list && list.length > maxLoadBalancers) {
					throw constraintError(`'[${list.join(', ')}]'`, list === input.Names ? 'names' : 'loadBalancerArns', `Member must have length less than or equal to ${maxLoadBalancers}`);
				}
			}

			sync();
			let balancers: LoadBalancerState[] = elb.loadBalancers;
			if (given(input.LoadBalancerArns)) balancers = pick(balancers, input.LoadBalancerArns.map(checkLoadBalancerArn), b => b.arn, loadBalancerNotFound);
			else if (given(input.Names)) balancers = pick(balancers, input.Names, b => b.name, loadBalancerNotFound);
			const {page, nextMarker} = pageOf('loadbalancers', balancers, b => b.arn, size, input.Marker);
			return {LoadBalancers: page.map(loadBalancerToXml), NextMarker: nextMarker};
		},

		describeTargetGroups(input) {
			const size = pageSizeOf(input.PageSize);
			const filters = [input.LoadBalancerArn !== undefined, given(input.TargetGroupArns), given(input.Names)].filter(Boolean).length;
			if (filters > 1) throw validationError('A load balancer ARN, target group ARNs and target group names cannot be specified at the same time');
			sync();
			let groups: TargetGroupState[] = elb.targetGroups;
			if (input.LoadBalancerArn !== undefined) {
				const arn = checkLoadBalancerArn(input.LoadBalancerArn);
				if (!elb.loadBalancers.some(b => b.arn === arn)) throw loadBalancerNotFound();
				groups = groups.filter(g => g.loadBalancerArns.includes(arn));
			} else if (given(input.TargetGroupArns)) {
				groups = pick(groups, input.TargetGroupArns.map(checkTargetGroupArn), g => g.arn, targetGroupNotFound);
			} else if (given(input.Names)) {
				groups = pick(groups, input.Names, g => g.name, targetGroupNotFound);
			}

			const {page, nextMarker} = pageOf('targetgroups', groups, g => g.arn, size, input.Marker);
			return {TargetGroups: page.map(targetGroupToXml), NextMarker: nextMarker};
		},

		describeTargetHealth(input) {
			const wanted = (input.Targets ?? []).map((target, index) => {
				if (target.Id === undefined) throw constraintError('null', `targets.${index + 1}.member.id`, 'Member must not be null');
				return {id: target.Id, port: target.Port, availabilityZone: target.AvailabilityZone};
			});
			const found = group(input.TargetGroupArn);
			sync();
			const targets = [...found.targets.values()];
			if (wanted.length === 0) return {TargetHealthDescriptions: targets.map(t => targetHealthToXml(found, t))};
			return {
				TargetHealthDescriptions: wanted.flatMap(w => {
					const matches = targets.filter(t => t.id === w.id && (w.port === undefined || t.port === w.port));
					return matches.length > 0
						? matches.map(t => targetHealthToXml(found, t))
						: [unusedTargetToXml(found, w.id, w.port ?? found.port, w.availabilityZone)];
				}),
			};
		},

		describeTargetGroupAttributes(input) {
			const found = group(input.TargetGroupArn);
			return {Attributes: targetGroupAttributes(found)};
		},
	};
}
