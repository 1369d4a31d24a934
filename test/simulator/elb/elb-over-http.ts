import {DescribeTargetGroupsCommand, DescribeTargetHealthCommand, ElasticLoadBalancingV2Client, type TargetHealthDescription} from '@aws-sdk/client-elastic-load-balancing-v2';
import {useServiceOverHttp, type ServiceOverHttp} from '../service-over-http.js';

/** The real ELB v2 client pointed at a simulator, one attempt only so errors surface as they are. */
export function elbTestClient(url: string): ElasticLoadBalancingV2Client {
	return new ElasticLoadBalancingV2Client({region: 'us-east-1', endpoint: url, credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1});
}

export type ElbOverHttp = ServiceOverHttp<'elb', ElasticLoadBalancingV2Client>;

/** A fresh default world on a manual clock for each test, with the ELB v2 and ECS clients. */
export function useElbOverHttp(): ElbOverHttp {
	return useServiceOverHttp('elb', elbTestClient);
}

/** The ARN of the target group named `name`, found with DescribeTargetGroups. */
export async function targetGroupArn(elb: ElasticLoadBalancingV2Client, name: string): Promise<string> {
	const {TargetGroups = []} = await elb.send(new DescribeTargetGroupsCommand({Names: [name]}));
	const arn = TargetGroups[0]?.TargetGroupArn;
	if (arn === undefined) throw new Error(`no target group ${name}`);
	return arn;
}

/** Every target of the group with its state, as DescribeTargetHealth returns them. */
export async function targetHealth(elb: ElasticLoadBalancingV2Client, arn: string): Promise<TargetHealthDescription[]> {
	const {TargetHealthDescriptions = []} = await elb.send(new DescribeTargetHealthCommand({TargetGroupArn: arn}));
	return TargetHealthDescriptions;
}
