import {useCallback, useEffect, useState} from 'react';

/** How long a notice (`copied 10.0.4.128`) stays in the footer. */
export const NOTICE_MS = 3000;

/** A short message for the footer that goes away by itself; a new one replaces the old. */
export function useNotice(): [string | null, (text: string) => void] {
	const [notice, setNotice] = useState<{text: string; id: number} | null>(null);
	useEffect(() => {
		if (notice === null) return;
		const timer = setTimeout(() => {
			setNotice(current => (current === notice ? null : current));
		}, NOTICE_MS);
		return () => {
			clearTimeout(timer);
		};
	}, [notice]);
	const say = useCallback((text: string) => {
		setNotice(current => ({text, id: (current?.id ?? 0) + 1}));
	}, []);
	return [notice?.text ?? null, say];
}
