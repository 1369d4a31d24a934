/**
 * One CloudWatch Logs event as ecswatch shows it. `message` is raw text from the container
 * (hostile: escape sequences, bidi controls, megabyte lines): sanitise before it reaches a terminal.
 */
export interface LogLine {
	/** CloudWatch's `eventId`: unique within its log group, so overlapping polls are deduplicated by it. */
	id: string;
	/** Epoch ms the container wrote the line (the event's `timestamp`). */
	timestamp: number;
	/** The task's id (the last segment of its ARN) whose stream the line came from. */
	taskId: string;
	/** The container whose stream the line came from. */
	container: string;
	message: string;
}
