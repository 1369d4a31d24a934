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
async function startRejectingEndpoint(): Promise<string> {
	server = createServer((request: IncomingMessage, response) => {
		request.resume();
		const echoed = [
			'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
			`Authorization: ${request.headers.authorization ?? ''}`,
			`x-amz-security-token=${String(request.headers['x-amz-security-token'] ?? '')}`,
			`aws_secret_access_key = ${FAKE_SECRET_ACCESS_KEY}`,
		].join('\n');
		response.writeHead(403, {'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': 'InvalidSignatureException'});
		response.end(JSON.stringify({__type: 'InvalidSignatureException', message: echoed}));
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('ecswatch --once with credentials that AWS echoes back', () => {
	it('prints the error on stderr with the key id, scope, signature, token and secret redacted', async () => {
		const endpoint = await startRejectingEndpoint();
		const env = {
			...process.env,
			AWS_ACCESS_KEY_ID: FAKE_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: FAKE_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN: FAKE_SESSION_TOKEN,
			AWS_REGION: 'us-east-1', AWS_MAX_ATTEMPTS: '1', AWS_PROFILE: undefined, ECSWATCH_CLUSTER: undefined,
			AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', NO_COLOR: '1',
		};
		const args = ['bin/ecswatch.js', '--endpoint-url', endpoint, '--cluster', 'prod', '--once'];

		const failure = await run(process.execPath, args, {cwd: ROOT, env, timeout: 15_000})
			.then(() => undefined, (error: unknown) => error as {code: number; stdout: string; stderr: string});

		expect(failure).toMatchObject({code: 1, stdout: ''});
		const {stderr} = failure!;
		expect(stderr).toMatch(/^ecswatch: InvalidSignatureException: The request signature we calculated does not match/u);
		// The server really did echo the secrets: the test would prove nothing otherwise.
		expect(stderr).toContain('Credential=[redacted]');
		expect(stderr).toContain('x-amz-security-token=[redacted]');
		for (const fragment of SECRET_FRAGMENTS) expect(stderr).not.toContain(fragment);
		expect(stderr).not.toContain('aws4_request');
	});
});
