import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import type {TestProject} from 'vitest/node';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * `npm run build`, so that the spawn and tmux tests run dist/ecswatch.js as built from the source
 * under test, never a stale bundle. Throws (failing the whole run) when the build fails.
 */
function build(): void {
	const result = spawnSync('npm', ['run', '--silent', 'build'], {cwd: ROOT, encoding: 'utf8'});
	if (result.error !== undefined) {
		throw new Error(`could not run npm run build: ${result.error.message}`);
	}

	if (result.status !== 0) {
		throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); the tests need dist/ecswatch.js:\n${result.stdout}${result.stderr}`);
	}

	// esbuild's warnings (--log-level=warning) should not go unseen.
	if (result.stderr !== '') process.stderr.write(result.stderr);
}

/** Vitest globalSetup: builds before the first test, and again before every rerun in watch mode. */
export default function setup(project: TestProject): void {
	build();
	project.onTestsRerun(() => {
		build();
	});
}
