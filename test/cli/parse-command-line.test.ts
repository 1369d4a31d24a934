import {describe, expect, it} from 'vitest';
import {DEFAULT_INTERVAL_SECONDS, DEFAULT_WAIT_TIMEOUT_MS, wantsDebug} from '../../source/cli/parse-command-line.js';
import {FAULT_CHOICES, helpText, simulateHelpText, statusHelpText, waitHelpText} from '../../source/cli/help-text.js';
import {parse, watch, refusal} from '../helpers/parsed-command.js';

describe('parseCommandLine: watching a cluster', () => {
	it('has sensible defaults', () => {
		expect(parse(['--cluster', 'prod'])).toEqual({
			kind: 'watch',
			cluster: 'prod',
			services: [],
			aws: {region: undefined, profile: undefined, endpoint: undefined},
			intervalMs: DEFAULT_INTERVAL_SECONDS * 1000,
			once: false,
			output: 'table',
			sort: undefined,
			columns: undefined,
			filter: undefined,
			color: true,
			demo: false,
			notify: false,
			logFile: undefined,
		});
	});

	it('takes --notify for the TUI', () => {
		expect(watch(['-c', 'prod', '--notify']).notify).toBe(true);
		expect(watch(['--demo', '--notify']).notify).toBe(true);
	});

	it('refuses --timeout, which only wait has', () => {
		expect(refusal(['-c', 'prod', '--timeout', '5m'])).toBe('--timeout goes with the wait command.');
	});

	it('opens the cluster list without a cluster; --service needs one', () => {
		expect(watch([]).cluster).toBeUndefined();
		expect(watch(['--cluster', '']).cluster).toBeUndefined();
		expect(refusal(['-s', 'web'])).toBe('--service needs --cluster: which cluster is web in?');
	});

	it('takes the cluster from -c or ECSWATCH_CLUSTER, the flag winning', () => {
		expect(watch(['-c', 'prod']).cluster).toBe('prod');
		expect(watch([], {ECSWATCH_CLUSTER: 'staging'}).cluster).toBe('staging');
		expect(watch(['--cluster', 'prod'], {ECSWATCH_CLUSTER: 'staging'}).cluster).toBe('prod');
		expect(watch([], {ECSWATCH_CLUSTER: ''}).cluster).toBeUndefined();
	});

	it('collects repeated --service / -s', () => {
		expect(watch(['-c', 'prod', '--service', 'web', '-s', 'api']).services).toEqual(['web', 'api']);
	});

	it('passes --region, --profile and --endpoint-url to the AWS target', () => {
		expect(watch(['-c', 'prod', '--region', 'eu-west-1', '--profile', 'prod-sso', '--endpoint-url', 'https://ecs.example.test']).aws)
			.toEqual({region: 'eu-west-1', profile: 'prod-sso', endpoint: 'https://ecs.example.test'});
		expect(watch(['-c', 'prod', '--endpoint-url', 'http://127.0.0.1:4566']).aws.endpoint).toBe('http://127.0.0.1:4566');
	});

	it('refuses an --endpoint-url that is not http(s)', () => {
		expect(refusal(['-c', 'prod', '--endpoint-url', 'ftp://example.test'])).toMatch(/--endpoint-url must be an http\(s\) URL/u);
		expect(refusal(['-c', 'prod', '--endpoint-url', '127.0.0.1:4566'])).toMatch(/--endpoint-url/u);
		expect(refusal(['-c', 'prod', '--endpoint-url', 'not a url'])).toMatch(/--endpoint-url/u);
	});

	it('reads --interval in seconds, at least 1', () => {
		expect(watch(['-c', 'prod', '--interval', '1']).intervalMs).toBe(1000);
		expect(watch(['-c', 'prod', '--interval', '2.5']).intervalMs).toBe(2500);
		expect(watch(['-c', 'prod', '--interval', '3600']).intervalMs).toBe(3_600_000);
		for (const bad of ['0.5', '0', '-1', '3601', 'abc', '', ' ', 'Infinity', 'NaN', '5s']) {
			expect(refusal(['-c', 'prod', '--interval', bad])).toMatch(/--interval must be a number from 1/u);
		}
	});

	it('takes --once and --output / -o table, json, csv, ids or ips', () => {
		expect(watch(['-c', 'prod', '--once']).once).toBe(true);
		for (const format of ['table', 'json', 'csv', 'ids', 'ips'] as const) {
			expect(watch(['-c', 'prod', '-o', format]).output).toBe(format);
			expect(watch(['-c', 'prod', '--output', format]).output).toBe(format);
		}
		expect(refusal(['-c', 'prod', '-o', 'yaml'])).toBe('--output must be table, json, csv, ids or ips, not yaml.');
		expect(refusal(['-c', 'prod', '-o', 'JSON'])).toMatch(/--output/u);
	});

	it('takes --sort COLUMN[:desc] by the column names', () => {
		expect(watch(['-c', 'prod', '--sort', 'private-ip']).sort).toEqual({column: 'ip', descending: false});
		expect(watch(['-c', 'prod', '--sort=age:desc']).sort).toEqual({column: 'age', descending: true});
		expect(watch(['--sort', 'stopped-reason']).sort).toEqual({column: 'stopped-reason', descending: false});
		expect(refusal(['-c', 'prod', '--sort', 'ip'])).toMatch(/^--sort: there is no column "ip"; choose from task, service, rev, .*private-ip/u);
		expect(refusal(['-c', 'prod', '--sort', 'age:backwards'])).toMatch(/^--sort takes COLUMN, COLUMN:asc or COLUMN:desc/u);
	});

	it('takes --columns for table and csv, and refuses it where it would change nothing', () => {
		expect(watch(['-c', 'prod', '--columns', 'task,private-ip,eni']).columns).toEqual(['task', 'ip', 'eni']);
		expect(watch(['-c', 'prod', '-o', 'csv', '--columns', 'task-arn']).columns).toEqual(['task-arn']);
		expect(refusal(['-c', 'prod', '--columns', 'task,nope'])).toMatch(/^--columns: there is no column "nope"/u);
		expect(refusal(['-c', 'prod', '--columns', ''])).toMatch(/^--columns needs column names/u);
		expect(refusal(['-c', 'prod', '-o', 'json', '--columns', 'task'])).toBe('--columns chooses the columns of --output table and csv; json prints every field (pick some with jq).');
		expect(refusal(['-c', 'prod', '-o', 'ips', '--columns', 'task'])).toMatch(/^--columns chooses the columns of --output table and csv; ips prints only ips/u);
	});

	it('keeps --filter as typed: it is parsed where it is used', () => {
		expect(watch(['-c', 'prod', '--filter', 'az:b health:unhealthy']).filter).toBe('az:b health:unhealthy');
		expect(watch(['-c', 'prod', '--filter', 'foo:']).filter).toBe('foo:');
		expect(watch(['-c', 'prod', '-s', 'web', '--filter', 'ip:10.0.4']).services).toEqual(['web']);
	});

	it('turns colour off with --no-color or a non-empty NO_COLOR', () => {
		expect(watch(['-c', 'prod', '--no-color']).color).toBe(false);
		expect(watch(['-c', 'prod'], {NO_COLOR: '1'}).color).toBe(false);
		expect(watch(['-c', 'prod'], {NO_COLOR: '0'}).color).toBe(false);
		// no-color.org: an empty NO_COLOR does not disable colour.
		expect(watch(['-c', 'prod'], {NO_COLOR: ''}).color).toBe(true);
		expect(watch(['-c', 'prod', '--color']).color).toBe(true);
	});

	it('runs --demo without a cluster, but refuses --endpoint-url or --profile with it', () => {
		expect(watch(['--demo'])).toMatchObject({demo: true, cluster: undefined});
		expect(watch(['--demo', '-c', 'demo']).cluster).toBe('demo');
		expect(watch(['--demo', '--once', '-o', 'json'])).toMatchObject({demo: true, once: true, output: 'json'});
		expect(refusal(['--demo', '--endpoint-url', 'http://127.0.0.1:1'])).toMatch(/--demo/u);
		expect(refusal(['--demo', '--profile', 'prod'])).toMatch(/--demo/u);
	});

	it('--demo watches the simulator\'s cluster even when ECSWATCH_CLUSTER is set for real work', () => {
		// The simulator only has its own cluster: taking `prod` from the shell would end in ClusterNotFoundException.
		expect(watch(['--demo'], {ECSWATCH_CLUSTER: 'prod'}).cluster).toBeUndefined();
		expect(watch(['--demo', '-c', 'demo'], {ECSWATCH_CLUSTER: 'prod'}).cluster).toBe('demo');
	});

	it('refuses the simulator\'s flags without the simulate command', () => {
		expect(refusal(['-c', 'prod', '--port', '8080'])).toBe('--port goes with the simulate command.');
		expect(refusal(['--demo', '--tasks', '100'])).toBe('--tasks goes with the simulate command.');
		expect(refusal(['-c', 'prod', '--speed', '2'])).toBe('--speed goes with the simulate command.');
		expect(refusal(['-c', 'prod', '--clusters', '3'])).toBe('--clusters goes with the simulate command.');
		expect(refusal(['--demo', '--services', '10'])).toBe('--services goes with the simulate command.');
		expect(refusal(['-c', 'prod', '--log-requests', 'calls.jsonl'])).toBe('--log-requests goes with the simulate command.');
	});

	it('refuses an unknown command, naming the commands', () => {
		expect(refusal(['watch', '-c', 'prod'])).toBe('unknown command watch: the commands are status, wait, logs and simulate.');
	});

	it('refuses --fault, which only simulate has', () => {
		expect(refusal(['-c', 'prod', '--fault', 'throttle'])).toBe('--fault goes with the simulate command: ecswatch simulate --fault NAME[=VALUE].');
		expect(refusal(['status', '-c', 'prod', '--fault=hang=1'])).toMatch(/^--fault goes with the simulate command/u);
	});

});

