import {describeClusters, listClusters} from './cluster-api.js';
import type {EcsApi} from './ecs-api.js';
import {runTask} from './run-task-api.js';
import {describeServices, listServices, updateService} from './service-api.js';
import {describeTasks, listTasks, stopTask} from './task-api.js';
import {describeTaskDefinition} from './task-definition-api.js';
import type {SimulatedWorld} from './world.js';

/** The ECS API of a world: each operation checks its request, then reads or changes the world. */
export function createEcsApi(world: SimulatedWorld): EcsApi {
	return {
		listClusters: input => listClusters(world, input),
		describeClusters: input => describeClusters(world, input),
		listServices: input => listServices(world, input),
		describeServices: input => describeServices(world, input),
		updateService: input => updateService(world, input),
		listTasks: input => listTasks(world, input),
		describeTasks: input => describeTasks(world, input),
		stopTask: input => stopTask(world, input),
		runTask: input => runTask(world, input),
		describeTaskDefinition: input => describeTaskDefinition(world, input),
	};
}
