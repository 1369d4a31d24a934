import {useEffect, useState} from 'react';
import {HIGHLIGHT_MS} from '../model/change-marks.js';
import type {ChangeMark} from '../model/task-diff-types.js';

/** When the next of the still-highlighted marks fades at `now`; null when none is highlighted. */
export function nextHighlightExpiry(marks: ReadonlyMap<string, ChangeMark>, now: number, highlightMs = HIGHLIGHT_MS): number | null {
	let next: number | null = null;
	for (const mark of marks.values()) {
		const end = mark.at + highlightMs;
		if (end > now && (next === null || end < next)) next = end;
	}

	return next;
}

/** Re-checked this long after a timer fired early (before `clock` reached the expiry). */
const RECHECK_MS = 50;

/**
 * The time from `clock`, with one timer pending while some row is highlighted, so the App
 * re-renders when a highlight fades. No timer runs when nothing is highlighted.
 */
export function useHighlightClock(marks: ReadonlyMap<string, ChangeMark>, clock: () => number): number {
	const [tick, setTick] = useState(0);
	const now = clock();
	const next = nextHighlightExpiry(marks, now);
	useEffect(() => {
		if (next === null) return;
		const timer = setTimeout(() => {
			setTick(value => value + 1);
		}, Math.max(RECHECK_MS, next - clock()));
		return () => {
			clearTimeout(timer);
		};
	}, [next, clock, tick]);
	return now;
}