describe('parseCommandLine: simulate', () => {
	const defaults = {kind: 'simulate', port: 0, tasks: 24, speed: 1, clusters: 2, services: 0, logRequests: undefined, faults: []};

	it('defaults to a free port, 24 tasks, real-time speed, two more clusters, no extra services and no request log', () => {
		expect(parse(['simulate'])).toStrictEqual(defaults);
	});

	it('takes --port, --tasks and --speed', () => {
		expect(parse(['simulate', '--port', '4566', '--tasks', '5000', '--speed', '0.1'])).toEqual({...defaults, port: 4566, tasks: 5000, speed: 0.1});
		expect(parse(['simulate', '--port', '65535', '--tasks', '0', '--speed', '1000'])).toEqual({...defaults, port: 65_535, tasks: 0, speed: 1000});
	});

	it('takes --clusters (0 to 100), --services (0 to 2000) and --log-requests FILE', () => {
		expect(parse(['simulate', '--clusters', '100', '--services', '2000', '--log-requests', 'calls.jsonl'])).toStrictEqual({
			...defaults,
			clusters: 100,
			services: 2000,
			logRequests: 'calls.jsonl',
		});
		expect(parse(['simulate', '--clusters', '0', '--services', '0'])).toMatchObject({clusters: 0, services: 0});
		expect(parse(['simulate', '--log-requests=/tmp/ecs calls.jsonl'])).toMatchObject({logRequests: '/tmp/ecs calls.jsonl'});
	});

	it('checks --clusters, --services and --log-requests like the other flags', () => {
		expect(refusal(['simulate', '--clusters', '101'])).toBe('--clusters must be a number from 0 to 100, not 101.');
		expect(refusal(['simulate', '--clusters', '-1'])).toMatch(/--clusters must be a number from 0 to 100/u);
		expect(refusal(['simulate', '--clusters', '1.5'])).toBe('--clusters must be a whole number, not 1.5.');
		expect(refusal(['simulate', '--clusters', 'few'])).toMatch(/--clusters/u);
		expect(refusal(['simulate', '--services', '2001'])).toBe('--services must be a number from 0 to 2000, not 2001.');
		expect(refusal(['simulate', '--services', '10.5'])).toBe('--services must be a whole number, not 10.5.');
		expect(refusal(['simulate', '--services', ''])).toMatch(/--services/u);
		expect(refusal(['simulate', '--log-requests', ''])).toBe('--log-requests needs a file name.');
	});

	it('checks their bounds', () => {
		expect(refusal(['simulate', '--port', '65536'])).toMatch(/--port must be a number from 0 to 65535/u);
		expect(refusal(['simulate', '--port', '-1'])).toMatch(/--port/u);
		expect(refusal(['simulate', '--port', '80.5'])).toMatch(/--port must be a whole number/u);
		expect(refusal(['simulate', '--tasks', '5001'])).toMatch(/--tasks must be a number from 0 to 5000/u);
		expect(refusal(['simulate', '--tasks', '2.5'])).toMatch(/--tasks must be a whole number/u);
		expect(refusal(['simulate', '--tasks', 'many'])).toMatch(/--tasks/u);
		expect(refusal(['simulate', '--speed', '0.05'])).toMatch(/--speed must be a number from 0.1 to 1000/u);
		expect(refusal(['simulate', '--speed', '1001'])).toMatch(/--speed/u);
		expect(refusal(['simulate', '--speed', 'fast'])).toMatch(/--speed/u);
	});

	it('refuses extra arguments', () => {
		expect(refusal(['simulate', 'now'])).toMatch(/Unexpected argument: now/u);
	});

	it('collects repeated --fault NAME[=VALUE] as typed, for the simulator to read', () => {
		expect(parse(['simulate', '--fault', 'throttle', '--fault=error500=0.5', '--fault', 'access-denied=DescribeServices,ListTasks']))
			.toStrictEqual({...defaults, faults: ['throttle', 'error500=0.5', 'access-denied=DescribeServices,ListTasks']});
		expect(parse(['simulate', '--fault', 'no-such-fault'])).toMatchObject({faults: ['no-such-fault']});
	});

	it('refuses a --fault without a name, listing the faults', () => {
		const message = `--fault needs a value: ${FAULT_CHOICES}.`;
		expect(refusal(['simulate', '--fault'])).toBe(message);
		expect(refusal(['simulate', '--fault', ''])).toBe(message);
		expect(refusal(['simulate', '--fault', 'throttle', '--fault'])).toBe(message);
		expect(refusal(['simulate', '--fault', '--port', '1'])).toBe(message);
		expect(FAULT_CHOICES).toContain('access-denied=OP[,OP…]');
	});

	it('refuses the watch flags, which would otherwise be ignored without a word', () => {
		expect(refusal(['simulate', '--cluster', 'x', '--once', '-s', 'web'])).toBe('simulate serves the simulator; it takes no --cluster, --service, --once.');
		expect(refusal(['simulate', '--endpoint-url', 'http://x'])).toMatch(/--endpoint-url/u);
		expect(refusal(['simulate', '--sort', 'age', '--columns', 'task', '--filter', 'web'])).toBe('simulate serves the simulator; it takes no --columns, --sort, --filter.');
		expect(refusal(['simulate', '--notify', '--timeout', '1m'])).toBe('simulate serves the simulator; it takes no --timeout, --notify.');
	});
});

