import {useEffect, useState} from 'react';

/** Re-checked this long after a timer fired early (before the clock reached the wake time). */
const RECHECK_MS = 50;
const TICK_MS = 1000;

/**
 * The screen's one notion of now: the time from `clock` (the data's own clock), read on every
 * render. While `tick` is set it redraws every second (relative times, a retry countdown); with a
 * `wakeAt` it redraws once the clock gets there (a highlight fading). No timer runs otherwise.
 */
export function useNow(clock: () => number, tick: boolean, wakeAt: number | null): number {
	const [generation, setGeneration] = useState(0);
	const now = clock();
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
	return now;
}
