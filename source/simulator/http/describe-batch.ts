import type {WireRecord} from '../engine/world-api.js';
import {invalidParameter} from './ecs-fault.js';
import {missing} from './operation.js';

export interface DescribeBatch {
	/** The request's list, as ECS names it in its messages: `Tasks`, `Services`. */
	label: string;
	ids: readonly string[];
	limit: number;
	/** The record for an id or ARN, undefined when unknown. */
	lookup: (id: string) => WireRecord | undefined;
	/** The full ARN ECS reports in a MISSING failure for a short id. */
	arnFor: (id: string) => string;
	keep: (record: WireRecord) => WireRecord;
}

/**
 * The shape every Describe* operation shares: 1..limit ids (else InvalidParameterException),
 * found records in request order, and a MISSING failure for each unknown id.
 */
export function describeBatch(batch: DescribeBatch): {found: WireRecord[]; failures: WireRecord[]} {
	if (batch.ids.length === 0) {
		throw invalidParameter(`${batch.label} cannot be empty.`);
	}

	if (batch.ids.length > batch.limit) {
		throw invalidParameter(`${batch.label} cannot have more than ${batch.limit} items.`);
	}

	const found: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const id of batch.ids) {
		const record = batch.lookup(id);
		if (record) found.push(batch.keep(record));
		else failures.push(missing(id.startsWith('arn:') ? id : batch.arnFor(id)));
	}

	return {found, failures};
}
