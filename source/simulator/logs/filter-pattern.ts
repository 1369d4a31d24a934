import {invalidParameter} from './logs-errors.js';

/**
 * A filter pattern of plain terms (FilterAndPatternSyntax.html, "Matching terms in log events"):
 * space-separated terms that must all occur in the message, case-sensitively; a quoted phrase is
 * one term. JSON (`{ $.x = … }`) and space-delimited (`[a, b]`) patterns are not simulated.
 */
export function compileFilterPattern(pattern: string | undefined): (message: string) => boolean {
	const text = pattern?.trim() ?? '';
	if (text === '') return () => true;
	if (text.startsWith('{') || text.startsWith('[')) throw invalidParameter('Invalid filter pattern: the simulator matches plain terms and quoted phrases only.');
	const terms: string[] = [];
	const tokens = /"((?:[^"\\]|\\.)*)"|(\S+)/gu;
	for (const match of text.matchAll(tokens)) {
		const term = match[1] === undefined ? match[2]! : match[1].replace(/\\(.)/gu, '$1');
		if (term !== '') terms.push(term);
	}

	if (text.split('"').length % 2 === 0) throw invalidParameter('Invalid filter pattern: unbalanced quotes.');
	return message => terms.every(term => message.includes(term));
}
