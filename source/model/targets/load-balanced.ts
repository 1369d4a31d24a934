import type {ServiceRow} from '../service-row.js';
import type {TaskRow} from '../task-row.js';

/**
 * Whether load-balancer targets belong in a view of these services and tasks: a service has a
 * target group, or a task's targets were read. (A Classic Load Balancer has no targets to show.)
 */
export function loadBalancedView(services: readonly Pick<ServiceRow, 'loadBalancers'>[], tasks: readonly Pick<TaskRow, 'targets'>[]): boolean {
	return services.some(service => service.loadBalancers.some(balancer => balancer.targetGroupArn !== null))
		|| tasks.some(task => task.targets !== undefined);
}
