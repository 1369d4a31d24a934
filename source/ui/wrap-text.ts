import wrapAnsi from 'wrap-ansi';

/**
 * Sanitised text as lines of at most `width` columns, broken at spaces where it can and hard
 * where a word is longer (an ARN, a token), as wide characters count double.
 */
export function wrapText(text: string, width: number): string[] {
	return wrapAnsi(text, Math.max(1, width), {hard: true}).split('\n');
}
