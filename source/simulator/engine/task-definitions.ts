import {lastSegment} from '../last-segment.js';
import type {WireRecord} from './world-api.js';

/**
 * How tasks of a revision behave once started: the simulator's way to have good and bad releases.
 * healthy: passes its health checks; unhealthy: fails them; crash: passes them, then the essential
 * container is OOM-killed (exit 137); exit: the essential container finishes its work and exits 0 (a
 * batch job); bad-image: the image cannot be pulled, so the task never starts (TaskFailedToStart).
 */
export type TaskBehaviour = 'healthy' | 'unhealthy' | 'crash' | 'exit' | 'bad-image';

/** A container definition's `logConfiguration`, as RegisterTaskDefinition takes it and DescribeTaskDefinition returns it. */
export interface LogConfiguration {
	/** `awslogs`, `awsfirelens`, `splunk`… */
	logDriver: string;
	/** For awslogs: `awslogs-group`, `awslogs-region`, `awslogs-stream-prefix` (streams `prefix/container/taskId`; without it, the container's runtime id). */
	options: Record<string, string>;
	secretOptions?: Array<{name: string; valueFrom: string}>;
}

/** The `firelensConfiguration` of a task's log router container (the one FireLens runs Fluent Bit or Fluentd in). */
export interface FirelensConfiguration {
	type: 'fluentbit' | 'fluentd';
	options?: Record<string, string>;
}

export interface ContainerSpec {
	name: string;
	image: string;
	cpu: number;
	memory: number;
	essential: boolean;
	containerPort?: number;
	/** Whether the container definition has a health check (otherwise its health stays UNKNOWN). */
	healthCheck?: boolean;
	/** Where the container's stdout and stderr go; none: nowhere ECS can say. */
	logConfiguration?: LogConfiguration;
	firelensConfiguration?: FirelensConfiguration;
}

export type NetworkMode = 'awsvpc' | 'bridge';

export interface RegisterTaskDefinitionInput {
	family: string;
	/** Defaults to the containers of the family's latest revision. */
	containers?: ContainerSpec[];
	networkMode?: NetworkMode;
	requiresCompatibilities?: Array<'FARGATE' | 'EC2'>;
	cpu?: string;
	memory?: string;
	behaviour?: TaskBehaviour;
	/** Skips ahead to this revision number (it must be above the family's latest). */
	revision?: number;
}

export interface TaskDefinition {
	arn: string;
	family: string;
	revision: number;
	networkMode: NetworkMode;
	requiresCompatibilities: Array<'FARGATE' | 'EC2'>;
	cpu: string;
	memory: string;
	containers: ContainerSpec[];
	behaviour: TaskBehaviour;
	registeredAt: number;
}

const healthCheckJson = (port: number | undefined): WireRecord => ({
	command: ['CMD-SHELL', `curl -f http://localhost:${port ?? 8080}/health || exit 1`],
	interval: 30,
	timeout: 5,
	retries: 3,
	startPeriod: 10,
});

/** The task definitions of the account: families and their revisions. */
export class TaskDefinitionRegistry {
	private readonly families = new Map<string, TaskDefinition[]>();
	private readonly inOrder: TaskDefinition[] = [];

	constructor(
		private readonly region: string,
		private readonly accountId: string,
	) {}

	register(input: RegisterTaskDefinitionInput, now: number): TaskDefinition {
		const revisions = this.families.get(input.family) ?? [];
		const latest = revisions.at(-1);
		const containers = input.containers ?? latest?.containers;
		if (!containers || containers.length === 0) {
			throw new Error(`registerTaskDefinition: no containers for new family ${input.family}`);
		}

		const revision = Math.max((latest?.revision ?? 0) + 1, input.revision ?? 0);
		const definition: TaskDefinition = {
			arn: `arn:aws:ecs:${this.region}:${this.accountId}:task-definition/${input.family}:${revision}`,
			family: input.family,
			revision,
			networkMode: input.networkMode ?? latest?.networkMode ?? 'awsvpc',
			requiresCompatibilities: [...(input.requiresCompatibilities ?? latest?.requiresCompatibilities ?? ['FARGATE'])],
			cpu: input.cpu ?? latest?.cpu ?? '256',
			memory: input.memory ?? latest?.memory ?? '512',
			containers: containers.map(c => ({...c})),
			behaviour: input.behaviour ?? 'healthy',
			registeredAt: now,
		};
		revisions.push(definition);
		this.families.set(input.family, revisions);
		this.inOrder.push(definition);
		return definition;
	}

	/** Every revision registered, in registration order (the log store reads their log groups from it). */
	registered(): readonly TaskDefinition[] {
		return this.inOrder;
	}

	/** Resolves `family` (latest revision), `family:revision` or a full ARN. */
	resolve(reference: string): TaskDefinition | undefined {
		const name = reference.startsWith('arn:') ? lastSegment(reference) : reference;
		const [family = '', revisionText] = name.split(':');
		const revisions = this.families.get(family);
		if (!revisions) {
			return undefined;
		}

		if (revisionText === undefined) {
			return revisions.at(-1);
		}

		return revisions.find(r => String(r.revision) === revisionText);
	}

	toWire(definition: TaskDefinition): WireRecord {
		const bridge = definition.networkMode === 'bridge';
		return {
			taskDefinitionArn: definition.arn,
			family: definition.family,
			revision: definition.revision,
			containerDefinitions: definition.containers.map(c => {
				const record: WireRecord = {
					name: c.name,
					image: c.image,
					cpu: c.cpu,
					memory: c.memory,
					essential: c.essential,
					portMappings: c.containerPort === undefined ? [] : [{containerPort: c.containerPort, hostPort: bridge ? 0 : c.containerPort, protocol: 'tcp'}],
					environment: [],
					mountPoints: [],
					volumesFrom: [],
				};
				if (c.healthCheck) {
					record['healthCheck'] = healthCheckJson(c.containerPort);
				}

				if (c.logConfiguration) {
					const {logDriver, options, secretOptions} = c.logConfiguration;
					record['logConfiguration'] = {logDriver, options: {...options}, ...(secretOptions ? {secretOptions: secretOptions.map(o => ({...o}))} : {})};
				}

				if (c.firelensConfiguration) {
					const {type, options} = c.firelensConfiguration;
					record['firelensConfiguration'] = {type, ...(options ? {options: {...options}} : {})};
				}

				return record;
			}),
			networkMode: definition.networkMode,
			requiresCompatibilities: [...definition.requiresCompatibilities],
			compatibilities: definition.requiresCompatibilities.includes('FARGATE') ? ['EC2', 'FARGATE'] : ['EC2'],
			cpu: definition.cpu,
			memory: definition.memory,
			status: 'ACTIVE',
			volumes: [],
			placementConstraints: [],
			registeredAt: definition.registeredAt,
			registeredBy: `arn:aws:iam::${this.accountId}:role/deployer`,
		};
	}
}
