import {DescribeServicesCommand, DescribeTasksCommand, ListTasksCommand, type ECSClient, type Service, type Task} from '@aws-sdk/client-ecs';
import {expect} from 'vitest';

export const cluster = 'demo';

const pendingStatuses = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

/** What a client sees of one service at one instant: the service and its tasks, live and on their way out. */
export interface ServiceView {
	service: Service;
	/** desiredStatus RUNNING. */
	live: Task[];
	/** desiredStatus STOPPED (stopping or stopped, still listable). */
	stopped: Task[];
}

export async function listAll(client: ECSClient, filter: {serviceName?: string; desiredStatus: 'RUNNING' | 'STOPPED'}): Promise<string[]> {
	const arns: string[] = [];
	let nextToken: string | undefined;
	do {
		const page = await client.send(new ListTasksCommand({cluster, ...filter, ...(nextToken ? {nextToken} : {})}));
		arns.push(...(page.taskArns ?? []));
		nextToken = page.nextToken;
	} while (nextToken);
	return arns;
}

export async function describeAll(client: ECSClient, arns: string[]): Promise<Task[]> {
	const chunks: string[][] = [];
	for (let i = 0; i < arns.length; i += 100) chunks.push(arns.slice(i, i + 100));
	const answers = await Promise.all(chunks.map(async tasks => client.send(new DescribeTasksCommand({cluster, tasks}))));
	return answers.flatMap(answer => answer.tasks ?? []);
}

export async function viewService(client: ECSClient, serviceName: string): Promise<ServiceView> {
	const [described, liveArns, stoppedArns] = await Promise.all([
		client.send(new DescribeServicesCommand({cluster, services: [serviceName]})),
		listAll(client, {serviceName, desiredStatus: 'RUNNING'}),
		listAll(client, {serviceName, desiredStatus: 'STOPPED'}),
	]);
	const service = described.services?.[0];
	if (!service) throw new Error(`service ${serviceName} not described`);
	const [live, stopped] = await Promise.all([describeAll(client, liveArns), describeAll(client, stoppedArns)]);
	return {service, live, stopped};
}

export const isServing = (task: Task): boolean => task.lastStatus === 'RUNNING' && task.healthStatus === 'HEALTHY';

/**
 * Asserts what must hold at every instant: one PRIMARY first and ACTIVE ones after it; the service's
 * and each deployment's running/pending counts equal the tasks listed with that lastStatus; the
 * deployment configuration's minimum healthy and maximum percent are respected.
 */
export function expectConsistent(view: ServiceView): void {
	const {service, live, stopped} = view;
	const deployments = service.deployments ?? [];
	expect(deployments.map(d => d.status)).toEqual(['PRIMARY', ...Array(deployments.length - 1).fill('ACTIVE')]);
	const all = [...live, ...stopped];
	const running = (tasks: Task[]) => tasks.filter(t => t.lastStatus === 'RUNNING').length;
	const pending = (tasks: Task[]) => tasks.filter(t => t.desiredStatus === 'RUNNING' && pendingStatuses.has(t.lastStatus ?? '')).length;
	expect({running: service.runningCount, pending: service.pendingCount}).toEqual({running: running(all), pending: pending(all)});
	for (const deployment of deployments) {
		const mine = all.filter(t => t.startedBy === deployment.id);
		expect({id: deployment.id, running: deployment.runningCount, pending: deployment.pendingCount}).toEqual({
			id: deployment.id,
			running: running(mine),
			pending: pending(mine),
		});
	}

	expect(live.every(t => t.group === `service:${service.serviceName}` && deployments.some(d => d.id === t.startedBy))).toBe(true);
	const desired = service.desiredCount ?? 0;
	const config = service.deploymentConfiguration;
	expect(live.length).toBeLessThanOrEqual(Math.floor((desired * (config?.maximumPercent ?? 200)) / 100));
	expect(live.filter(isServing).length).toBeGreaterThanOrEqual(Math.ceil((desired * (config?.minimumHealthyPercent ?? 100)) / 100));
	const times = (service.events ?? []).map(e => e.createdAt?.getTime() ?? 0);
	expect(times).toEqual([...times].sort((a, b) => b - a));
}

/** Collapses repeats: ['A', 'A', 'B'] → ['A', 'B']. */
export const transitions = (states: string[]): string[] => states.filter((state, index) => state !== states[index - 1]);
