import type {EcsAttachment, EcsContainer, EcsKeyValuePair, EcsTask} from './ecs-types.js';
import type {TaskRow} from './task-row.js';

export const ENI_ATTACHMENT_TYPE = 'ElasticNetworkInterface';

/** Where a task's awsvpc ENI is, as far as DescribeTasks tells. */
export type TaskNetwork = Pick<TaskRow, 'eniId' | 'privateIpv4' | 'ipv6' | 'subnetId' | 'macAddress' | 'privateDnsName' | 'attachmentStatus'>;

// No published dual-stack DescribeTasks response was found to confirm the detail's name, so both
// spellings seen in client code are accepted.
const IPV6_DETAIL_NAMES = ['ipv6Address', 'privateIPv6Address'];

function detail(details: EcsKeyValuePair[] | undefined, ...names: string[]): string | null {
	for (const name of names) {
		const value = details?.find((pair) => pair.name === name)?.value;
		if (value !== undefined && value !== '') {
			return value;
		}
	}

	return null;
}

/**
 * The container-level view of the ENI (`privateIpv4Address` / `ipv6Address`, different casing
 * from the attachment details), preferring interfaces of the given attachment.
 */
function containerAddress(
	containers: EcsContainer[] | undefined,
	attachmentId: string | undefined,
	field: 'privateIpv4Address' | 'ipv6Address',
): string | null {
	const interfaces = (containers ?? []).flatMap((container) => container.networkInterfaces ?? []);
	const ordered = [
		...interfaces.filter((ni) => attachmentId !== undefined && ni.attachmentId === attachmentId),
		...interfaces,
	];
	for (const ni of ordered) {
		const value = ni[field];
		if (value !== undefined && value !== '') {
			return value;
		}
	}

	return null;
}

/** The task's ENI attachment, if it has one (awsvpc network mode). */
export function findEniAttachment(task: EcsTask): EcsAttachment | undefined {
	return task.attachments?.find((attachment) => attachment.type === ENI_ATTACHMENT_TYPE);
}

/**
 * ENI id, addresses and attachment status from the `ElasticNetworkInterface` attachment, falling
 * back to `containers[].networkInterfaces` for addresses the attachment does not (yet) carry.
 */
export function toTaskNetwork(task: EcsTask): TaskNetwork {
	const attachment = findEniAttachment(task);
	const details = attachment?.details;
	return {
		eniId: detail(details, 'networkInterfaceId'),
		privateIpv4:
			detail(details, 'privateIPv4Address')
			?? containerAddress(task.containers, attachment?.id, 'privateIpv4Address'),
		ipv6: detail(details, ...IPV6_DETAIL_NAMES) ?? containerAddress(task.containers, attachment?.id, 'ipv6Address'),
		subnetId: detail(details, 'subnetId'),
		macAddress: detail(details, 'macAddress'),
		privateDnsName: detail(details, 'privateDnsName'),
		attachmentStatus: attachment?.status ?? null,
	};
}
