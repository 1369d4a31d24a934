import type {WatchSnapshot} from '../watch/snapshot.js';

/** The part of the poller the UI uses: an external store plus the two commands it can send. */
export interface WatchStore {
	subscribe(listener: () => void): () => void;
	getSnapshot(): WatchSnapshot;
	refreshNow(): void;
	togglePause(): void;
}

/** What the header says about the watch. None of it comes from AWS, but it is sanitised anyway. */
export interface WatchContext {
	cluster: string;
	/** Region or endpoint URL. */
	target: string;
	/** `all tasks` or the watched service names. */
	watching: string;
}
