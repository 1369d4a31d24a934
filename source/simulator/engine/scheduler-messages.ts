import type {StopCause} from './task-lifecycle.js';
import type {TaskState} from './task-state.js';

/** The stop cause of a task the scheduler stops for failing its container health checks. */
export const healthFailure: StopCause = {stopCode: 'ServiceSchedulerInitiated', reason: 'Task failed container health checks'};

/** The stop cause of a task the scheduler stops to scale in or to drain an older deployment (or task set). */
export const scaleIn = (deploymentId: string): StopCause => ({stopCode: 'ServiceSchedulerInitiated', reason: `Scaling activity initiated by (deployment ${deploymentId})`});

const taskList = (tasks: TaskState[]): string => tasks.map(t => `(task ${t.id})`).join(' ');

/** `has started 2 tasks: (task …) (task …).` */
export const startedMessage = (started: TaskState[]): string => `has started ${started.length} tasks: ${taskList(started)}.`;

/** ECS lists the running tasks it stops, but only counts the pending ones. */
export function stoppedMessages(stopped: TaskState[]): string[] {
	const messages: string[] = [];
	const running = stopped.filter(t => t.lastStatus === 'RUNNING');
	if (running.length > 0) messages.push(`has stopped ${running.length} running tasks: ${taskList(running)}.`);
	const pending = stopped.length - running.length;
	if (pending > 0) messages.push(`stopped ${pending} pending tasks.`);
	return messages;
}
