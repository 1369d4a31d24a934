import {spawn, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `ecswatch simulate` as a user starts it (built bundle), with `args`; resolves with the process and the endpoint it prints. */
export async function spawnSimulate(args: readonly string[] = []): Promise<{process: ChildProcess; endpoint: string}> {
	const child = spawn(process.execPath, ['bin/ecswatch.js', 'simulate', '--port', '0', ...args], {cwd: root, stdio: ['ignore', 'pipe', 'inherit']});
	let printed = '';
	return new Promise((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			printed += chunk.toString();
			const endpoint = /ECS endpoint (http:\/\/127\.0\.0\.1:\d+)/u.exec(printed)?.[1];
			if (endpoint) resolve({process: child, endpoint});
		});
		child.once('exit', (code) => reject(new Error(`simulate exited with ${code}: ${printed}`)));
	});
}
