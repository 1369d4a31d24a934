/** Made-up credentials, shaped like real ones, that must never reach a terminal or a log. */
export const FAKE_ACCESS_KEY_ID = 'AKIAABCDEFGHIJKLMNOP';
export const FAKE_SESSION_TOKEN = `FwoGZXIvYXdzEXAMPLETOKEN${'Q2xhdWRlIHRva2VuIGZpeHR1cmU'.repeat(4)}`;
export const FAKE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const FAKE_SIGNATURE = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';

/** What an InvalidSignatureException says: it echoes the signed request's credential scope and token. */
export const SIGNATURE_MESSAGE = [
	'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
	`Authorization: AWS4-HMAC-SHA256 Credential=${FAKE_ACCESS_KEY_ID}/20261201/us-east-1/ecs/aws4_request, `
	+ `SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=${FAKE_SIGNATURE}`,
	`x-amz-security-token=${FAKE_SESSION_TOKEN}`,
	`aws_secret_access_key = ${FAKE_SECRET_ACCESS_KEY}`,
].join('\n');

/** Every fragment of the fake secrets that a half-done redaction could leave behind. */
export const SECRET_FRAGMENTS = [FAKE_ACCESS_KEY_ID, 'ABCDEFGHIJKLMNOP', 'FwoGZXIvYXdz', 'EXAMPLETOKEN', 'wJalrXUtnFEMI', 'EXAMPLEKEY', FAKE_SIGNATURE.slice(0, 16)];
