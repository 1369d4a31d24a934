import {describe, expect, it} from 'vitest';
import {helpText} from '../../source/cli/help-text.js';
import {parse, watch, refusal} from '../helpers/parsed-command.js';

describe('parseCommandLine: --log-file', () => {
	it('takes --log-file FILE for the TUI, snapshots, status and wait, but not for simulate', () => {
		expect(watch(['-c', 'prod', '--log-file', 'ecswatch.log']).logFile).toBe('ecswatch.log');
		expect(watch(['--demo', '--once', '--log-file=/tmp/w.log']).logFile).toBe('/tmp/w.log');
		expect(parse(['status', '-c', 'prod', '--log-file', 'a.log'])).toMatchObject({kind: 'status', logFile: 'a.log'});
		expect(parse(['wait', '-c', 'prod', '-s', 'web', '--log-file', 'a.log'])).toMatchObject({kind: 'wait', logFile: 'a.log'});
		expect(refusal(['simulate', '--log-file', 'a.log'])).toBe('simulate serves the simulator; it takes no --log-file.');
		for (const argv of [['--log-file'], ['--log-file', ''], ['--log-file', ' '], ['--log-file', '--once']]) {
			expect(refusal(['-c', 'prod', ...argv])).toBe('--log-file needs a value: a file name.');
		}
		expect(refusal(['-c', 'prod', '--log-file', 'a', '--log-file', 'b'])).toBe('--log-file was given more than once: it takes one value, so give it once');
		expect(helpText).toMatch(/^ {4}--log-file FILE {9}Append /mu);
	});
});
