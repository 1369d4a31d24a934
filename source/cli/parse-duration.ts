/** `90s`, `20m`, `1h`, `1h30m`, `2.5m`, or plain seconds (`600`). */
const DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/u;

/** A duration as typed on the command line, in milliseconds; null when it is not one. */
export function parseDuration(text: string): number | null {
	const trimmed = text.trim();
	if (/^\d+(?:\.\d+)?$/u.test(trimmed)) return Number(trimmed) * 1000;
	const match = DURATION.exec(trimmed);
	if (match === null || trimmed === '') return null;
	const [, hours = '0', minutes = '0', seconds = '0'] = match;
	return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}
