import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {UsageError} from '../../source/cli/command.js';
import {openTarget, regionFrom} from '../../source/cli/open-target.js';

const aws = (overrides: {region?: string; profile?: string} = {}) => ({
	demo: false, cluster: 'prod', aws: {region: overrides.region, profile: overrides.profile, endpoint: undefined},
});

/** Shared files with one profile, as the SDK reads them (it reads process.env too). */
function stubFiles(config: string): NodeJS.ProcessEnv {
	const dir = mkdtempSync(join(tmpdir(), 'ecswatch-target-'));
	writeFileSync(join(dir, 'config'), config);
	writeFileSync(join(dir, 'credentials'), '');
	const env = {AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials')};
	for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE']) vi.stubEnv(name, undefined);
	for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
	return env;
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('regionFrom', () => {
	it('takes --region, then AWS_REGION, then AWS_DEFAULT_REGION, as the AWS CLI does', () => {
		expect(regionFrom('eu-west-1', {AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'ap-south-1'})).toBe('eu-west-1');
		expect(regionFrom(undefined, {AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'ap-south-1'})).toBe('us-east-1');
		expect(regionFrom(undefined, {AWS_DEFAULT_REGION: 'ap-south-1'})).toBe('ap-south-1');
		expect(regionFrom(undefined, {AWS_REGION: ' ', AWS_DEFAULT_REGION: ''})).toBeUndefined();
	});
});

describe('openTarget', () => {
	it('uses AWS_DEFAULT_REGION when nothing else names a Region', async () => {
		const env = {...stubFiles('[default]\n'), AWS_DEFAULT_REGION: 'ap-south-1'};
		const target = await openTarget(aws(), env);
		expect(target.description).toBe('ap-south-1');
		expect(await target.client.config.region()).toBe('ap-south-1');
		await target.close();
	});

	it('falls back to the profile\'s region, and knows an SSO profile', async () => {
		const env = {...stubFiles('[profile dev]\nregion = eu-north-1\nsso_session = corp\n[sso-session corp]\nsso_start_url = https://x.awsapps.com/start\n'), AWS_PROFILE: 'dev'};
		vi.stubEnv('AWS_PROFILE', 'dev');
		const target = await openTarget(aws(), env);
		expect(target.description).toBe('eu-north-1');
		expect(target.signIn).toEqual({profile: 'dev', sso: true});
		await target.close();
	});

	it('refuses a profile the files do not have, naming those they do, before any request', async () => {
		const env = stubFiles('[default]\nregion = eu-west-1\n[profile staging]\nregion = eu-west-2\n');
		const opened = openTarget(aws({profile: 'prod'}), env);
		await expect(opened).rejects.toBeInstanceOf(UsageError);
		await expect(opened).rejects.toThrow(`profile prod not found in ${env.AWS_CONFIG_FILE} or ${env.AWS_SHARED_CREDENTIALS_FILE} (profiles there: default, staging)`);
	});

	it('refuses to start without a Region, and says how to give one', async () => {
		const env = stubFiles('[default]\n');
		await expect(openTarget(aws(), env)).rejects.toThrow(/^no AWS Region: pass --region, set AWS_REGION, or give the profile one/u);
	});
});
