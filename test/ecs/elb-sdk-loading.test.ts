import {fileURLToPath} from 'node:url';
import {build, type Metafile} from 'esbuild';
import {describe, expect, it} from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ELB_SDK = 'node_modules/@aws-sdk/client-elastic-load-balancing-v2/';

/** The inputs of an output chunk and of every chunk it imports statically (what loading it loads). */
function staticallyLoaded(metafile: Metafile, output: string): Set<string> {
	const inputs = new Set<string>();
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const chunk = metafile.outputs[path];
		for (const input of Object.keys(chunk?.inputs ?? {})) inputs.add(input);
		for (const imported of chunk?.imports ?? []) {
			if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
		}
	};

	visit(output);
	return inputs;
}

describe('the ELB SDK', () => {
	it('is not loaded with the task watch\'s and status\'s fetches, only with the target-health module they import() on first need', async () => {
		const result = await build({
			absWorkingDir: ROOT,
			entryPoints: ['source/ecs/fetch-watch-data.ts', 'source/ecs/fetch-status-data.ts'],
			bundle: true, splitting: true, format: 'esm', platform: 'node', write: false, metafile: true, outdir: 'dist-test-elb', logLevel: 'silent',
		});
		const {metafile} = result;
		const chunkOf = (entry: string) => Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entry)![0];
		for (const entry of ['source/ecs/fetch-watch-data.ts', 'source/ecs/fetch-status-data.ts']) {
			expect([...staticallyLoaded(metafile, chunkOf(entry))].filter((input) => input.startsWith(ELB_SDK))).toEqual([]);
		}

		// The ELB SDK is in the chunk of the module imported on first need.
		expect([...staticallyLoaded(metafile, chunkOf('source/ecs/fetch-target-health.ts'))].some((input) => input.startsWith(ELB_SDK))).toBe(true);
	});
});
