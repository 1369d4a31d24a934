/**
 * The parts of ECS API objects the model reads, shaped like the SDK's own types
 * (`@aws-sdk/client-ecs` Task, Container, Service…) so SDK values can be passed in as they are,
 * while nothing outside ecs/ depends on the SDK. Timestamps are Dates, as the SDK parses them.
 */

export type Maybe<T> = T | undefined;

export interface EcsKeyValuePair {
	name?: Maybe<string>;
	value?: Maybe<string>;
}

export interface EcsAttachment {
	id?: Maybe<string>;
	type?: Maybe<string>;
	status?: Maybe<string>;
	details?: Maybe<EcsKeyValuePair[]>;
}

export interface EcsNetworkBinding {
	bindIP?: Maybe<string>;
	containerPort?: Maybe<number>;
	hostPort?: Maybe<number>;
	protocol?: Maybe<string>;
	containerPortRange?: Maybe<string>;
	hostPortRange?: Maybe<string>;
}

export interface EcsNetworkInterface {
	attachmentId?: Maybe<string>;
	privateIpv4Address?: Maybe<string>;
	ipv6Address?: Maybe<string>;
}

export interface EcsContainer {
	containerArn?: Maybe<string>;
	name?: Maybe<string>;
	image?: Maybe<string>;
	imageDigest?: Maybe<string>;
	runtimeId?: Maybe<string>;
	lastStatus?: Maybe<string>;
	exitCode?: Maybe<number>;
	reason?: Maybe<string>;
	healthStatus?: Maybe<string>;
	networkBindings?: Maybe<EcsNetworkBinding[]>;
	networkInterfaces?: Maybe<EcsNetworkInterface[]>;
	cpu?: Maybe<string>;
	memory?: Maybe<string>;
	memoryReservation?: Maybe<string>;
}

export interface EcsTag {
	key?: Maybe<string>;
	value?: Maybe<string>;
}

export interface EcsTask {
	taskArn?: Maybe<string>;
	clusterArn?: Maybe<string>;
	taskDefinitionArn?: Maybe<string>;
	containerInstanceArn?: Maybe<string>;
	group?: Maybe<string>;
	startedBy?: Maybe<string>;
	lastStatus?: Maybe<string>;
	desiredStatus?: Maybe<string>;
	healthStatus?: Maybe<string>;
	availabilityZone?: Maybe<string>;
	launchType?: Maybe<string>;
	capacityProviderName?: Maybe<string>;
	platformVersion?: Maybe<string>;
	cpu?: Maybe<string>;
	memory?: Maybe<string>;
	attachments?: Maybe<EcsAttachment[]>;
	containers?: Maybe<EcsContainer[]>;
	tags?: Maybe<EcsTag[]>;
	stopCode?: Maybe<string>;
	stoppedReason?: Maybe<string>;
	createdAt?: Maybe<Date>;
	pullStartedAt?: Maybe<Date>;
	pullStoppedAt?: Maybe<Date>;
	connectivityAt?: Maybe<Date>;
	startedAt?: Maybe<Date>;
	stoppingAt?: Maybe<Date>;
	executionStoppedAt?: Maybe<Date>;
	stoppedAt?: Maybe<Date>;
	version?: Maybe<number>;
}

export interface EcsCapacityProviderStrategyItem {
	capacityProvider?: Maybe<string>;
	weight?: Maybe<number>;
	base?: Maybe<number>;
}

export interface EcsDeploymentCircuitBreaker {
	enable?: Maybe<boolean>;
	rollback?: Maybe<boolean>;
}

export interface EcsDeploymentConfiguration {
	deploymentCircuitBreaker?: Maybe<EcsDeploymentCircuitBreaker>;
	maximumPercent?: Maybe<number>;
	minimumHealthyPercent?: Maybe<number>;
}

export interface EcsDeployment {
	id?: Maybe<string>;
	status?: Maybe<string>;
	taskDefinition?: Maybe<string>;
	desiredCount?: Maybe<number>;
	pendingCount?: Maybe<number>;
	runningCount?: Maybe<number>;
	failedTasks?: Maybe<number>;
	createdAt?: Maybe<Date>;
	updatedAt?: Maybe<Date>;
	launchType?: Maybe<string>;
	capacityProviderStrategy?: Maybe<EcsCapacityProviderStrategyItem[]>;
	rolloutState?: Maybe<string>;
	rolloutStateReason?: Maybe<string>;
}

