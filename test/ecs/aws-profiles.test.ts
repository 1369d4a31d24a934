import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkProfile} from '../../source/ecs/aws-profiles.js';

function awsFiles(config: string, credentials = ''): NodeJS.ProcessEnv {
	const dir = mkdtempSync(join(tmpdir(), 'ecswatch-profiles-'));
	writeFileSync(join(dir, 'config'), config);
	writeFileSync(join(dir, 'credentials'), credentials);
	return {AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials')};
}

const CONFIG = `[default]
region = eu-west-1

[profile dev-sso]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = ReadOnly

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = eu-west-1

[profile legacy-sso]
sso_start_url = https://old.awsapps.com/start
`;

describe('checkProfile', () => {
	it('finds profiles of both files, and not the sso-session sections', async () => {
		const env = awsFiles(CONFIG, '[ci]\naws_access_key_id = AKIDEXAMPLE\n');
		expect(await checkProfile('ci', env)).toEqual({profile: 'ci', found: true, known: ['ci', 'default', 'dev-sso', 'legacy-sso'], sso: false});
	});

	it('names a profile that is in neither file', async () => {
		expect(await checkProfile('prod', awsFiles(CONFIG))).toMatchObject({profile: 'prod', found: false, known: ['default', 'dev-sso', 'legacy-sso']});
	});

	it('takes AWS_PROFILE when --profile is absent, the flag first', async () => {
		const env = {...awsFiles(CONFIG), AWS_PROFILE: 'dev-sso'};
		expect(await checkProfile(undefined, env)).toMatchObject({profile: 'dev-sso', found: true, sso: true});
		expect(await checkProfile('default', env)).toMatchObject({profile: 'default', found: true, sso: false});
	});

	it('knows SSO profiles by sso_session or by the legacy sso_start_url', async () => {
		expect(await checkProfile('legacy-sso', awsFiles(CONFIG))).toMatchObject({sso: true});
	});

	it('with no profile named and no files, leaves it to the default chain', async () => {
		const env = {AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials'};
		expect(await checkProfile(undefined, env)).toEqual({profile: null, found: true, known: [], sso: false});
	});
});
