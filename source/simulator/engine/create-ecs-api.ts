import {describeClusters, listClusters} from './cluster-api.js';
import {describeContainerInstances, listContainerInstances} from './container-instance-api.js';
import type {EcsApi} from './ecs-api.js';
import {runTask} from './run-task-api.js';
import {deleteService, describeServices, listServices, updateService} from './service-api.js';
import {describeServiceDeployments, describeServiceRevisions, listServiceDeployments} from './service-deployment-api.js';
import {describeTasks, listTasks, stopTask} from './task-api.js';
import {describeTaskDefinition} from './task-definition-api.js';
import {createTaskSet, deleteTaskSet, describeTaskSets, updateServicePrimaryTaskSet, updateTaskSet} from './task-set-api.js';
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
		deleteService: input => deleteService(world, input),
		listServiceDeployments: input => listServiceDeployments(world, input),
		describeServiceDeployments: input => describeServiceDeployments(world, input),
		describeServiceRevisions: input => describeServiceRevisions(world, input),
		createTaskSet: input => createTaskSet(world, input),
		updateTaskSet: input => updateTaskSet(world, input),
		updateServicePrimaryTaskSet: input => updateServicePrimaryTaskSet(world, input),
		deleteTaskSet: input => deleteTaskSet(world, input),
		describeTaskSets: input => describeTaskSets(world, input),
		listContainerInstances: input => listContainerInstances(world, input),
		describeContainerInstances: input => describeContainerInstances(world, input),
	};
}
