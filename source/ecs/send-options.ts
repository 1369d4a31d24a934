/** The options of `client.send` that let an AbortSignal cancel the request in flight. */
export function sendOptions(signal: AbortSignal | undefined): {abortSignal?: AbortSignal} {
	return signal === undefined ? {} : {abortSignal: signal};
}
