import {loadSharedConfigFiles} from '@smithy/core/config';

/** The profile a command will use and what the shared config files say about it. */
export interface ProfileCheck {
	/** `--profile`, else AWS_PROFILE; null when neither names one (the SDK then uses `default` if it exists). */
	profile: string | null;
	/** False when a profile is named but neither ~/.aws/config nor ~/.aws/credentials has it. */
	found: boolean;
	/** The profiles the files do have, sorted (for "profiles there: …"). */
	known: string[];
	/** The profile signs in through IAM Identity Center (`sso_session` or `sso_start_url`). */
	sso: boolean;
}

/**
 * Reads the shared config and credentials files (AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE
 * are honoured) the way the SDK does, to name a missing profile before the credential chain reports
 * only `Could not load credentials from any providers`. Files that cannot be read count as empty.
 */
export async function checkProfile(explicit: string | undefined, env: NodeJS.ProcessEnv): Promise<ProfileCheck> {
	const profile = explicit ?? (env.AWS_PROFILE?.trim() ? env.AWS_PROFILE.trim() : null);
	let files: Awaited<ReturnType<typeof loadSharedConfigFiles>>;
	try {
		files = await loadSharedConfigFiles({
			ignoreCache: true,
			...(env.AWS_CONFIG_FILE ? {configFilepath: env.AWS_CONFIG_FILE} : {}),
			...(env.AWS_SHARED_CREDENTIALS_FILE ? {filepath: env.AWS_SHARED_CREDENTIALS_FILE} : {}),
		});
	} catch {
		files = {configFile: {}, credentialsFile: {}};
	}

	const known = [...new Set([...Object.keys(files.configFile), ...Object.keys(files.credentialsFile)])]
		// `[sso-session x]` and `[services x]` sections come back as `sso-session.x`: not profiles.
		.filter(name => !/^(?:sso-session|services)\./u.test(name))
		.sort();
	const settings = files.configFile[profile ?? 'default'] ?? {};
	return {
		profile,
		found: profile === null || known.includes(profile),
		known,
		sso: settings.sso_session !== undefined || settings.sso_start_url !== undefined,
	};
}
