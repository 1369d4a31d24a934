/** A screen to push: its kind, what it is scoped to, and its state when it opens. */
export interface ScreenRequest {
	kind: string;
	params: unknown;
	state: unknown;
}
