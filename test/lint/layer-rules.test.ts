import {fileURLToPath} from 'node:url';
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({cwd: ROOT});
const LAYER_RULES = new Set(['no-restricted-imports', '@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

/** The layer-rule errors of `code` linted as if it were the file `filePath` (which need not exist). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath});
	return (result?.messages ?? []).filter((m) => m.severity === 2 && LAYER_RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

/** All errors, any rule: an allowed snippet must lint clean. */
async function allErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath});
	return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
	it.each([
		['source/model/sub/x.ts', `import {useState} from 'react';\nexport const s = useState;`],
		['source/model/x.ts', `import {readFileSync} from 'fs';\nexport const r = readFileSync;`],
		['source/model/x.ts', `import {join} from 'node:path';\nexport const j = join;`],
		['source/model/x.ts', `import {readFile} from 'fs/promises';\nexport const r = readFile;`],
		['source/model/x.ts', `import {spawn} from 'child_process';\nexport const s = spawn;`],
		['source/model/x.ts', `export {ECSClient} from '@aws-sdk/client-ecs';`],
		['source/model/x.ts', `export const load = async () => await import('node:fs');`],
		['source/model/deep/er/x.ts', `import type {PollError} from '../../../watch/snapshot.js';\nexport type E = PollError;`],
		['source/model/x.ts', `import {main} from '../cli.js';\nexport const m = main;`],
		['source/ecs/x.ts', `import {createPoller} from '../watch/poller.js';\nexport const p = createPoller;`],
		['source/ecs/x.ts', `import {Text} from 'ink';\nexport const t = Text;`],
		['source/watch/x.ts', `export const load = async () => await import('../ecs/client.js');`],
		['source/watch/x.ts', `import type {HttpRequest} from '@smithy/types';\nexport type R = HttpRequest;`],
		['source/watch/x.tsx', `export const x = <div />;`],
		['source/watch/x.ts', `export const load = async (name: string) => await import(name);`],
		['source/simulator/http/x.ts', `import {lastArnSegment} from '../../model/arn.js';\nexport const l = lastArnSegment;`],
		['source/simulator/engine/x.ts', `import {createEcsClient} from '../../ecs/client.js';\nexport const c = createEcsClient;`],
		['source/simulator/x.ts', `import React from 'react';\nexport const r = React;`],
		['source/ui/screens/tasks/x.tsx', `import {createEcsClient} from '../../../ecs/client.js';\nexport const c = createEcsClient;`],
		['source/ui/x.ts', `export const s = require('../simulator/start-simulator.js');`],
		['source/ui/x.ts', `import {snapshotText} from '../cli/run-once.js';\nexport const s = snapshotText;`],
		['source/ui/x.ts', `import {readFileSync} from 'node:fs';\nexport const r = readFileSync;`],
		['source/ui/x.ts', `import {ECSClient} from '@aws-sdk/client-ecs';\nexport const c = ECSClient;`],
		['source/output/x.ts', `import {Text} from 'ink';\nexport const t = Text;`],
		['source/output/x.ts', `export const load = async () => await import('ink');`],
		['source/output/x.ts', `import {snapshotText} from '../cli/run-once.js';\nexport const s = snapshotText;`],
		['source/output/x.ts', `import {toPollError} from '../watch/to-poll-error.js';\nexport const t = toPollError;`],
		['source/cli/x.ts', `import {ECSClient} from '@aws-sdk/client-ecs';\nexport const c = ECSClient;`],
		['source/cli/x.ts', `export type C = import('@aws-sdk/client-ecs').ECSClient;`],
		['source/cli.tsx', `export const load = async () => await import('@aws-sdk/client-ecs');`],
	])('%s: forbids %s', async (filePath, code) => {
		expect(await layerErrors(filePath, code)).not.toEqual([]);
	});

	it.each([
		['source/model/sub/x.ts', `import {lastArnSegment} from '../arn.js';\nexport const l = lastArnSegment;`],
		['source/model/x.ts', `import {y} from './sub/deeper/y.js';\nimport stringWidth from 'string-width';\nexport const l = [y, stringWidth];`],
		['source/ecs/x.ts', `import {ECSClient} from '@aws-sdk/client-ecs';\nimport {lastArnSegment} from '../model/arn.js';\nexport const l = [ECSClient, lastArnSegment];`],
		['source/watch/x.ts', `import {sanitize} from '../model/sanitize.js';\nexport const s = sanitize;`],
		['source/simulator/http/x.ts', `import {createServer} from 'node:http';\nimport type {World} from '../engine/world-api.js';\nexport const s: [typeof createServer, World | null] = [createServer, null];`],
		['source/ui/screens/x.tsx', `import {Text} from 'ink';\nimport {lastArnSegment} from '../../model/arn.js';\nimport type {PollError} from '../../watch/snapshot.js';\nexport const x = (e: PollError) => <Text>{lastArnSegment(e.name)}</Text>;`],
		['source/output/x.ts', `import {MISSING} from '../model/format.js';\nexport const m = MISSING;`],
		['source/ui/x.ts', `import {rolloutSentenceText} from '../output/rollout-sentence.js';\nexport const r = rolloutSentenceText;`],
		['source/cli/x.ts', `import {TerminalApp} from '../ui/terminal-app.js';\nimport {createEcsClient} from '../ecs/client.js';\nimport {startSimulator} from '../simulator/start-simulator.js';\nexport const l = [TerminalApp, createEcsClient, startSimulator];`],
		['source/cli.tsx', `export const load = async () => await import('./cli/run-app.js');`],
	])('%s: allows %s', async (filePath, code) => {
		expect(await allErrors(filePath, code)).toEqual([]);
	});
});
