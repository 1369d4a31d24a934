import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const uiLibraries = ['react', 'react/*', 'ink', 'ink-*'];
const sdk = ['@aws-sdk/*', '@smithy/*'];

/** Keeps the layers apart: data flows ecs → model → watch → ui, and only ecs/ talks to AWS. */
const layer = (files, patterns, message) => ({
	files,
	rules: {
		'no-restricted-imports': ['error', {patterns: [{group: patterns, message}]}],
	},
});

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
	layer(['source/model/**'], [...uiLibraries, ...sdk, '../*', 'node:*'], 'model/ is pure: no I/O, no React, no SDK, nothing of ours.'),
	layer(['source/ecs/**'], [...uiLibraries, '../watch/*', '../ui/*', '../simulator/*'], 'ecs/ is the AWS I/O layer: it may use model/ only.'),
	layer(['source/watch/**'], [...uiLibraries, ...sdk, '../ui/*', '../simulator/*'], 'watch/ is plain TypeScript: no React, no SDK.'),
	layer(['source/simulator/**'], [...uiLibraries, ...sdk, '../ui/*', '../watch/*', '../ecs/*'], 'the simulator is a server: it speaks the wire protocol, never the SDK.'),
	layer(['source/ui/**'], [...sdk, '../ecs/*', '../simulator/*'], 'ui/ renders state: it reaches AWS only through watch/.'),
);
