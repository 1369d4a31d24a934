import type {FaultController} from '../faults/fault-controller.js';
import {faultsAsJson, parseFaultJson} from '../faults/fault-spec.js';

/** Where the simulator's faults are read (GET) and replaced (PUT): not an ECS operation. */
export const faultPath = '/_ecswatch/faults';

export interface FaultEndpointAnswer {
	status: number;
	headers: Record<string, string>;
	body: string;
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}): FaultEndpointAnswer => ({
	status,
	headers: {'content-type': 'application/json', ...headers},
	body: `${JSON.stringify(value)}\n`,
});

/**
 * `GET` answers the active faults (`{"error500": 0.5}`); `PUT` of such an object makes it the whole
 * set (`{}` clears them) and answers the set now active; a bad body is a 400 `{"error": "..."}` and
 * changes nothing.
 */
export function answerFaultRequest(faults: FaultController, method: string, body: string): FaultEndpointAnswer {
	if (method === 'GET') return json(200, faultsAsJson(faults.current()));
	if (method !== 'PUT') return json(405, {error: `${method} is not answered here: GET reads the faults, PUT replaces them.`}, {allow: 'GET, PUT'});
	let parsed: unknown;
	try {
		parsed = JSON.parse(body) as unknown;
	} catch {
		return json(400, {error: `the body is not JSON: send an object such as {"error500": 0.5}, or {} to clear the faults.`});
	}

	const faultOptions = parseFaultJson(parsed);
	if (!faultOptions.ok) return json(400, {error: faultOptions.message});
	faults.replace(faultOptions.value);
	return json(200, faultsAsJson(faults.current()));
}
