// `npm run build`: source/cli.tsx → dist/ecswatch.js plus the chunks it imports on demand.
// `npm run build -- --metafile=meta.json` also writes esbuild's metafile (npx esbuild --analyze, or
// https://esbuild.github.io/analyze/) to see what each chunk holds.
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {build} from 'esbuild';

const root = import.meta.dirname;
/** `--NAME=VALUE` from the command line. */
const option = (name) => process.argv.slice(2).find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
// --outdir=DIR builds elsewhere (to measure a build while dist/ is in use); bin/ecswatch.js runs dist/.
const outdir = resolve(option('outdir') ?? join(root, 'dist'));
const metafile = option('metafile');

// Ink 6.8 measures and tokenises every line of every frame afresh: its Output keeps those caches
// per frame (`caches = new OutputCaches()`), and a frame is a new Output. Shared across frames,
// a key that changes two rows of the grid pays for two lines, not 24 (issue #11: ↓ took 14 ms,
// most of it Ink's tokenize and string-width). Bounded: emptied once they hold many lines, as a
// long-running session draws ever new ones (clock, ages). The build fails if Ink's code changes.
const INK_OUTPUT_CACHES = 'caches = new OutputCaches();';
const inkFrameCaches = {
	name: 'ink-frame-caches',
	setup(builder) {
		builder.onLoad({filter: /[/\\]node_modules[/\\]ink[/\\]build[/\\]output\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes(INK_OUTPUT_CACHES)) throw new Error(`ink-frame-caches: ${args.path} no longer has "${INK_OUTPUT_CACHES}": check Ink's Output and this plugin`);
			const shared = [
				'const SHARED_CACHE_LINES = 2000;',
				'let sharedCaches;',
				'function frameCaches() {',
				'\tif (sharedCaches === undefined || sharedCaches.styledChars.size + sharedCaches.widths.size > SHARED_CACHE_LINES) sharedCaches = new OutputCaches();',
				'\treturn sharedCaches;',
				'}',
			].join('\n');
			return {contents: `${source.replace(INK_OUTPUT_CACHES, 'caches = frameCaches();')}\n${shared}\n`, loader: 'js'};
		});
	},
};

const result = await build({
	absWorkingDir: root,
	entryPoints: {ecswatch: 'source/cli.tsx'},
	outdir,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Each command loads only what it uses: cli.tsx reaches the SDK, the simulator, Ink and React
	// through import(), and each of those becomes a chunk of its own (shared code: shared chunks).
	splitting: true,
	// The SDK's ES module build (dist-es) rather than its CommonJS one: esbuild drops what ecswatch
	// does not use (the other ECS commands' code) and loads credential providers only when reached.
	mainFields: ['module', 'main'],
	chunkNames: 'chunks/[name]-[hash]',
	// V8 parses every byte of a chunk it loads: minified, there are half as many.
	minify: true,
	// …keeping the names of classes and functions: the SDK compares constructor.name (its
	// NoOpLogger; its errors' names), and --debug's stack traces stay readable.
	keepNames: true,
	// React's and the reconciler's development builds (hundreds of KB) are dropped at build time.
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink loads its React devtools bridge only when DEV=true, and the bridge's package is not installed.
	external: ['./devtools.js'],
	// For the CommonJS packages inside the bundle (the SDK's) that call require() for Node built-ins.
	banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	metafile: true,
	plugins: [inkFrameCaches],
	logLevel: 'warning',
});

// Chunk names carry a hash of their content: the chunks of earlier builds are removed.
const built = new Set(Object.keys(result.metafile.outputs).map((file) => resolve(root, file)));
for (const file of readdirSync(join(outdir, 'chunks'))) {
	const path = join(outdir, 'chunks', file);
	if (!built.has(path)) rmSync(path, {force: true});
}

if (metafile !== undefined) {
	writeFileSync(metafile, JSON.stringify(result.metafile));
	process.stderr.write(`esbuild metafile: ${relative(process.cwd(), resolve(metafile))}\n`);
}
