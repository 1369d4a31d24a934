import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export interface TerminalSize {
	width: number;
	height: number;
}

function measure(stdout: NodeJS.WriteStream): TerminalSize {
	return {width: stdout.columns || 80, height: stdout.rows || 24};
}

/** The terminal's size in columns and rows, updated on every resize. */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => measure(stdout));
	useEffect(() => {
		const onResize = () => {
			setSize(measure(stdout));
		};

		stdout.on('resize', onResize);
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
