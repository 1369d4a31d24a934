/** How a poll refreshed the tasks when it did not list and describe all of them. */
export interface TaskRefresh {
	/** Services whose rollout tasks this poll listed and described (the fast lane). */
	services: readonly string[];
	/** Tasks the fast lane described. */
	fastTasks: number;
	/** This poll began a new sweep of the whole scope (the slow lane). */
	sweepBegan: boolean;
	/** This poll completed the sweep: every task was listed and described since it began. */
	sweepCompleted: boolean;
	/** About how long one sweep takes at the budget. */
	fullEveryMs: number;
}
