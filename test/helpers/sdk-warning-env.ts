import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/**
 * What keeps the SDK's and Node's warnings quiet, removed from a child's environment so that the
 * SDK really warns: vitest.config.ts sets the SDK's switch for every test, and bin/ecswatch.js
 * sets it when unset, so these tests run dist/ecswatch.js itself. Nothing is switched on.
 */
export const QUIETING_VARIABLES = ['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED', 'NODE_NO_WARNINGS', 'NODE_OPTIONS'] as const;

/** The credential variables a developer's shell may carry, which would change what the SDK resolves. */
const CREDENTIAL_VARIABLES = ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'] as const;

/** `process.env` without the quieting and credential variables, plus `extra`. */
export function warningEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1'};
	for (const name of [...QUIETING_VARIABLES, ...CREDENTIAL_VARIABLES]) delete env[name];
	return {...env, ...extra};
}

/** The same, as an `env` prefix for a shell command line (the tmux tests type their command). */
export function warningEnvPrefix(extra: Readonly<Record<string, string>> = {}): string {
	const unset = [...QUIETING_VARIABLES, ...CREDENTIAL_VARIABLES].map((name) => `-u ${name}`).join(' ');
	const set = Object.entries(extra).map(([name, value]) => `${name}='${value}'`).join(' ');
	return `env ${unset} ${set}`;
}

/** Node 22 and later are supported by the SDK, which then has no Node-version warning to give. */
export const sdkWarnsAboutNode = Number(process.versions.node.split('.')[0]) < 22;

export const NODE_VERSION_WARNING = 'NodeVersionSupportWarning';
export const MULTIPLE_SOURCES_WARNING = 'Multiple credential sources detected';

export interface WarningHome {
	dir: string;
	logFile: string;
	/** The log file's text, '' while it does not exist. */
	log(): string;
	/**
	 * AWS_PROFILE naming a profile of this HOME's ~/.aws/config together with
	 * AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY: the SDK's "multiple credential sources" case.
	 */
	bothCredentialSources: Record<string, string>;
	remove(): void;
}

/** A temporary HOME with an ~/.aws/config profile `sim` (static keys, a region) and room for a log file. */
export function warningHome(): WarningHome {
	const dir = mkdtempSync(join(tmpdir(), 'ecswatch-warnings-'));
	mkdirSync(join(dir, '.aws'));
	writeFileSync(join(dir, '.aws', 'config'), '[profile sim]\nregion = us-east-1\naws_access_key_id = AKIDPROFILESIM\naws_secret_access_key = profile-secret\n');
	const logFile = join(dir, 'ecswatch.log');
	return {
		dir,
		logFile,
		log() {
			try {
				return readFileSync(logFile, 'utf8');
			} catch {
				return '';
			}
		},
		bothCredentialSources: {HOME: dir, AWS_PROFILE: 'sim', AWS_ACCESS_KEY_ID: 'AKIDENVIRONMENT', AWS_SECRET_ACCESS_KEY: 'environment-secret'},
		remove: () => rmSync(dir, {recursive: true, force: true}),
	};
}
