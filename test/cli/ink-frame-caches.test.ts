import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// esbuild.config.mjs patches Ink's Output so that its line caches outlive a frame (the ↓ key's
// frame measured every line afresh). The build fails when the patched text is gone from Ink; this
// catches the other way it can silently stop applying: Ink's Output moving to another file.
const CHUNKS = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));

describe('the bundle\'s Ink', () => {
	it('keeps its Output line caches across frames, in the one chunk that holds Ink\'s Output', () => {
		const chunks = readdirSync(CHUNKS).map((file) => readFileSync(join(CHUNKS, file), 'utf8'));
		const withOutput = chunks.filter((text) => text.includes('"OutputCaches"'));
		expect(withOutput).toHaveLength(1);
		expect(withOutput[0]).toContain('"frameCaches"');
		expect(withOutput[0]).not.toMatch(/caches\s*=\s*new \w+\s*[;}]/u);
	});
});
