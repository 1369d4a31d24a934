import {execFile} from 'node:child_process';
import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {FAKE_ACCESS_KEY_ID, FAKE_SECRET_ACCESS_KEY, FAKE_SESSION_TOKEN, SECRET_FRAGMENTS} from './fake-secrets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

let server: Server | undefined;
afterEach(() => {
	server?.closeAllConnections();
	server?.close();
	server = undefined;
});

/**
 * An ECS endpoint that rejects every request the way AWS does when the signature is wrong: with
 * an InvalidSignatureException whose message echoes the request's Authorization header (access
 * key id, credential scope, signature) and session token.
 */
async function startRejectingEndpoint(echo: (request: IncomingMessage) => string = signatureEcho): Promise<string> {
	server = createServer((request: IncomingMessage, response) => {
		request.resume();
		const echoed = echo(request);
		response.writeHead(403, {'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': 'InvalidSignatureException'});
		response.end(JSON.stringify({__type: 'InvalidSignatureException', message: echoed}));
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function signatureEcho(request: IncomingMessage): string {
	return [
		'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
		`Authorization: ${request.headers.authorization ?? ''}`,
		`x-amz-security-token=${String(request.headers['x-amz-security-token'] ?? '')}`,
		`aws_secret_access_key = ${FAKE_SECRET_ACCESS_KEY}`,
	].join('\n');
}

/** A 356-character token shaped like the ones STS issues (base64 with `/` and `+`). */
const STS_TOKEN = `IQoJb3JpZ2luX2VjEHMaCXVzLWVhc3QtMSJHMEUCIQD${'k9x/Zq+7mWb2RtLpHv3Ns8aYc4Ue1Jf6Ok0Xg5'.repeat(8)}`.slice(0, 356);
const STS_SECRET = 'Zx9/qLm2+Rt7Kp4Vn8Ws3Yb6Hc1Jd5Fg0Ae2Uo7I';

/** A sloppy endpoint that echoes the token and secret in prose, URL-encoded and wrapped, where no pattern looks. */
function proseEcho(request: IncomingMessage): string {
	const token = String(request.headers['x-amz-security-token'] ?? '');
	return `The security token included in the request is invalid: ${encodeURIComponent(token).slice(0, 200)}\n  ${token.slice(100, 300)} (secret ${STS_SECRET.slice(0, 30)})`;
}

describe('ecswatch --once with credentials that AWS echoes back', () => {
	it('redacts the resolved credentials by value wherever they appear, URL-encoded, wrapped or cut', async () => {
		const endpoint = await startRejectingEndpoint(proseEcho);
		const env = {
			...process.env,
			AWS_ACCESS_KEY_ID: 'ASIAQWERTYUIOPASDFGH', AWS_SECRET_ACCESS_KEY: STS_SECRET, AWS_SESSION_TOKEN: STS_TOKEN,
			AWS_REGION: 'us-east-1', AWS_MAX_ATTEMPTS: '1', AWS_PROFILE: undefined, ECSWATCH_CLUSTER: undefined,
			AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', NO_COLOR: '1',
		};
		// --debug prints what AWS said, whole: the line that must still be free of credentials.
		const failure = await run(process.execPath, ['bin/ecswatch.js', '--endpoint-url', endpoint, '--cluster', 'prod', '--once', '--debug'], {cwd: ROOT, env, timeout: 15_000})
			.then(() => undefined, (error: unknown) => error as {code: number; stdout: string; stderr: string});

		expect(failure).toMatchObject({code: 1, stdout: ''});
		const {stderr} = failure!;
		expect(stderr).toMatch(/^ecswatch: AWS rejected the request signature: check the secret access key and the system clock\necswatch: InvalidSignatureException: The security token included in the request is invalid/u);
		for (const fragment of [STS_TOKEN.slice(0, 24), encodeURIComponent(STS_TOKEN).slice(40, 64), STS_TOKEN.slice(150, 180), STS_SECRET.slice(0, 16)]) {
			expect(stderr, fragment).not.toContain(fragment);
		}
	});

	it('prints the error on stderr with the key id, scope, signature, token and secret redacted', async () => {
		const endpoint = await startRejectingEndpoint();
		const env = {
			...process.env,
			AWS_ACCESS_KEY_ID: FAKE_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: FAKE_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN: FAKE_SESSION_TOKEN,
			AWS_REGION: 'us-east-1', AWS_MAX_ATTEMPTS: '1', AWS_PROFILE: undefined, ECSWATCH_CLUSTER: undefined,
			AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', NO_COLOR: '1',
		};
		const args = ['bin/ecswatch.js', '--endpoint-url', endpoint, '--cluster', 'prod', '--once', '--debug'];

		const failure = await run(process.execPath, args, {cwd: ROOT, env, timeout: 15_000})
			.then(() => undefined, (error: unknown) => error as {code: number; stdout: string; stderr: string});

		expect(failure).toMatchObject({code: 1, stdout: ''});
		const {stderr} = failure!;
		expect(stderr).toMatch(/^ecswatch: AWS rejected the request signature[^\n]*\necswatch: InvalidSignatureException: The request signature we calculated does not match/u);
		// The server really did echo the secrets: the test would prove nothing otherwise.
		expect(stderr).toContain('Credential=[redacted]');
		expect(stderr).toContain('x-amz-security-token=[redacted]');
		for (const fragment of SECRET_FRAGMENTS) expect(stderr).not.toContain(fragment);
		expect(stderr).not.toContain('aws4_request');
	});
});
