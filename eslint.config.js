import {builtinModules} from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Regexes on the import path, written without a bare `/` so they also work inside esquery selectors.

/**
 * A relative path into the top-level folder `name` of source/, from any depth:
 * `../ui/x.js`, `../../../ui/screens/x.js`, `./ui/x.js` (from source/cli.tsx).
 */
const into = (name) => String.raw`^\.{1,2}\/(?:\.\.\/)*${name}(?:\/|$)`;

const OURS = {
	model: into('model'),
	ecs: into('ecs'),
	watch: into('watch'),
	ui: into('ui'),
	simulator: into('simulator'),
	output: into('output'),
	// The entry point source/cli.tsx belongs to cli/.
	cli: `${into('cli')}|${String.raw`^\.{1,2}\/(?:\.\.\/)*cli\.js$`}`,
};

const nodeBuiltins = builtinModules.filter((name) => !name.includes('/'));
const PACKAGES = {
	'React/Ink': String.raw`^(?:react|ink)(?:$|\/|-)`,
	'the AWS SDK': String.raw`^@(?:aws-sdk|smithy)\/`,
	// Both `node:fs` and bare `fs`, `fs/promises`, `child_process`…
	'Node built-ins': String.raw`^node:|^(?:${nodeBuiltins.join('|')})(?:\/|$)`,
};

/**
 * One layer of source/: which of our folders it may import (all others are forbidden) and which
 * packages it must not import. Static imports, `export … from`, `import()`, `require()` and
 * `import('…')` types are all checked.
 */
const layer = ({files, name, may, mayNot, why}) => {
	const restricted = [
		...Object.keys(OURS)
			.filter((other) => other !== name && !may.includes(other))
			.map((other) => ({regex: OURS[other], message: `${name}/ must not import ${other}/: ${why}`})),
		...mayNot.map((what) => ({regex: PACKAGES[what], message: `${name}/ must not import ${what}: ${why}`})),
	];
	const selectors = ['ImportExpression[source.value=/RE/i]', "CallExpression[callee.name='require'][arguments.0.value=/RE/i]", 'TSImportType[source.value=/RE/i]'];
	return {
		files,
		rules: {
			'@typescript-eslint/no-restricted-imports': ['error', {patterns: restricted}],
			'no-restricted-syntax': [
				'error',
				...restricted.flatMap(({regex, message}) => selectors.map((selector) => ({selector: selector.replace('RE', () => regex), message}))),
				{selector: "ImportExpression[source.type!='Literal']", message: 'import() must name its module literally, so the layer rules can check it.'},
				...(mayNot.includes('React/Ink') ? [{selector: 'JSXElement, JSXFragment', message: `${name}/ has no JSX: ${why}`}] : []),
			],
		},
	};
};

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'coverage/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: {globals: {process: 'readonly', console: 'readonly'}},
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
		},
	},
	// Data flows ecs → model → watch → ui; cli/ wires the layers together; only ecs/ talks to AWS.
	layer({
		files: ['source/model/**'], name: 'model', may: [], mayNot: ['React/Ink', 'the AWS SDK', 'Node built-ins'],
		why: 'it is pure (no I/O, no React, no SDK) and imports only its own files and pure packages.',
	}),
	layer({
		files: ['source/ecs/**'], name: 'ecs', may: ['model'], mayNot: ['React/Ink'],
		why: 'it is the AWS I/O layer and uses model/ only.',
	}),
	layer({
		files: ['source/watch/**'], name: 'watch', may: ['model'], mayNot: ['React/Ink', 'the AWS SDK'],
		why: 'it is plain TypeScript: no React, no SDK (not even through ecs/).',
	}),
	layer({
		files: ['source/simulator/**'], name: 'simulator', may: [], mayNot: ['React/Ink', 'the AWS SDK'],
		why: 'the simulator is a server that speaks the wire protocol; it imports only its own files and Node.',
	}),
	layer({
		files: ['source/ui/**'], name: 'ui', may: ['model', 'watch', 'output'], mayNot: ['the AWS SDK', 'Node built-ins'],
		why: 'it renders state (worded by output/ where a sentence is shared with the one-shot commands) and reaches AWS only through watch/.',
	}),
	layer({
		files: ['source/output/**'], name: 'output', may: ['model'], mayNot: ['React/Ink', 'the AWS SDK', 'Node built-ins'],
		why: 'it is pure formatting of model/ rows.',
	}),
	layer({
		files: ['source/cli.tsx', 'source/cli/**'], name: 'cli', may: Object.keys(OURS), mayNot: ['the AWS SDK'],
		why: 'it composes the layers; the SDK stays behind ecs/.',
	}),
);
