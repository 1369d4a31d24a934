import {ScaledClock} from '../simulator/engine/clock.js';
import {startSimulator} from '../simulator/start-simulator.js';
import type {SimulateCommand} from './parse-command-line.js';

/** `ecswatch simulate`: serves the embedded ECS until SIGINT/SIGTERM, then closes cleanly. */
export async function runSimulate(command: SimulateCommand, stdout: NodeJS.WritableStream): Promise<void> {
	const simulator = await startSimulator({
		port: command.port,
		taskCount: command.tasks,
		clock: new ScaledClock(command.speed),
	});
	const cluster = simulator.world.listClusterArns().map((arn) => arn.slice(arn.lastIndexOf('/') + 1))[0] ?? 'demo';
	const url = simulator.url;
	stdout.write(
		[
			`ecswatch simulator: ECS endpoint ${url}`,
			`  cluster ${cluster}, region ${simulator.world.region}, ${command.tasks} running tasks, ${command.speed}x speed`,
			'',
			'Use it from another shell (any credentials are accepted, but requests must be signed):',
			`  export AWS_REGION=${simulator.world.region} AWS_DEFAULT_REGION=${simulator.world.region} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`,
			`  ecswatch --endpoint-url ${url} --cluster ${cluster}`,
			`  aws --endpoint-url ${url} ecs list-tasks --cluster ${cluster}`,
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
