import {ClusterNotFoundException} from '@aws-sdk/client-ecs';
import {afterEach, describe, expect, it} from 'vitest';
import {clearSecrets, normaliseError, registerSecrets} from '../../source/model/error-report.js';
import {firstLine, sanitize} from '../../source/model/sanitize.js';
import {toPollError} from '../../source/watch/to-poll-error.js';
import {FAKE_SECRET_ACCESS_KEY, SECRET_FRAGMENTS, SIGNATURE_MESSAGE} from '../errors/fake-secrets.js';

const signatureError = () => Object.assign(new Error(SIGNATURE_MESSAGE), {name: 'InvalidSignatureException', $metadata: {httpStatusCode: 403}});

describe('normaliseError', () => {
	it('keeps the name and message of an SDK service error', () => {
		const error = new ClusterNotFoundException({message: 'Cluster not found.', $metadata: {}});
		expect(normaliseError(error)).toEqual({name: 'ClusterNotFoundException', message: 'Cluster not found.'});
	});

	it('keeps the name of a credentials error', () => {
		const error = Object.assign(new Error('Could not load credentials from any providers'), {name: 'CredentialsProviderError'});
		expect(normaliseError(error)).toEqual({name: 'CredentialsProviderError', message: 'Could not load credentials from any providers'});
	});

	it('names Node network errors by their code', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), {code: 'ECONNREFUSED'});
		expect(normaliseError(refused)).toEqual({name: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:4566'});
		const fetchFailed = new TypeError('fetch failed', {cause: Object.assign(new Error('getaddrinfo ENOTFOUND x'), {code: 'ENOTFOUND'})});
		expect(normaliseError(fetchFailed)).toEqual({name: 'ENOTFOUND', message: 'fetch failed'});
	});

	it('finds the code inside the empty AggregateError of a refused dual-stack connect', () => {
		const inner = Object.assign(new Error('connect ECONNREFUSED ::1:4566'), {code: 'ECONNREFUSED'});
		expect(normaliseError(new AggregateError([inner], ''))).toEqual({name: 'ECONNREFUSED', message: 'ECONNREFUSED'});
	});

	it('keeps a meaningful name even when the error has a code', () => {
		const timeout = Object.assign(new Error('socket hang up'), {name: 'TimeoutError', code: 'ECONNRESET'});
		expect(normaliseError(timeout).name).toBe('TimeoutError');
	});

	it('redacts the key id, credential scope, signature, session token and secret of a signature error', () => {
		const {name, message} = normaliseError(signatureError());

		expect(name).toBe('InvalidSignatureException');
		for (const fragment of SECRET_FRAGMENTS) expect(message).not.toContain(fragment);
		expect(message).toContain('The request signature we calculated does not match the signature you provided.');
		expect(message).toContain('Credential=[redacted],');
		expect(message).not.toContain('/20261201/us-east-1/ecs/aws4_request');
		expect(message).toContain('Signature=[redacted]');
		expect(message).toContain('x-amz-security-token=[redacted]');
		expect(message).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target');
	});

	it('redacts secrets in the forms config files, JSON and presigned URLs write them', () => {
		const cases = [
			'aws_session_token=IQoJb3JpZ2luX2VjEJr',
			'"SessionToken": "IQoJb3JpZ2luX2VjEJr"',
			'"secretAccessKey":"IQoJb3JpZ2luX2VjEJr"',
			'x-amz-security-token: IQoJb3JpZ2luX2VjEJr',
			'https://ecs.example/?X-Amz-Credential=ASIAABCDEFGHIJKLMNOP%2F20261201%2Fus-east-1&X-Amz-Signature=IQoJb3JpZ2luX2VjEJr',
			`a token pasted alone: ${'IQoJb3JpZ2luX2VjEJr'.repeat(10)}`,
			`a secret pasted alone: ${FAKE_SECRET_ACCESS_KEY}.`,
			'an access key id alone: ASIAABCDEFGHIJKLMNOP',
		];
		for (const text of cases) {
			const {message} = normaliseError(new Error(text));
			expect(message, text).toContain('[redacted]');
			expect(message, text).not.toMatch(/IQoJb3JpZ2luX2VjEJr|ABCDEFGHIJKLMNOP|wJalrXUtnFEMI/u);
		}
	});

	it('leaves ARNs, task ids, hashes and ordinary words alone', () => {
		const text = 'Task arn:aws:ecs:us-east-1:123456789012:task/MyCluster/4d590253bb114126b7afa7b58eea9221 of service/MyCluster/web '
			+ 'at commit 0123456789abcdef0123456789abcdef01234567: The security token included in the request is expired';
		expect(normaliseError(new Error(text)).message).toBe(text);
	});

	it('redacts the name too, and caps name and message', () => {
		const {name, message} = normaliseError(Object.assign(new Error('word '.repeat(1000)), {name: 'AKIAABCDEFGHIJKLMNOP'}));
		expect(name).toBe('[redacted]');
		expect(message).toHaveLength(1001);
		expect(message.endsWith('…')).toBe(true);
		expect(normaliseError({name: 'N-'.repeat(250)}).name).toHaveLength(101);
	});

	it('copes with values that are not errors, and with hostile ones', () => {
		expect(normaliseError('boom')).toEqual({name: 'Error', message: 'boom'});
		expect(normaliseError(`boom ${'IQoJb3JpZ2luX2VjEJr'.repeat(10)}`)).toEqual({name: 'Error', message: 'boom [redacted]'});
		expect(normaliseError(undefined)).toEqual({name: 'Error', message: 'undefined'});
		expect(normaliseError({})).toEqual({name: 'Error', message: 'Error'});
		expect(normaliseError({name: 'TimeoutError'})).toEqual({name: 'TimeoutError', message: 'TimeoutError'});
		const hostile = {get message(): string {
			throw new Error('no');
		}};
		expect(normaliseError(hostile)).toEqual({name: 'Error', message: 'Error'});
	});
});

