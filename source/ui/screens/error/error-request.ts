import type {PollError} from '../../../watch/snapshot.js';
import type {ScreenRequest} from '../../stack/screen-request.js';

/** The error the screen below last reported, as it was when `!` was pressed, in words and in full. */
export interface ErrorParams {
	error: PollError;
	/** The one line that says what to do (output/error-sentence.ts). */
	sentence: string;
}

/** How far the wrapped error is scrolled. */
export interface ErrorState {
	scroll: number;
}

/** The error screen, over the screen whose last error it shows in full. */
export function errorRequest(params: ErrorParams): ScreenRequest {
	return {kind: 'error', params, state: {scroll: 0} satisfies ErrorState};
}
