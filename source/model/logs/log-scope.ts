/** What a logs screen or `ecswatch logs` reads: one task's stream, or a service's tasks interleaved. */
export interface LogsScope {
	cluster: string;
	target: {kind: 'task'; taskArn: string; taskId: string} | {kind: 'service'; service: string};
	/** The container to read in each task; null for each task's first essential container. */
	container: string | null;
	/** Read from this many ms before the source opens (`--since`, the screen's time jumps). */
	sinceMs: number;
}

/** What the logs screen and `ecswatch logs` read from when nothing says otherwise: the last 10 minutes, as `aws logs tail` does. */
export const DEFAULT_LOGS_SINCE_MS = 10 * 60_000;
