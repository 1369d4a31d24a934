import {describe, expect, it} from 'vitest';
import {type LogsCommand} from '../../source/cli/parse-command-line.js';
import {parse, refusal} from '../helpers/parsed-command.js';

function logs(argv: string[], env: NodeJS.ProcessEnv = {}): LogsCommand {
	const command = parse(['logs', ...argv], env);
	if (command.kind !== 'logs') throw new Error(`expected a logs command, got ${command.kind}`);
	return command;
}

describe('parseCommandLine: logs', () => {
	it('reads a task of a cluster with the defaults of aws logs tail: the last 10 minutes, once, as text', () => {
		expect(logs(['-c', 'prod', '3f196775a8ee4d45b0a1f3c8dc3a2b31'])).toEqual({
			kind: 'logs', cluster: 'prod', target: {kind: 'task', task: '3f196775a8ee4d45b0a1f3c8dc3a2b31'}, container: null,
			sinceMs: 600_000, follow: false, filter: undefined, output: 'text',
			aws: {region: undefined, profile: undefined, endpoint: undefined}, demo: false, logFile: undefined,
		});
	});

	it('reads a service with a container, a start, a filter, JSON lines and --follow (-f)', () => {
		expect(logs(['-c', 'prod', '-s', 'web', '--container', 'envoy', '--since', '1h30m', '-f', '--filter', 'timeout', '-o', 'json'])).toMatchObject({
			target: {kind: 'service', service: 'web'}, container: 'envoy', sinceMs: 5_400_000, follow: true, filter: 'timeout', output: 'json',
		});
	});

	it('takes the cluster from ECSWATCH_CLUSTER, and none with --demo', () => {
		expect(logs(['abc'], {ECSWATCH_CLUSTER: 'prod'}).cluster).toBe('prod');
		expect(logs(['--demo', '-s', 'web']).cluster).toBeUndefined();
	});

	it('refuses a task and a service together, neither, several tasks or services, and other formats', () => {
		expect(refusal(['logs', '-c', 'p', 'abc', '-s', 'web'])).toMatch(/a task or a service: give TASK_ID or --service NAME, not both/u);
		expect(refusal(['logs', '-c', 'p'])).toMatch(/logs needs a task or a service/u);
		expect(refusal(['logs', '-c', 'p', 'a', 'b'])).toMatch(/one task at a time, not 2/u);
		expect(refusal(['logs', '-c', 'p', '-s', 'a', '-s', 'b'])).toMatch(/one service at a time/u);
		expect(refusal(['logs', '-c', 'p', 'a', '-o', 'csv'])).toBe('logs --output must be text or json, not csv.');
		expect(refusal(['logs', 'a'])).toMatch(/logs needs --cluster NAME/u);
	});

	it('refuses a --since that is no duration, or out of range', () => {
		expect(refusal(['logs', '-c', 'p', 'a', '--since', 'yesterday'])).toMatch(/--since must be a duration from 1s to 14d/u);
		expect(refusal(['logs', '-c', 'p', 'a', '--since', '400h'])).toMatch(/--since must be a duration/u);
	});

	it('refuses the snapshot and wait flags, and the logs flags anywhere else', () => {
		expect(refusal(['logs', '-c', 'p', 'a', '--once'])).toMatch(/logs prints log lines; it takes no --once/u);
		expect(refusal(['logs', '-c', 'p', 'a', '--timeout', '5m'])).toMatch(/it takes no --timeout/u);
		expect(refusal(['-c', 'p', '--follow'])).toMatch(/^--follow goes with the logs command/u);
		expect(refusal(['status', '-c', 'p', '--since', '5m'])).toMatch(/^--since goes with the logs command/u);
		expect(refusal(['simulate', '--container', 'x'])).toMatch(/simulate serves the simulator; it takes no --container/u);
	});

	it('answers logs --help with the logs help', () => {
		expect(parse(['logs', '--help'])).toEqual({kind: 'help', topic: 'logs'});
	});

	it('names logs among the commands when one is unknown', () => {
		expect(refusal(['log', '-c', 'p'])).toBe('unknown command log: the commands are status, wait, logs and simulate.');
	});
});
