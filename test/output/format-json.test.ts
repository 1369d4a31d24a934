import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {formatJson} from '../../source/output/format-json.js';
import {makeTaskRow} from '../helpers/task-row.js';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task/prod/1a2b3c4d5e6f40718293a4b5c6d7e8f9';

/** Every field of the documented `--output json` schema (README): a rename or removal fails here. */
const SCHEMA_FIELDS = [
	'taskArn', 'taskId', 'clusterArn', 'service', 'group', 'startedBy', 'taskDefinition', 'family', 'revision',
	'lastStatus', 'desiredStatus', 'healthStatus', 'availabilityZone', 'eniId', 'privateIpv4', 'ipv6', 'subnetId',
	'macAddress', 'privateDnsName', 'attachmentStatus', 'launchType', 'capacityProviderName', 'platformVersion',
	'containerInstanceArn', 'cpu', 'memory', 'createdAt', 'startedAt', 'stoppingAt', 'stoppedAt', 'stopCode',
	'stoppedReason', 'hostPorts', 'containers', 'targets',
];

function hasJq(): boolean {
	try {
		execFileSync('jq', ['--version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

describe('formatJson', () => {
	it('writes every schema field, with null for absent values and [] for absent lists', () => {
		const [task] = JSON.parse(formatJson([makeTaskRow({taskArn: ARN})])) as Array<Record<string, unknown>>;
		expect(Object.keys(task ?? {})).toEqual(SCHEMA_FIELDS);
		expect(task).toMatchObject({taskArn: ARN, taskId: '1a2b3c4d5e6f40718293a4b5c6d7e8f9', privateIpv4: null, eniId: null, revision: null});
		expect(task?.['hostPorts']).toEqual([]);
		expect(task?.['containers']).toEqual([]);
		expect(task?.['targets']).toBeNull();
	});

	it('keeps ISO 8601 times, numbers, ports and containers as the model has them', () => {
		const row = makeTaskRow({
			taskArn: ARN, revision: 12, privateIpv4: '10.0.1.17', createdAt: '2026-01-15T11:58:00.000Z', startedAt: '2026-01-15T11:58:30.000Z',
			hostPorts: [{containerName: 'web', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'}],
			containers: [{name: 'web', image: 'nginx:1.27', runtimeId: null, lastStatus: 'RUNNING', healthStatus: 'HEALTHY', exitCode: null, reason: null, privateIpv4: '10.0.1.17', ipv6: null, ports: []}],
		});
		const [task] = JSON.parse(formatJson([row])) as Array<Record<string, unknown>>;
		expect(task).toMatchObject({revision: 12, privateIpv4: '10.0.1.17', createdAt: '2026-01-15T11:58:00.000Z', startedAt: '2026-01-15T11:58:30.000Z', stoppedAt: null});
		expect(new Date(task?.['createdAt'] as string).toISOString()).toBe('2026-01-15T11:58:00.000Z');
		expect(task?.['hostPorts']).toEqual([{containerName: 'web', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'}]);
		expect(task?.['containers']).toEqual([expect.objectContaining({name: 'web', image: 'nginx:1.27', exitCode: null, ports: []})]);
	});

	it('is a pretty-printed array ending in one newline, [] for no tasks', () => {
		expect(formatJson([])).toBe('[]\n');
		const text = formatJson([makeTaskRow(), makeTaskRow()]);
		expect(text.endsWith('}\n]\n')).toBe(true);
		expect(JSON.parse(text)).toHaveLength(2);
	});

	it('escapes C1 controls, DEL and bidi overrides, yet parses back to the exact original text', () => {
		const hostile = 'a\u009B31mb\u0085c\u007Fd\u202Ee\u2066f\u200Fg\u001B[2Jh';
		const text = formatJson([makeTaskRow({taskArn: ARN, stoppedReason: hostile, containers: [
			{name: hostile, image: null, runtimeId: null, lastStatus: null, healthStatus: null, exitCode: null, reason: null, privateIpv4: null, ipv6: null, ports: []},
		]})]);
		expect(text).toContain(String.raw`a\u009b31mb\u0085c\u007fd\u202ee\u2066f\u200fg\u001b[2Jh`);
		// Nothing a terminal would interpret survives in the output itself.
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
		const [task] = JSON.parse(text) as Array<{stoppedReason: string; containers: Array<{name: string}>}>;
		expect(task?.stoppedReason).toBe(hostile);
		expect(task?.containers[0]?.name).toBe(hostile);
	});

	it.runIf(hasJq())('is readable by jq, as the README example uses it', () => {
		const text = formatJson([
			makeTaskRow({taskId: 'aaa', privateIpv4: '10.0.4.128'}),
			makeTaskRow({taskId: 'bbb', privateIpv4: '10.0.9.9', stoppedReason: 'x\u009By\u202E'}),
		]);
		const out = execFileSync('jq', ['-r', '.[] | select(.privateIpv4 == "10.0.4.128") | .taskId'], {input: text, encoding: 'utf8'});
		expect(out).toBe('aaa\n');
	});
});