describe('toPollError, what the TUI shows', () => {
	it('is the same redacting report as --once prints', () => {
		const report = toPollError(signatureError());
		expect(report).toEqual(normaliseError(signatureError()));
		for (const fragment of SECRET_FRAGMENTS) expect(report.message).not.toContain(fragment);
	});
});

/** A session token shaped like the ones STS issues: 356 base64 characters, `/` and `+` among them. */
function fakeStsSessionToken(): string {
	const bytes = [...Buffer.from('\u0021\n\torigin_ec', 'latin1')];
	let seed = 20_261_201;
	while (bytes.length < 267) {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		bytes.push(seed >>> 16 & 0xFF);
	}

	return Buffer.from(bytes).toString('base64');
}

const STS_TOKEN = fakeStsSessionToken();
const ACCESS_KEY_ID = 'ASIAQ3EGV7FDXJ2KPM4N';
// A secret the bare-secret pattern does not catch (no digit): only its value can give it away.
const SECRET_ACCESS_KEY = 'kXrTbQwVnZyLpHjMfDsAgUeCiOoRlKtNbVmXcZqW';

/** Every run of 12 characters of a secret: none may be left anywhere in what is shown. */
function expectNoneOf(secret: string, shown: string) {
	for (let at = 0; at + 12 <= secret.length; at++) expect(shown, `${secret.slice(at, at + 12)} at ${at}`).not.toContain(secret.slice(at, at + 12));
}

/** Wrapped at `width` characters, as a PEM or an XML body would write it. */
const wrapped = (text: string, width: number, breaker = '\n') => text.match(new RegExp(`.{1,${width}}`, 'gsu'))!.join(breaker);

