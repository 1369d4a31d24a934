import type {Prng} from './prng.js';
import type {Deployment, DeploymentConfiguration, ServiceLaunch, ServiceState} from './service-state.js';
import type {TaskDefinition} from './task-definitions.js';

/*
 * Service revisions and service deployments, the records behind ECS's 2024 deployment APIs
 * (ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions).
 *
 * - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-revision.html: "Amazon ECS
 *   automatically creates a new service revision when you create a service, or update a service
 *   property that starts a deployment. Amazon ECS doesn't create a new service revision for a
 *   rollback operation. Amazon ECS uses the last successful service revision for the rollback."
 * - API_ServiceDeployment: status PENDING → IN_PROGRESS → SUCCESSFUL; a deployment a newer one
 *   supersedes is STOPPED; a circuit-breaker rollback goes ROLLBACK_REQUESTED →
 *   ROLLBACK_IN_PROGRESS → ROLLBACK_SUCCESSFUL (or ROLLBACK_FAILED), with `rollback` {reason,
 *   startedAt, serviceRevisionArn} naming the revision rolled back to.
 * - API_ServiceDeploymentCircuitBreaker: status DISABLED / MONITORING / TRIGGERED /
 *   MONITORING_COMPLETE, failureCount and threshold (0.5 × desired count, 3 to 200).
 */

export type ServiceDeploymentStatus =
	| 'PENDING'
	| 'IN_PROGRESS'
	| 'SUCCESSFUL'
	| 'STOPPED'
	| 'ROLLBACK_REQUESTED'
	| 'ROLLBACK_IN_PROGRESS'
	| 'ROLLBACK_SUCCESSFUL'
	| 'ROLLBACK_FAILED';

/** Rolling (ECS) deployments pass SCALE_UP (the target's tasks start) and CLEAN_UP (the sources' tasks stop). */
export type RollingLifecycleStage = 'SCALE_UP' | 'CLEAN_UP';

export interface ServiceRevisionRecord {
	arn: string;
	serviceArn: string;
	clusterArn: string;
	definition: TaskDefinition;
	launch: ServiceLaunch;
	subnets: string[];
	securityGroups: string[];
	createdAt: number;
}

export interface RevisionCounts {
	requested: number;
	running: number;
	pending: number;
}

export interface ServiceDeploymentRecord {
	arn: string;
	serviceArn: string;
	clusterArn: string;
	/** The ecs-svc/… deployment that rolls the target revision out. */
	deploymentId: string;
	targetRevisionArn: string;
	sourceRevisionArns: string[];
	configuration: DeploymentConfiguration;
	createdAt: number;
	startedAt?: number;
	finishedAt?: number;
	stoppedAt?: number;
	updatedAt: number;
	status: ServiceDeploymentStatus;
	statusReason?: string;
	lifecycleStage?: RollingLifecycleStage;
	rollback?: {reason: string; startedAt: number; serviceRevisionArn: string; deploymentId: string};
	breaker: {triggered: boolean; failureCount: number; threshold: number};
	/** The revision counts when the deployment finished: they no longer change after that. */
	final?: {target: RevisionCounts; sources: RevisionCounts[]};
}

export interface ServiceHistory {
	revisions: ServiceRevisionRecord[];
	/** Oldest first. */
	deployments: ServiceDeploymentRecord[];
}