describe('parseCommandLine: status', () => {
	it('reads every service of a cluster as a table by default', () => {
		expect(parse(['status', '-c', 'prod'])).toStrictEqual({
			kind: 'status', cluster: 'prod', services: [], aws: {region: undefined, profile: undefined, endpoint: undefined}, output: 'table', demo: false, logFile: undefined,
		});
	});

	it('takes services, -o json, the AWS target, ECSWATCH_CLUSTER and --demo', () => {
		expect(parse(['status', '-c', 'prod', '-s', 'web', '-s', 'api', '-o', 'json', '--region', 'eu-west-1', '--endpoint-url', 'http://127.0.0.1:4566']))
			.toMatchObject({kind: 'status', services: ['web', 'api'], output: 'json', aws: {region: 'eu-west-1', endpoint: 'http://127.0.0.1:4566'}});
		expect(parse(['status'], {ECSWATCH_CLUSTER: 'staging'})).toMatchObject({kind: 'status', cluster: 'staging'});
		expect(parse(['status', '--demo'], {ECSWATCH_CLUSTER: 'prod'})).toMatchObject({kind: 'status', cluster: undefined, demo: true});
		expect(parse(['status', '-c', 'prod', '--no-color'])).toMatchObject({kind: 'status'});
	});

	it('needs a cluster, and prints only table or json', () => {
		expect(refusal(['status'])).toBe('status needs --cluster NAME (or ECSWATCH_CLUSTER): which cluster?');
		expect(refusal(['status', '-c', 'prod', '-o', 'csv'])).toBe('status --output must be table or json, not csv.');
		expect(refusal(['status', '-c', 'prod', '-o', 'ips'])).toMatch(/^status --output must be table or json/u);
	});

	it('refuses the flags of the watch and of wait, naming them', () => {
		expect(refusal(['status', '-c', 'prod', '--once', '--interval', '5'])).toBe('status prints one look and exits; it takes no --interval, --once.');
		expect(refusal(['status', '-c', 'prod', '--filter', 'az:b', '--sort', 'age', '--columns', 'task'])).toBe('status prints one look and exits; it takes no --columns, --sort, --filter.');
		expect(refusal(['status', '-c', 'prod', '--notify'])).toBe('status prints one look and exits; it takes no --notify.');
		expect(refusal(['status', '-c', 'prod', '--timeout', '1m'])).toBe('status prints one look and exits; it takes no --timeout.');
		expect(refusal(['status', '-c', 'prod', '--port', '1'])).toBe('--port goes with the simulate command.');
		expect(refusal(['status', '-c', 'prod', 'web'])).toBe('Unexpected argument: web');
	});
});