export interface EcsServiceEvent {
	id?: Maybe<string>;
	createdAt?: Maybe<Date>;
	message?: Maybe<string>;
}

export interface EcsScale {
	value?: Maybe<number>;
	unit?: Maybe<string>;
}

export interface EcsTaskSet {
	id?: Maybe<string>;
	taskSetArn?: Maybe<string>;
	status?: Maybe<string>;
	taskDefinition?: Maybe<string>;
	computedDesiredCount?: Maybe<number>;
	runningCount?: Maybe<number>;
	pendingCount?: Maybe<number>;
	scale?: Maybe<EcsScale>;
	stabilityStatus?: Maybe<string>;
	externalId?: Maybe<string>;
	startedBy?: Maybe<string>;
	createdAt?: Maybe<Date>;
	updatedAt?: Maybe<Date>;
	loadBalancers?: EcsService['loadBalancers'];
}

export interface EcsService {
	serviceArn?: Maybe<string>;
	serviceName?: Maybe<string>;
	clusterArn?: Maybe<string>;
	status?: Maybe<string>;
	desiredCount?: Maybe<number>;
	runningCount?: Maybe<number>;
	pendingCount?: Maybe<number>;
	launchType?: Maybe<string>;
	capacityProviderStrategy?: Maybe<EcsCapacityProviderStrategyItem[]>;
	taskDefinition?: Maybe<string>;
	deploymentConfiguration?: Maybe<EcsDeploymentConfiguration>;
	deployments?: Maybe<EcsDeployment[]>;
	events?: Maybe<EcsServiceEvent[]>;
	createdAt?: Maybe<Date>;
	deploymentController?: Maybe<{type?: Maybe<string>}>;
	taskSets?: Maybe<EcsTaskSet[]>;
	loadBalancers?: Maybe<Array<{targetGroupArn?: Maybe<string>; loadBalancerName?: Maybe<string>; containerName?: Maybe<string>; containerPort?: Maybe<number>}>>;
}

/** ServiceRevisionSummary: a revision a service deployment moves from or to, with its task counts. */
export interface EcsServiceRevisionSummary {
	arn?: Maybe<string>;
	requestedTaskCount?: Maybe<number>;
	runningTaskCount?: Maybe<number>;
	pendingTaskCount?: Maybe<number>;
}

export interface EcsServiceDeploymentRollback {
	reason?: Maybe<string>;
	startedAt?: Maybe<Date>;
	serviceRevisionArn?: Maybe<string>;
}

export interface EcsServiceDeploymentCircuitBreaker {
	status?: Maybe<string>;
	failureCount?: Maybe<number>;
	threshold?: Maybe<number>;
}

/** DescribeServiceDeployments' ServiceDeployment. */
export interface EcsServiceDeployment {
	serviceDeploymentArn?: Maybe<string>;
	serviceArn?: Maybe<string>;
	clusterArn?: Maybe<string>;
	createdAt?: Maybe<Date>;
	startedAt?: Maybe<Date>;
	finishedAt?: Maybe<Date>;
	stoppedAt?: Maybe<Date>;
	updatedAt?: Maybe<Date>;
	sourceServiceRevisions?: Maybe<EcsServiceRevisionSummary[]>;
	targetServiceRevision?: Maybe<EcsServiceRevisionSummary>;
	status?: Maybe<string>;
	statusReason?: Maybe<string>;
	lifecycleStage?: Maybe<string>;
	rollback?: Maybe<EcsServiceDeploymentRollback>;
	deploymentCircuitBreaker?: Maybe<EcsServiceDeploymentCircuitBreaker>;
}

/** ListServiceDeployments' ServiceDeploymentBrief. */
export interface EcsServiceDeploymentBrief {
	serviceDeploymentArn?: Maybe<string>;
	serviceArn?: Maybe<string>;
	clusterArn?: Maybe<string>;
	startedAt?: Maybe<Date>;
	createdAt?: Maybe<Date>;
	finishedAt?: Maybe<Date>;
	targetServiceRevisionArn?: Maybe<string>;
	status?: Maybe<string>;
	statusReason?: Maybe<string>;
}

/** DescribeServiceRevisions' ServiceRevision: only what names its task definition. */
export interface EcsServiceRevision {
	serviceRevisionArn?: Maybe<string>;
	taskDefinition?: Maybe<string>;
}
