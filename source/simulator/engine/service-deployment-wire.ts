import type {RevisionCounts, ServiceDeploymentRecord, ServiceRevisionRecord} from './service-history.js';
import {isFinished, revisionCounts} from './service-history.js';
import type {ServiceState} from './service-state.js';
import type {WireRecord} from './world-api.js';

function setIf(record: WireRecord, key: string, value: string | number | undefined): void {
	if (value !== undefined) record[key] = value;
}

const summary = (arn: string, counts: RevisionCounts): WireRecord => ({
	arn,
	requestedTaskCount: counts.requested,
	runningTaskCount: counts.running,
	pendingTaskCount: counts.pending,
});

/** The members API_ServiceDeploymentBrief and API_ServiceDeployment both begin with, in their order. */
function serviceDeploymentStart(record: ServiceDeploymentRecord): WireRecord {
	const wire: WireRecord = {
		serviceDeploymentArn: record.arn,
		serviceArn: record.serviceArn,
		clusterArn: record.clusterArn,
		createdAt: record.createdAt,
	};
	setIf(wire, 'startedAt', record.startedAt);
	setIf(wire, 'finishedAt', record.finishedAt);
	return wire;
}

/** API_ServiceDeploymentBrief, as ListServiceDeployments returns it. */
export function serviceDeploymentBriefToWire(record: ServiceDeploymentRecord): WireRecord {
	const wire = serviceDeploymentStart(record);
	wire['targetServiceRevisionArn'] = record.targetRevisionArn;
	wire['status'] = record.status;
	setIf(wire, 'statusReason', record.statusReason);
	return wire;
}

/** API_ServiceDeploymentCircuitBreaker's status (ServiceDeploymentRollbackMonitorsStatus). */
function breakerStatus(record: ServiceDeploymentRecord): string {
	if (!record.configuration.deploymentCircuitBreaker.enable) return 'DISABLED';
	if (record.breaker.triggered) return 'TRIGGERED';
	return isFinished(record) ? 'MONITORING_COMPLETE' : 'MONITORING';
}

/** API_ServiceDeployment, as DescribeServiceDeployments returns it. */
export function serviceDeploymentToWire(service: ServiceState, record: ServiceDeploymentRecord): WireRecord {
	const target = record.final?.target ?? revisionCounts(service, record.targetRevisionArn);
	const sources = record.final?.sources ?? record.sourceRevisionArns.map(arn => revisionCounts(service, arn));
	const wire = serviceDeploymentStart(record);
	setIf(wire, 'stoppedAt', record.stoppedAt);
	wire['updatedAt'] = record.updatedAt;
	wire['sourceServiceRevisions'] = record.sourceRevisionArns.map((arn, index) => summary(arn, sources[index] ?? {requested: 0, running: 0, pending: 0}));
	wire['targetServiceRevision'] = summary(record.targetRevisionArn, target);
	wire['status'] = record.status;
	setIf(wire, 'statusReason', record.statusReason);
	setIf(wire, 'lifecycleStage', record.lifecycleStage);
	const config = record.configuration;
	wire['deploymentConfiguration'] = {
		deploymentCircuitBreaker: {...config.deploymentCircuitBreaker},
		maximumPercent: config.maximumPercent,
		minimumHealthyPercent: config.minimumHealthyPercent,
	};
	if (record.rollback) {
		wire['rollback'] = {reason: record.rollback.reason, startedAt: record.rollback.startedAt, serviceRevisionArn: record.rollback.serviceRevisionArn};
	}

	wire['deploymentCircuitBreaker'] = {status: breakerStatus(record), failureCount: record.breaker.failureCount, threshold: record.breaker.threshold};
	return wire;
}

/** API_ServiceRevision, as DescribeServiceRevisions returns it. */
export function serviceRevisionToWire(revision: ServiceRevisionRecord): WireRecord {
	const wire: WireRecord = {
		serviceRevisionArn: revision.arn,
		serviceArn: revision.serviceArn,
		clusterArn: revision.clusterArn,
		taskDefinition: revision.definition.arn,
	};
	const launch = revision.launch;
	if ('launchType' in launch) wire['launchType'] = launch.launchType;
	else wire['capacityProviderStrategy'] = launch.capacityProviderStrategy.map(item => ({...item}));
	const fargate = 'launchType' in launch ? launch.launchType === 'FARGATE' : launch.capacityProviderStrategy.every(i => i.capacityProvider.startsWith('FARGATE'));
	if (fargate) {
		wire['platformVersion'] = '1.4.0';
		wire['platformFamily'] = 'Linux';
	}

	wire['loadBalancers'] = [];
	wire['serviceRegistries'] = [];
	if (revision.definition.networkMode === 'awsvpc') {
		wire['networkConfiguration'] = {awsvpcConfiguration: {subnets: [...revision.subnets], securityGroups: [...revision.securityGroups], assignPublicIp: 'DISABLED'}};
	}

	wire['containerImages'] = revision.definition.containers.map(c => ({containerName: c.name, image: c.image}));
	wire['guardDutyEnabled'] = false;
	wire['createdAt'] = revision.createdAt;
	return wire;
}
