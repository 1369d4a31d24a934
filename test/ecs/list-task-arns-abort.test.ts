import {createServer, type IncomingMessage} from 'node:http';
import type {AddressInfo} from 'node:net';
import {describe, expect, it} from 'vitest';
import {createEcsClient} from '../../source/ecs/client.js';
import {listAllTaskArns} from '../../source/ecs/list-task-arns.js';
import {TEST_CREDENTIALS} from '../helpers/fake-ecs-handler.js';

// Not in fetch-tasks.test.ts: aws-sdk-client-mock replaces `send` on every ECSClient there.
describe('listAllTaskArns against a server that holds the second page', () => {
	it('aborts the request in flight, not only the loop', async () => {
		let pagesAsked = 0;
		let held: IncomingMessage | undefined;
		let onHeld = () => {};
		const heldPromise = new Promise<void>((resolve) => {
			onHeld = resolve;
		});
		const server = createServer((request, response) => {
			pagesAsked++;
			if (pagesAsked === 1) {
				response.writeHead(200, {'content-type': 'application/x-amz-json-1.1'});
				response.end(JSON.stringify({taskArns: ['arn:aws:ecs:us-east-1:1:task/prod/a'], nextToken: 'page-2'}));
				return;
			}

			held = request;
			onHeld();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as AddressInfo;
		const client = createEcsClient({region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`}, {credentials: TEST_CREDENTIALS, maxAttempts: 1});
		const controller = new AbortController();
		try {
			const listing = listAllTaskArns(client, {cluster: 'prod', desiredStatus: 'RUNNING', signal: controller.signal});
			const outcome = listing.then(() => 'listed', (error: Error) => error.name);
			await heldPromise;
			const socketClosed = new Promise<void>((resolve) => held?.socket.once('close', () => resolve()));
			controller.abort();

			expect(await outcome).toBe('AbortError');
			// The held request's connection is torn down by the client (well before any timeout).
			await socketClosed;
			expect(pagesAsked).toBe(2);
		} finally {
			client.destroy();
			server.closeAllConnections();
			server.close();
		}
	});
});
