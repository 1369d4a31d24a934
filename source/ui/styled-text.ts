import type {Tone} from './theme.js';

/** A run of text in one tone; lines are arrays of these, drawn by `PartsText`. */
export interface Part {
	text: string;
	tone?: Tone;
}
