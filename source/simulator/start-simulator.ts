import type {AddressInfo} from 'node:net';
import {ScaledClock} from './engine/clock.js';
import {createWorld} from './engine/create-world.js';
import {SimulatedWorld} from './engine/world.js';
import {installBlueGreenDemo} from './demo-blue-green.js';
import {installCrashingCanary} from './demo-crash.js';
import {demoSpeed, installDemoScenario} from './demo-scenario.js';
import type {Clock, World} from './engine/world-api.js';
import {createFaultController, type FaultController, type FaultOptions} from './faults/fault-controller.js';
import {faultPath} from './http/fault-endpoint.js';
import {createEcsServer} from './http/http-server.js';
import {openRequestLog, type RequestLogTarget} from './http/request-log.js';

export type {RequestRecord, RequestLogTarget} from './http/request-log.js';

export interface StartSimulatorOptions {
	/** TCP port on 127.0.0.1; 0 (default) picks a free one. */
	port?: number;
	/** The world to serve; by default a new one from createWorld with clock/taskCount/seed/clusters/services. */
	world?: World;
	/** The simulated clock of a created world (default: a ScaledClock at `speed`). */
	clock?: Clock;
	/** How many times faster than real time a created world runs without `clock` (default 1; `demoSpeed` with the demo scenario). */
	speed?: number;
	/**
	 * 'demo' makes a created world act out deployments, a failed rollout rolled back and scaling, in
	 * endless cycles (installDemoScenario), and a blue/green shift of `checkout` between its task sets
	 * (installBlueGreenDemo), and a canary of the leaking api:8 OOM-killed now and then
	 * (installCrashingCanary); by default the world stays quiet. Ignored with `world`.
	 */
	scenario?: 'demo';
	taskCount?: number;
	seed?: number;
	/** Steady clusters besides `demo` in a created world (default 2, up to 100). */
	clusters?: number;
	/** Extra steady services in a created world's `demo` (default 0, up to 2,000). */
	services?: number;
	/**
	 * Logs every ECS request received, one JSON line each (time, operation, cluster, args by size,
	 * status, error), to this file (appended to) or stream. Off by default.
	 */
	logRequests?: RequestLogTarget;
	/**
	 * Faults active from the start (all off by default); change them later with `faults.set`, or over
	 * HTTP at `faultsUrl` (see answerFaultRequest). parseFaultArgs reads them from `--fault` values.
	 */
	faults?: FaultOptions;
	/** Time source of the throttling buckets (default: real time, whatever the world's clock). */
	throttleClock?: Clock;
	/** Random source for rate-based faults (default Math.random). */
	random?: () => number;
	/** Told about internal errors answered as 500 ServerException. */
	onInternalError?: (error: unknown) => void;
}

export interface RunningSimulator {
	/** `http://127.0.0.1:PORT`: the `endpoint` for ECSClient, CloudWatchLogsClient and ElasticLoadBalancingV2Client, or the CLI's `--endpoint-url`. */
	url: string;
	port: number;
	/** `url` + `/_ecswatch/faults`: GET the active faults as JSON, PUT a JSON object to replace them. */
	faultsUrl: string;
	world: World;
	faults: FaultController;
	/** Stops listening and closes every connection, keep-alive ones included, then the request log. */
	close(): Promise<void>;
}

/** Starts the embedded ECS: the real SDK and AWS CLI can talk to `url` as to ECS itself. */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
	const world = options.world ?? newWorld(options);
	const faults = createFaultController({
		initial: options.faults ?? {},
		accountId: world.accountId,
		...(options.throttleClock ? {clock: options.throttleClock} : {}),
		...(options.random ? {random: options.random} : {}),
	});
	const log = options.logRequests === undefined ? undefined : openRequestLog(options.logRequests);
	// CloudWatch Logs comes with a world of the simulator's own; any other World serves ECS only.
	const logs = world instanceof SimulatedWorld ? world.logs : undefined;
	const elb = world instanceof SimulatedWorld ? world.elbApi : undefined;
	const server = createEcsServer({world, faults, onInternalError: options.onInternalError, log, logs, elb});
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(options.port ?? 0, '127.0.0.1', () => {
				server.off('error', reject);
				resolve();
			});
		});
	} catch (error) {
		log?.close();
		throw error;
	}

	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		faultsUrl: `http://127.0.0.1:${port}${faultPath}`,
		world,
		faults,
		async close() {
			const closed = new Promise<void>((resolve, reject) => {
				server.close((error) => {
					if (error) reject(error);
					else resolve();
				});
			});
			server.closeAllConnections();
			try {
				await closed;
			} finally {
				log?.close();
			}
		},
	};
}

function newWorld(options: StartSimulatorOptions): World {
	const speed = options.speed ?? (options.scenario === 'demo' ? demoSpeed : 1);
	const world = createWorld({
		clock: options.clock ?? new ScaledClock(speed),
		...(options.taskCount === undefined ? {} : {taskCount: options.taskCount}),
		...(options.seed === undefined ? {} : {seed: options.seed}),
		...(options.clusters === undefined ? {} : {clusters: options.clusters}),
		...(options.services === undefined ? {} : {services: options.services}),
	});
	if (options.scenario === 'demo') {
		installDemoScenario(world, options.onInternalError ? {onError: options.onInternalError} : {});
		installBlueGreenDemo(world, options.onInternalError ? {onError: options.onInternalError} : {});
		installCrashingCanary(world, options.onInternalError ? {onError: options.onInternalError} : {});
	}
	return world;
}