describe('parseCommandLine: wait', () => {
	it('waits for one service, polling every 5 s, for at most 20 minutes', () => {
		expect(parse(['wait', '-c', 'prod', '-s', 'web'])).toStrictEqual({
			kind: 'wait', cluster: 'prod', service: 'web', aws: {region: undefined, profile: undefined, endpoint: undefined},
			intervalMs: DEFAULT_INTERVAL_SECONDS * 1000, timeoutMs: DEFAULT_WAIT_TIMEOUT_MS, demo: false, logFile: undefined,
		});
		expect(DEFAULT_WAIT_TIMEOUT_MS).toBe(20 * 60_000);
	});

	it('reads --timeout as 90s, 20m, 1h, 1h30m or plain seconds', () => {
		const timeout = (text: string) => (parse(['wait', '-c', 'prod', '-s', 'web', '--timeout', text]) as {timeoutMs: number}).timeoutMs;
		expect(timeout('90s')).toBe(90_000);
		expect(timeout('20m')).toBe(1_200_000);
		expect(timeout('1h')).toBe(3_600_000);
		expect(timeout('1h30m')).toBe(5_400_000);
		expect(timeout('2.5m')).toBe(150_000);
		expect(timeout('45')).toBe(45_000);
		expect(timeout('24h')).toBe(86_400_000);
		for (const bad of ['', '0s', '0.5s', '25h', '5 m', 'm', '1d', 'soon', '1m1h']) {
			expect(refusal(['wait', '-c', 'prod', '-s', 'web', '--timeout', bad])).toBe(`--timeout must be a duration from 1s to 24h, such as 90s, 20m or 1h, not ${bad}.`);
		}
	});

	it('takes --interval like the watch', () => {
		expect(parse(['wait', '-c', 'prod', '-s', 'web', '--interval', '1'])).toMatchObject({intervalMs: 1000});
		expect(refusal(['wait', '-c', 'prod', '-s', 'web', '--interval', '0.5'])).toMatch(/^--interval must be a number from 1/u);
	});

	it('needs exactly one service and a cluster', () => {
		expect(refusal(['wait', '-c', 'prod'])).toBe('wait follows exactly one service: give --service NAME once.');
		expect(refusal(['wait', '-c', 'prod', '-s', 'web', '-s', 'api'])).toBe('wait follows exactly one service: give --service NAME once, not 2 times.');
		expect(refusal(['wait', '-s', 'web'])).toBe('--service needs --cluster: which cluster is web in?');
		expect(refusal(['wait'])).toBe('wait needs --cluster NAME (or ECSWATCH_CLUSTER): which cluster?');
		expect(parse(['wait', '--demo', '-s', 'web'])).toMatchObject({kind: 'wait', demo: true, cluster: undefined});
	});

	it('refuses the flags of the TUI and of snapshots', () => {
		expect(refusal(['wait', '-c', 'prod', '-s', 'web', '-o', 'json'])).toBe('wait prints one line per change; it takes no --output.');
		expect(refusal(['wait', '-c', 'prod', '-s', 'web', '--once', '--notify'])).toBe('wait prints one line per change; it takes no --once, --notify.');
		expect(refusal(['wait', '-c', 'prod', '-s', 'web', '--filter', 'x'])).toBe('wait prints one line per change; it takes no --filter.');
	});
});

