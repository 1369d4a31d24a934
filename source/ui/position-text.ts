/** The position text: `12/5000`, or `0/0`. */
export function positionText(cursor: number, count: number): string {
	return `${cursor < 0 ? 0 : cursor + 1}/${count}`;
}
