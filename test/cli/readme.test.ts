import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {helpText} from '../../source/cli/help-text.js';
import {columnNames} from '../../source/model/parse-columns.js';
import {keyHelpText, keyMarkdown} from '../../source/ui/keys/key-reference.js';
import {filterFieldsMarkdown} from '../../source/ui/list/filter-reference.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = (title: string) => {
	const start = readme.indexOf(`\n## ${title}`);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
};

/** What `ecswatch --help` prints, from the built program. */
const help = () => spawnSync(process.execPath, ['bin/ecswatch.js', '--help'], {cwd: ROOT, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});

/** The text between `<!-- name -->` and `<!-- /name -->` in the README. */
function marked(name: string): string {
	const start = readme.indexOf(`<!-- ${name} -->\n`);
	const end = readme.indexOf(`\n<!-- /${name} -->`);
	if (start === -1 || end === -1) throw new Error(`README has no <!-- ${name} --> section`);
	return readme.slice(start + `<!-- ${name} -->\n`.length, end);
}

describe('README and --help, generated from the key table', () => {
	it('the README\'s key tables are exactly what the key table generates', () => {
		expect(marked('keys')).toBe(keyMarkdown());
	});

	it('the README\'s filter fields are exactly what the filter\'s field tables generate', () => {
		expect(marked('filter-fields')).toBe(filterFieldsMarkdown());
	});

	it('--help\'s key section is exactly what the key table generates', () => {
		expect(help().stdout).toContain(keyHelpText());
		expect(keyHelpText().split('\n').length).toBeGreaterThan(5);
	});

	it('shows --help verbatim in the README\'s usage section', () => {
		const {stdout, status} = help();
		expect(status).toBe(0);
		expect(marked('help')).toBe(`\`\`\`\n${stdout.trim()}\n\`\`\``);
	});
});

describe('README, the user\'s front door', () => {
	it('documents every flag that --help lists', () => {
		const flags = [...new Set(helpText.match(/--[a-z][a-z-]*/gu))];
		expect(flags.length).toBeGreaterThan(10);
		for (const flag of flags) expect(readme, `flag ${flag}`).toContain(`\`${flag}`);
	});

	it('documents every column name of --columns and --sort under Snapshot output', () => {
		const snapshot = section('Snapshot output');
		const rows = snapshot.split('\n').filter((line) => line.startsWith('| `'));
		for (const name of columnNames()) expect(rows.some((row) => row.split(' | ')[0]?.includes(`\`${name}\``)), `column ${name}`).toBe(true);
	});

	it('answers the recipes with commands run against ecswatch simulate, before the simulator\'s section', () => {
		const recipes = section('Recipes');
		expect(readme.indexOf('\n## Recipes')).toBeLessThan(readme.indexOf('\n## The embedded ECS simulator'));
		for (const command of ['--filter ip:', '--filter \'az:b', '-o ips', '--once\nCLUSTER']) expect(recipes).toContain(command);
	});

	it('gives the two set-up commands: run the demo, run the tests', () => {
		const quickStart = section('Quick start');
		expect(quickStart).toContain('npm ci && npm run demo');
		expect(quickStart).toContain('npm test');
	});
});