describe('parseCommandLine: --help after a command', () => {
	it('answers with that command\'s help (or the whole help), whatever else is on the line', () => {
		expect(parse(['simulate', '--help'])).toEqual({kind: 'help', topic: 'simulate'});
		expect(parse(['simulate', '--port', '4566', '--help'])).toEqual({kind: 'help', topic: 'simulate'});
		expect(parse(['status', '--help'])).toEqual({kind: 'help', topic: 'status'});
		expect(parse(['wait', '--help'])).toEqual({kind: 'help', topic: 'wait'});
		expect(parse(['-c', 'prod', '--help'])).toEqual({kind: 'help', topic: 'ecswatch'});
	});

	it('documents each command\'s flags in its help', () => {
		for (const flag of ['--port', '--tasks', '--speed', '--clusters', '--services', '--log-requests', '--fault NAME[=VALUE]']) expect(simulateHelpText).toContain(flag);
		for (const fault of FAULT_CHOICES.split(', ')) expect(simulateHelpText).toContain(fault);
		for (const flag of ['--service', '--output']) expect(statusHelpText).toContain(flag);
		for (const flag of ['--service', '--timeout', '--interval']) expect(waitHelpText).toContain(flag);
		expect(waitHelpText).toContain('ecswatch wait -c prod -s web || exit $?');
		expect(helpText).toContain('ecswatch wait -c prod -s web || exit $?');
	});
});

