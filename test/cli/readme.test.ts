import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {helpText} from '../../source/cli/help-text.js';
import {COMMANDS} from '../../source/ui/keymap.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = (title: string) => {
	const start = readme.indexOf(`\n## ${title}`);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
};

describe('README, the user\'s front door', () => {
	it('documents every key of the key table', () => {
		const screen = section('The screen');
		const keys = COMMANDS.flatMap((command) => command.keys.map((key) => key.display));
		expect(keys.length).toBeGreaterThan(10);
		for (const key of keys) expect(screen, `key ${key}`).toContain(`\`${key}\``);
	});

	it('documents every flag that --help lists', () => {
		const flags = [...new Set(helpText.match(/--[a-z][a-z-]*/gu))];
		expect(flags.length).toBeGreaterThan(10);
		for (const flag of flags) expect(readme, `flag ${flag}`).toContain(`\`${flag}`);
	});

	it('gives the two set-up commands: run the demo, run the tests', () => {
		const quickStart = section('Quick start');
		expect(quickStart).toContain('npm ci && npm run demo');
		expect(quickStart).toContain('npm test');
	});
});
