import {describe, expect, it} from 'vitest';
import {respellArgv} from '../../source/cli/respell-argv.js';
import {parse, watch, refusal} from '../helpers/parsed-command.js';

// Command lines written for ecswatch when meow (yargs-parser) read them must mean the same with
// parseArgs: these are the readings where the two parsers differ.

describe('reading the command line as ecswatch always has', () => {
	it('lets a boolean flag take a following true or false, and reads --flag=VALUE as true only for "true"', () => {
		expect(watch(['-c', 'prod', '--once', 'false']).once).toBe(false);
		expect(watch(['-c', 'prod', '--once', 'true']).once).toBe(true);
		expect(watch(['-c', 'prod', '--color', 'false']).color).toBe(false);
		expect(parse(['logs', '-c', 'prod', 'abc', '-f', 'false'])).toMatchObject({kind: 'logs', follow: false, target: {kind: 'task', task: 'abc'}});
		expect(watch(['-c', 'prod', '--once=true']).once).toBe(true);
		expect(watch(['-c', 'prod', '--once=false']).once).toBe(false);
		expect(watch(['-c', 'prod', '--once=yes']).once).toBe(false);
		// --no-X takes no value: the false after it is an argument.
		expect(refusal(['-c', 'prod', '--no-color', 'false'])).toBe('unknown command false: the commands are status, wait, logs and simulate.');
	});

	it('reads short groups: -fc NAME, -c=NAME, -o5, -c/x', () => {
		expect(parse(['logs', '-fc', 'prod', 'abc'])).toMatchObject({kind: 'logs', cluster: 'prod', follow: true});
		expect(watch(['-c=prod', '-s=web']).services).toEqual(['web']);
		expect(refusal(['-c', 'prod', '-o5'])).toBe('--output must be table, json, csv, ids or ips, not 5.');
		expect(watch(['-c/x']).cluster).toBe('/x');
		expect(parse(['logs', '-c', 'prod', 'abc', '-f5'])).toMatchObject({kind: 'logs', follow: false});
	});

	it('takes a negative number as a value or as an argument, never as a flag', () => {
		expect(watch(['-c', 'prod', '--filter', '-5']).filter).toBe('-5');
		expect(parse(['logs', '-c', 'prod', '-5'])).toMatchObject({kind: 'logs', target: {kind: 'task', task: '-5'}});
		expect(refusal(['simulate', '--tasks', '-1.5'])).toBe('--tasks must be a number from 0 to 5000, not -1.5.');
	});

	it('strips one pair of quotes from a value after = (not from one given on its own)', () => {
		expect(watch(['--cluster="prod"']).cluster).toBe('prod');
		expect(watch(['-c', 'prod', '--filter=\'az:b\'']).filter).toBe('az:b');
		expect(watch(['-c', '"prod"']).cluster).toBe('"prod"');
		expect(watch(['-c', 'prod', '-s="web"']).services).toEqual(['web']);
	});

	it('takes the camelCase spellings of the long flags too', () => {
		expect(watch(['-c', 'prod', '--endpointUrl', 'http://127.0.0.1:4566']).aws.endpoint).toBe('http://127.0.0.1:4566');
		expect(watch(['-c', 'prod', '--logFile=warnings.log']).logFile).toBe('warnings.log');
		expect(parse(['simulate', '--logRequests', 'calls.jsonl'])).toMatchObject({logRequests: 'calls.jsonl'});
	});

	it('refuses an empty list value after =, even as the last argument', () => {
		expect(refusal(['-c', 'prod', '--service='])).toBe('--service (-s) needs a value: a service name or ARN.');
		expect(refusal(['simulate', '--fault='])).toMatch(/^--fault needs a value: /u);
	});

	it('respells argv in the only forms parseArgs cannot misread', () => {
		const flags = {cluster: {type: 'string', short: 'c'}, service: {type: 'string', short: 's', multiple: true}, follow: {type: 'boolean', short: 'f'}, logFile: {type: 'string'}} as const;
		expect(respellArgv(['-fc', 'prod', 'logs', '-5', '--log-file', 'x', '--follow', 'false', '--', '--cluster'], flags))
			.toEqual(['--follow', '--cluster=prod', '--logFile=x', '--no-follow', '--', 'logs', '-5', '--cluster']);
		expect(respellArgv(['--service', 'web', '-s=api', '--version'], flags)).toEqual(['--service=web', '--service=api']);
	});
});