describe('parseCommandLine: mistakes in the flags, in ecswatch\'s words', () => {
	it('names an unknown flag and the flag it is close to', () => {
		expect(refusal(['--bogus'])).toBe('unknown flag --bogus');
		expect(refusal(['--clustr', 'prod'])).toBe('unknown flag --clustr: did you mean --cluster?');
		expect(refusal(['-c', 'prod', '--intreval', '5'])).toBe('unknown flag --intreval: did you mean --interval?');
		expect(refusal(['-c', 'prod', '--endpoint', 'http://x'])).toBe('unknown flag --endpoint: did you mean --endpoint-url?');
		expect(refusal(['--no-colour'])).toBe('unknown flag --no-colour: did you mean --no-color?');
		expect(refusal(['--Cluster', 'prod'])).toBe('unknown flag --Cluster: did you mean --cluster?');
		expect(refusal(['--cluster_name', 'prod'])).toBe('unknown flag --cluster_name');
		expect(refusal(['simulate', '--faults', 'throttle'])).toBe('unknown flag --faults: did you mean --fault?');
	});

	it('names an unknown short flag and lists the short flags', () => {
		expect(refusal(['-x'])).toBe('unknown flag -x; the short flags are -c, -s, -o and -f');
		expect(refusal(['-c', 'prod', '-ox'])).toBe('-ox reads as 2 flags: did you mean -o x?');
		expect(refusal(['-cprod'])).toBe('-cprod reads as 5 flags: did you mean -c prod?');
		expect(watch(['-c=prod']).cluster).toBe('prod');
	});

	it('reads a flag-like value as a flag, as ecswatch always has, and values after -- as arguments', () => {
		expect(refusal(['-c', 'prod', '--filter', '--once'])).toBe('--filter needs a value: an expression, such as az:b health:unhealthy.');
		expect(refusal(['status', '-c', 'prod', '--', '--bogus'])).toBe('Unexpected argument: --bogus');
		expect(watch(['-c', 'prod', '--filter=--bogus']).filter).toBe('--bogus');
		expect(refusal(['simulate', '--port', '-1'])).toBe('--port must be a number from 0 to 65535, not -1.');
	});

	it('refuses a string flag given with no value, saying what it takes', () => {
		expect(refusal(['-c', 'prod', '--region'])).toBe('--region needs a value: an AWS Region, such as eu-west-1.');
		expect(refusal(['-c', 'prod', '--region', '--once'])).toBe('--region needs a value: an AWS Region, such as eu-west-1.');
		expect(refusal(['-c', 'prod', '--region', ''])).toBe('--region needs a value: an AWS Region, such as eu-west-1.');
		expect(refusal(['-c', 'prod', '--profile='])).toBe('--profile needs a value: a profile name from ~/.aws/config.');
		expect(refusal(['-c', 'prod', '-o'])).toBe('--output (-o) needs a value: table, json, csv, ids or ips.');
		expect(refusal(['-c'])).toBe('--cluster (-c) needs a value: a cluster name or ARN.');
		expect(refusal(['-c', 'prod', '--interval'])).toBe('--interval needs a value: seconds, 1 to 3600.');
		expect(refusal(['wait', '-c', 'prod', '-s', 'web', '--timeout'])).toBe('--timeout needs a value: a duration, such as 90s, 20m or 1h.');
	});

	it('refuses an empty --service among others: it would watch nothing', () => {
		expect(refusal(['-c', 'prod', '-s', ''])).toBe('--service (-s) needs a value: a service name or ARN.');
		expect(refusal(['-c', 'prod', '-s', 'web', '-s', ' '])).toBe('--service (-s) needs a value: a service name or ARN.');
		expect(refusal(['-c', 'prod', '-s'])).toBe('--service (-s) needs a value: a service name or ARN.');
		expect(refusal(['status', '-c', 'prod', '-s', ''])).toBe('--service (-s) needs a value: a service name or ARN.');
	});

	it('refuses a flag that takes one value given twice, whichever spelling', () => {
		expect(refusal(['-c', 'a', '-c', 'b'])).toBe('--cluster (-c) was given more than once: it takes one value, so give it once');
		expect(refusal(['--cluster', 'a', '-c', 'b'])).toMatch(/^--cluster \(-c\) was given more than once/u);
		expect(refusal(['-c', 'a', '--endpoint-url', 'http://a', '--endpointUrl', 'http://b'])).toBe('--endpoint-url was given more than once: it takes one value, so give it once');
		expect(refusal(['simulate', '--port', '1', '--port', '2'])).toMatch(/^--port was given more than once/u);
	});

	it('answers --version only alone', () => {
		expect(refusal(['-c', 'prod', '--version'])).toBe('--version goes alone: ecswatch --version');
	});

	it('takes --debug anywhere', () => {
		expect(watch(['-c', 'prod', '--debug']).cluster).toBe('prod');
		expect(parse(['simulate', '--debug'])).toMatchObject({kind: 'simulate'});
	});
});

describe('wantsDebug', () => {
	it('reads --debug and its last spelling, before --', () => {
		expect(wantsDebug(['-c', 'prod', '--debug'])).toBe(true);
		expect(wantsDebug(['--debug=true'])).toBe(true);
		expect(wantsDebug(['--debug', '--no-debug'])).toBe(false);
		expect(wantsDebug(['--debug=false'])).toBe(false);
		expect(wantsDebug(['-c', 'prod'])).toBe(false);
		expect(wantsDebug(['--', '--debug'])).toBe(false);
	});
});
