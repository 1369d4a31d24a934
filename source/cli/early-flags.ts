import {readFileSync} from 'node:fs';

/**
 * What the command line says before the parser is loaded: the parser, the help text it imports
 * (built from the key table) and the rest of ecswatch cost more to load than `ecswatch --version` may take.
 * Nothing here imports another module of ours.
 */

/** The arguments before `--` (after it, nothing is a flag). */
export function beforeSeparator(argv: readonly string[]): readonly string[] {
	const end = argv.indexOf('--');
	return end === -1 ? argv : argv.slice(0, end);
}

/** `--debug` (or its last spelling, `--no-debug` and `--debug=false` included): read before anything can fail. */
export function wantsDebug(argv: readonly string[]): boolean {
	let debug = false;
	for (const token of beforeSeparator(argv)) {
		if (token === '--debug' || token === '--debug=true') debug = true;
		else if (token === '--no-debug' || token === '--debug=false') debug = false;
	}

	return debug;
}

/** `ecswatch --version` and `ecswatch --help` alone; with anything else, the parser answers --help and refuses --version. */
export function loneFlag(argv: readonly string[]): 'version' | 'help' | undefined {
	if (argv.length !== 1) return undefined;
	return argv[0] === '--version' ? 'version' : argv[0] === '--help' ? 'help' : undefined;
}

/**
 * The version in the nearest package.json above `moduleUrl`: ecswatch's own, whether run from
 * dist/, from source/ or from an installed package.
 */
export function packageVersion(moduleUrl: string): string {
	let directory = new URL('./', moduleUrl);
	for (;;) {
		const text = readText(new URL('package.json', directory));
		if (text !== undefined) {
			const {version} = JSON.parse(text) as {version?: unknown};
			return typeof version === 'string' && version !== '' ? version : NO_VERSION;
		}

		const parent = new URL('../', directory);
		if (parent.href === directory.href) return NO_VERSION;
		directory = parent;
	}
}

/** What ecswatch has always printed (meow's words) when there is no package.json. */
const NO_VERSION = 'No version found';

function readText(file: URL): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}