describe('normaliseError with the resolved credentials registered', () => {
	afterEach(clearSecrets);

	it('uses a token that looks like an STS one, so the cases below prove something', () => {
		expect(STS_TOKEN).toHaveLength(356);
		expect(STS_TOKEN.startsWith('IQoJb3JpZ2luX2Vj')).toBe(true);
		expect(STS_TOKEN).toMatch(/\//u);
		expect(STS_TOKEN).toMatch(/\+/u);
	});

	const cases: Array<[string, (token: string) => string]> = [
		['echoed verbatim', token => `The security token included in the request is invalid: ${token}.`],
		['cut by line breaks', token => `Request was: POST / HTTP/1.1\nX-Amz-Security-Token: ${wrapped(token, 64)}\nHost: ecs`],
		['cut by CRLF and indented', token => `token:\r\n    ${wrapped(token, 76, '\r\n    ')}`],
		['URL-encoded', token => `https://ecs.us-east-1.amazonaws.com/?Action=ListTasks&Token=${encodeURIComponent(token)}&x=1`],
		['URL-encoded with lower-case escapes', token => `body: t=${encodeURIComponent(token).replace(/%[0-9A-F]{2}/gu, escape => escape.toLowerCase())}`],
		['cut short', token => `could not parse "${token.slice(0, 90)}`],
		['its end alone', token => `…${token.slice(-30)}" is not valid`],
		['JSON-escaped', token => `{"token":"${token.replaceAll('/', '\\/')}"}`],
		['with zero-width spaces inside', token => `token ${wrapped(token, 50, '\u200B')}`],
	];

	it.each(cases)('never shows the session token %s', (_, echo) => {
		registerSecrets([ACCESS_KEY_ID, SECRET_ACCESS_KEY, STS_TOKEN]);
		const {name, message} = normaliseError(Object.assign(new Error(echo(STS_TOKEN)), {name: 'UnrecognizedClientException'}));
		expect(name).toBe('UnrecognizedClientException');
		expect(message).toContain('[redacted]');
		expectNoneOf(STS_TOKEN, message);
		// What the header and the detail show of it.
		expectNoneOf(STS_TOKEN, firstLine(message));
		expectNoneOf(STS_TOKEN, sanitize(message));
	});

	it('never shows the secret access key or the key id, however they were written', () => {
		registerSecrets([ACCESS_KEY_ID, SECRET_ACCESS_KEY, STS_TOKEN]);
		const texts = [
			`aws configure said ${SECRET_ACCESS_KEY}`,
			`?secret=${encodeURIComponent(SECRET_ACCESS_KEY)}`,
			`key ${ACCESS_KEY_ID.slice(0, 10)}\n${ACCESS_KEY_ID.slice(10)} and ${SECRET_ACCESS_KEY.slice(0, 20)}\n${SECRET_ACCESS_KEY.slice(20)}`,
			`key ${[...ACCESS_KEY_ID].join('\u200B')}`,
		];
		for (const text of texts) {
			const {message} = normaliseError(new Error(text));
			expect(message, text).toContain('[redacted]');
			expectNoneOf(SECRET_ACCESS_KEY, message);
			expect(sanitize(message), text).not.toMatch(/ASIAQ3EG|GV7FDXJ2KPM4N/u);
		}
	});

	it('redacts a registered value in the error name too', () => {
		registerSecrets([SECRET_ACCESS_KEY]);
		expect(normaliseError({name: `Bad${SECRET_ACCESS_KEY}`, message: 'x'}).name).toBe('Bad[redacted]');
	});

	it('leaves the rest of the message, and text that only shares a few characters with a secret, alone', () => {
		registerSecrets([ACCESS_KEY_ID, SECRET_ACCESS_KEY, STS_TOKEN]);
		const text = `The security token included in the request is invalid. Near ${STS_TOKEN.slice(100, 110)}; ARN arn:aws:ecs:us-east-1:123456789012:cluster/prod`;
		expect(normaliseError(new Error(text)).message).toBe(text);
		expect(normaliseError(new Error(`x ${STS_TOKEN} y`)).message).toBe('x [redacted] y');
	});

	it('ignores empty, absent and short values, and forgets them when cleared', () => {
		registerSecrets(['', undefined, null, 'abc', 'short7!']);
		expect(normaliseError(new Error('abc short7! is fine')).message).toBe('abc short7! is fine');
		registerSecrets([SECRET_ACCESS_KEY]);
		expect(normaliseError(new Error(`?k=${encodeURIComponent(SECRET_ACCESS_KEY)}`)).message).toBe('?k=[redacted]');
		clearSecrets();
		expect(normaliseError(new Error(`?k=${encodeURIComponent(SECRET_ACCESS_KEY)}`)).message).toContain('kXrTbQwVnZyLpHjM');
	});
});
