import type {FilterError, FilterFieldInfo, MalformedProblem} from '../../model/filter/filter-types.js';
import {sanitize} from '../../model/sanitize.js';

const MALFORMED: Readonly<Record<MalformedProblem, string>> = {
	'double-negation': 'negate a term with one !',
	'missing-field': 'a colon needs a field before it, as in az:b',
	'stray-quote': 'quote a whole value, as in "rolling back"',
	'text-after-quote': 'put a space after the closing quote',
	'empty-quotes': 'put the text to find between the quotes',
};

/**
 * A filter error in words, for the filter line and `--filter`'s usage error: what is wrong and
 * what would be right (`fields` gives the examples).
 */
export function filterErrorText(error: FilterError, fields: readonly FilterFieldInfo[]): string {
	switch (error.kind) {
		case 'unknown-field': return `there is no field ${sanitize(error.field)}; the fields are ${error.known.join(', ')}`;
		case 'empty-value': {
			const example = fields.find(field => field.name === error.field)?.example;
			return `${error.field}: needs a value${example === undefined ? '' : `, as in ${example}`}`;
		}
		case 'invalid-value': return `${error.field}: takes a ${error.expected}, not ${sanitize(error.value)}`;
		case 'lone-negation': return 'a ! negates nothing: put it right before a term, as in !status:stopped';
		case 'unclosed-quote': return 'a quote is never closed';
		case 'malformed-term': return MALFORMED[error.problem];
	}
}
