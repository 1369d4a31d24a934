import {adviseError, type ErrorAdvice} from '../model/error-advice.js';
import type {ErrorReport} from '../model/error-report.js';
import {firstLine, sanitize} from '../model/sanitize.js';

/** What the words of an error may mention: the profile, where the data comes from, the cluster. */
export interface ErrorContext {
	/** `--profile` or AWS_PROFILE; null for the SDK's default chain. */
	profile: string | null;
	/** The profile signs in through IAM Identity Center: `aws sso login` is the remedy. */
	sso: boolean;
	/** The Region or endpoint the data comes from. */
	target: string;
	/** The cluster asked for, for "cluster … not found". */
	cluster?: string | undefined;
	/** The clusters that do exist there, when they could be listed. */
	clusters?: readonly string[] | undefined;
	/** Where the sentence is read: the TUI offers its keys, the command line its flags. */
	medium: 'terminal-ui' | 'command-line';
}

const MAX_CLUSTERS_NAMED = 8;
const POLICY = 'README lists the minimal IAM policy';

function clusterList(names: readonly string[]): string {
	if (names.length === 0) return 'there are no clusters there';
	const shown = names.slice(0, MAX_CLUSTERS_NAMED).map(sanitize).join(', ');
	return `clusters there: ${shown}${names.length > MAX_CLUSTERS_NAMED ? ` and ${names.length - MAX_CLUSTERS_NAMED} more` : ''}`;
}

function ssoLogin(context: ErrorContext): string {
	return `aws sso login${context.profile === null ? '' : ` --profile ${sanitize(context.profile)}`}`;
}

function clusterNotFound(context: ErrorContext): string {
	const what = `cluster ${context.cluster === undefined ? '' : `${sanitize(context.cluster)} `}not found in ${sanitize(context.target)}`;
	if (context.medium === 'terminal-ui') return `${what}: Esc goes back to the cluster list`;
	return context.clusters === undefined ? `${what}: run ecswatch without --cluster to list the clusters` : `${what} (${clusterList(context.clusters)}): pass one with --cluster`;
}

function noCredentials(context: ErrorContext): string {
	if (context.profile === null) return 'no AWS credentials found: set AWS_PROFILE (or --profile), run aws configure, or run aws sso login';
	const profile = sanitize(context.profile);
	return context.sso
		? `no AWS credentials for profile ${profile}: run ${ssoLogin(context)}`
		: `no AWS credentials for profile ${profile}: add them with aws configure --profile ${profile}`;
}

function words(advice: ErrorAdvice, context: ErrorContext): string {
	switch (advice.kind) {
		case 'no-credentials': return noCredentials(context);
		case 'sso-session-expired': return `the SSO session has expired: run ${ssoLogin(context)}`;
		case 'credentials-expired': return context.sso
			? `the credentials have expired: run ${ssoLogin(context)}`
			: 'the credentials have expired: get new ones (a fresh AWS_SESSION_TOKEN, or aws sso login) and try again';
		case 'key-not-recognised': return 'AWS does not recognise the access key id: check AWS_ACCESS_KEY_ID or the profile\'s credentials';
		case 'signature-rejected': return 'AWS rejected the request signature: check the secret access key and the system clock';
		case 'access-denied': return advice.action === null
			? `access denied: these credentials may not read ECS (${POLICY})`
			: `access denied to ${sanitize(advice.action)}: allow it in the IAM policy of these credentials (${POLICY})`;
		case 'cluster-not-found': return clusterNotFound(context);
		case 'service-not-found': return `service not found in cluster ${sanitize(context.cluster ?? '')}`.trimEnd();
		case 'throttled': return 'throttled by AWS';
		case 'server-error': return 'AWS answered with a server error';
		case 'unreachable': return `cannot reach ${sanitize(context.target)} (${sanitize(advice.code)}): check the network, a proxy or --endpoint-url`;
		case 'connection-dropped': return `the connection to ${sanitize(context.target)} was dropped before it answered`;
		case 'timed-out': return `${sanitize(context.target)} did not answer in time`;
		case 'no-region': return 'no AWS Region: pass --region, set AWS_REGION, or give the profile one (aws configure set region REGION)';
		case 'other': {
			const name = firstLine(advice.name);
			const message = firstLine(advice.message);
			// Node's system errors repeat their code: `ENOENT: no such file or directory, open …`.
			return message === '' || message === name ? name : (message.startsWith(`${name}: `) ? message : `${name}: ${message}`);
		}
	}
}

/**
 * One line that names what failed and what to do about it, sanitised for the terminal. The error
 * is a normalised report (model/error-report.ts): credentials are already redacted.
 */
export function errorSentence(error: ErrorReport, context: ErrorContext): string {
	return words(adviseError(error), context);
}

/**
 * A few words for an error beside others on a crowded line (`ecs:DescribeServices denied`); `!`
 * shows the whole sentence. Sanitised.
 */
export function errorSummary(error: ErrorReport): string {
	const advice = adviseError(error);
	if (advice.kind === 'access-denied') return `${advice.action === null ? 'access' : sanitize(advice.action)} denied`;
	return words(advice, {profile: null, sso: false, target: 'the endpoint', medium: 'terminal-ui'}).split(': ')[0]!;
}
