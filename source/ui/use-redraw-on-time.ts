import {useEffect, useState} from 'react';

/** Re-checked this long after a timer fired early (before the clock reached the wake time). */
const RECHECK_MS = 50;
const TICK_MS = 1000;

/**
 * Draws the screen again when time alone changes it: every second while `tick` is set (relative
 * times, a retry countdown), and once the clock reaches `wakeAt` (a highlight fading). The screen
 * reads its one "now" from the same clock when it draws; no timer runs when neither is asked for.
 */
export function useRedrawOnTime(clock: () => number, tick: boolean, wakeAt: number | null): void {
	const [generation, setGeneration] = useState(0);
	useEffect(() => {
		if (!tick) return;
		const timer = setInterval(() => {
			setGeneration(value => value + 1);
		}, TICK_MS);
		return () => {
			clearInterval(timer);
		};
	}, [tick]);
	useEffect(() => {
		if (wakeAt === null) return;
		const timer = setTimeout(() => {
			setGeneration(value => value + 1);
		}, Math.max(RECHECK_MS, wakeAt - clock()));
		return () => {
			clearTimeout(timer);
		};
	}, [wakeAt, clock, generation]);
}
