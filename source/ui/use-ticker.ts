import {useEffect, useState} from 'react';

/**
 * The time from `clock`, re-read every `intervalMs` while `active` (e.g. for a retry countdown);
 * no timer runs otherwise.
 */
export function useTicker(clock: () => number, active: boolean, intervalMs = 1000): number {
	const [, setTick] = useState(0);
	useEffect(() => {
		if (!active) return;
		const timer = setInterval(() => {
			setTick(tick => tick + 1);
		}, intervalMs);
		return () => {
			clearInterval(timer);
		};
	}, [active, intervalMs]);
	return clock();
}
