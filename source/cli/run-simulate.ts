import {lastArnSegment} from '../model/arn.js';
import {ScaledClock} from '../simulator/engine/clock.js';
import {faultChoices, faultsAsArgs, parseFaultArgs} from '../simulator/faults/fault-spec.js';
import {startSimulator} from '../simulator/start-simulator.js';
import {UsageError, type SimulateCommand} from './parse-command-line.js';


/** `demo, staging, jobs`, or `demo, staging, jobs, payments-prod and 97 more`. */
function clusterList(names: string[]): string {
	const shown = names.slice(0, 4).join(', ');
	return names.length > 4 ? `${shown} and ${names.length - 4} more` : shown;
}

/**
 * `ecswatch simulate`: serves the embedded ECS until SIGINT/SIGTERM, then closes cleanly. A bad
 * `--fault` throws UsageError before anything listens.
 */
export async function runSimulate(command: SimulateCommand, stdout: NodeJS.WritableStream): Promise<void> {
	const faults = parseFaultArgs(command.faults);
	if (!faults.ok) throw new UsageError(`--fault ${faults.message}`);
	const simulator = await startSimulator({
		faults: faults.value,
		port: command.port,
		taskCount: command.tasks,
		clusters: command.clusters,
		services: command.services,
		clock: new ScaledClock(command.speed),
		...(command.logRequests === undefined ? {} : {logRequests: command.logRequests}),
	});
	const names = simulator.world.listClusterArns().map(arn => lastArnSegment(arn));
	const cluster = names[0] ?? 'demo';
	const demo = simulator.world.describeCluster(cluster);
	const url = simulator.url;
	const {region} = simulator.world;
	const active = faultsAsArgs(simulator.faults.current());
	stdout.write(
		[
			`ecswatch simulator: ECS endpoint ${url}`,
			`  ${names.length === 1 ? 'cluster' : `${names.length} clusters:`} ${clusterList(names)}; region ${region}, ${command.speed}x speed`,
			`  ${cluster}: ${String(demo?.['activeServicesCount'] ?? 0)} services, ${String(demo?.['runningTasksCount'] ?? command.tasks)} running tasks`,
			...(command.logRequests === undefined ? [] : [`  logging every request to ${command.logRequests}`]),
			'',
			'Use it from another shell (any credentials are accepted, but requests must be signed):',
			`  export AWS_REGION=${region} AWS_DEFAULT_REGION=${region} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`,
			`  ecswatch --endpoint-url ${url}`,
			`  ecswatch --endpoint-url ${url} --cluster ${cluster}`,
			`  aws --endpoint-url ${url} ecs list-clusters`,
			`  aws --endpoint-url ${url} ecs list-tasks --cluster ${cluster}`,
			'',
			`Faults: ${active.length === 0 ? 'none' : active.join(' ')}. Read or replace them while it runs ({} clears them):`,
			`  curl ${simulator.faultsUrl}`,
			`  curl -X PUT -d '{"error500": 0.5, "access-denied": ["DescribeServices"]}' ${simulator.faultsUrl}`,
			`  (names as for --fault: ${faultChoices})`,
			'',
			'Ctrl+C stops it.',
			'',
		].join('\n'),
	);
	await new Promise<void>((resolve) => {
		const stop = () => resolve();
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
	await simulator.close();
}
