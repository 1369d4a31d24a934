import {Box, Text, useInput} from 'ink';
import {useCallback, useLayoutEffect, useRef} from 'react';
import {displayWidth} from '../model/text-width.js';

/**
 * The smallest terminal ecswatch draws in, in columns and rows. The task grid needs 40 columns for
 * its three core columns whole (the marker, TASK, STATUS, PRIVATE IP), and 8 rows for its header
 * (breadcrumb, tallies, rollout line, poller line), the column titles and a row, and the footer,
 * with the row the app leaves free at the bottom (see TerminalApp).
 */
export const MIN_TERMINAL = {width: 40, height: 8} as const;

/** Whether a terminal of this size is big enough for the app. */
export function fitsTerminal(size: {width: number; height: number}): boolean {
	return size.width >= MIN_TERMINAL.width && size.height >= MIN_TERMINAL.height;
}

const NEEDS = `${MIN_TERMINAL.width}×${MIN_TERMINAL.height}`;
/** Longest first: the first that fits is shown. */
const MESSAGES = [`terminal too small (needs ${NEEDS})`, `too small (needs ${NEEDS})`, `needs ${NEEDS}`];

/**
 * q and Ctrl+C quit while `tooSmall`, whatever the hidden app would do with them (q is typed into
 * an open filter line). Listening from the start, not from when the message appears: a key
 * pressed right after a resize is not missed.
 */
export function useTooSmallKeys(tooSmall: boolean, onQuit: () => void): void {
	const now = useRef({tooSmall, onQuit});
	useLayoutEffect(() => {
		now.current = {tooSmall, onQuit};
	});
	useInput(useCallback((input, key) => {
		if (now.current.tooSmall && (input === 'q' || (key.ctrl && input === 'c'))) now.current.onQuit();
	}, []));
}

/** What a terminal below {@link MIN_TERMINAL} shows: the size it needs, and that q quits when there is a second line. */
export function TooSmall({width, height}: {width: number; height: number}) {
	const message = MESSAGES.find(text => displayWidth(text) <= width) ?? MESSAGES.at(-1)!;
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">{message}</Text>
			{height >= 2 && <Text wrap="truncate">q quits</Text>}
		</Box>
	);
}