const terminal = new Set<ServiceDeploymentStatus>(['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);

export const isFinished = (record: ServiceDeploymentRecord): boolean => terminal.has(record.status);

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A service deployment id as ECS prints them: 21 URL-safe characters (e.g. `NCWGC2ZR-taawPAYrIaU5`). */
function deploymentKey(prng: Prng): string {
	let out = '';
	for (let i = 0; i < 21; i++) out += idAlphabet[prng.int(0, idAlphabet.length - 1)];
	return out;
}

const serviceBase = (service: ServiceState): string => {
	const [, path = ''] = service.arn.split(':service/');
	return path;
};

/** The service's records, created on first use. */
export function historyOf(service: ServiceState): ServiceHistory {
	service.history ??= {revisions: [], deployments: []};
	return service.history;
}

export function revisionOf(service: ServiceState, arn: string | undefined): ServiceRevisionRecord | undefined {
	return arn === undefined ? undefined : service.history?.revisions.find(r => r.arn === arn);
}

/** A new, immutable service revision: what a CreateService or a deploying UpdateService asks for. */
export function recordRevision(service: ServiceState, definition: TaskDefinition, prng: Prng, at: number): ServiceRevisionRecord {
	const [prefix] = service.arn.split(':service/');
	const revision: ServiceRevisionRecord = {
		arn: `${prefix}:service-revision/${serviceBase(service)}/${prng.digits(19)}`,
		serviceArn: service.arn,
		clusterArn: service.clusterArn,
		definition,
		launch: 'launchType' in service.launch ? {launchType: service.launch.launchType} : {capacityProviderStrategy: service.launch.capacityProviderStrategy.map(i => ({...i}))},
		subnets: service.subnets.map(s => s.id),
		securityGroups: [...service.securityGroups],
		createdAt: at,
	};
	historyOf(service).revisions.push(revision);
	return revision;
}

/** The newest service deployment not yet finished, if any. */
export function currentServiceDeployment(service: ServiceState): ServiceDeploymentRecord | undefined {
	const record = service.history?.deployments.at(-1);
	return record && !isFinished(record) ? record : undefined;
}

/**
 * A new service deployment (PENDING) of `deployment`'s revision, from the revisions still running;
 * the one it supersedes, if unfinished, becomes STOPPED.
 */
export function recordServiceDeployment(service: ServiceState, deployment: Deployment, threshold: number, prng: Prng, at: number): ServiceDeploymentRecord {
	const previous = currentServiceDeployment(service);
	if (previous) finishServiceDeployment(service, previous, 'STOPPED', at);
	const [prefix] = service.arn.split(':service/');
	const sources = [...new Set(service.deployments.filter(d => d !== deployment && d.revisionArn !== undefined).map(d => d.revisionArn!))];
	const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
	const record: ServiceDeploymentRecord = {
		arn: `${prefix}:service-deployment/${serviceBase(service)}/${deploymentKey(prng)}`,
		serviceArn: service.arn,
		clusterArn: service.clusterArn,
		deploymentId: deployment.id,
		targetRevisionArn: deployment.revisionArn ?? '',
		sourceRevisionArns: sources,
		configuration: {...service.deploymentConfiguration, deploymentCircuitBreaker: {...breaker}},
		createdAt: at,
		updatedAt: at,
		status: 'PENDING',
		breaker: {triggered: false, failureCount: 0, threshold},
	};
	historyOf(service).deployments.push(record);
	deployment.serviceDeploymentArn = record.arn;
	return record;
}

/** How many tasks the service wants, runs and starts of a revision (its deployments' tasks). */
export function revisionCounts(service: ServiceState, revisionArn: string): RevisionCounts {
	const counts: RevisionCounts = {requested: 0, running: 0, pending: 0};
	for (const deployment of service.deployments) {
		if (deployment.revisionArn !== revisionArn) continue;
		counts.requested += deployment.desiredCount;
		for (const task of deployment.tasks) {
			if (task.lastStatus === 'RUNNING') counts.running++;
			else if (task.desiredStatus === 'RUNNING' && task.lastStatus !== 'STOPPED') counts.pending++;
		}
	}

	return counts;
}

export function finishServiceDeployment(service: ServiceState, record: ServiceDeploymentRecord, status: ServiceDeploymentStatus, at: number, reason?: string): void {
	record.status = status;
	record.updatedAt = at;
	if (reason !== undefined) record.statusReason = reason;
	if (status === 'STOPPED') record.stoppedAt = at;
	else record.finishedAt = at;
	record.final = {
		target: revisionCounts(service, record.targetRevisionArn),
		sources: record.sourceRevisionArns.map(arn => revisionCounts(service, arn)),
	};
}
