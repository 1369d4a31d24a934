import type {Prng} from './prng.js';

export interface Subnet {
	id: string;
	availabilityZone: string;
	/** e.g. 10.0.16.0/20 */
	cidr: string;
	base: number;
	size: number;
	used: Uint8Array;
	free: number;
}

/** AWS reserves the network address, the next three and the broadcast address of every subnet. */
const reservedLow = 4;

const ipToNumber = (ip: string): number =>
	ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);

export const numberToIp = (n: number): string =>
	[n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

export function createSubnet(id: string, availabilityZone: string, cidr: string): Subnet {
	const [address = '', bits = '24'] = cidr.split('/');
	const size = 2 ** (32 - Number(bits));
	return {id, availabilityZone, cidr, base: ipToNumber(address), size, used: new Uint8Array(size), free: size - reservedLow - 1};
}

/** Picks a free private IPv4 address of the subnet at random, never one in use or reserved. */
export function allocateIp(subnet: Subnet, prng: Prng): string | undefined {
	if (subnet.free <= 0) {
		return undefined;
	}

	const usable = subnet.size - reservedLow - 1;
	let offset = reservedLow + prng.int(0, usable - 1);
	while (subnet.used[offset] === 1) {
		offset = offset + 1 >= subnet.size - 1 ? reservedLow : offset + 1;
	}

	subnet.used[offset] = 1;
	subnet.free--;
	return numberToIp(subnet.base + offset);
}

export function releaseIp(subnet: Subnet, ip: string): void {
	const offset = ipToNumber(ip) - subnet.base;
	if (subnet.used[offset] === 1) {
		subnet.used[offset] = 0;
		subnet.free++;
	}
}

/** `ip-10-0-1-23.ec2.internal` in us-east-1, `ip-10-0-1-23.eu-west-1.compute.internal` elsewhere. */
export function privateDnsName(ip: string, region: string): string {
	const host = `ip-${ip.replaceAll('.', '-')}`;
	return region === 'us-east-1' ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`;
}

export interface ContainerInstance {
	arn: string;
	ec2InstanceId: string;
	availabilityZone: string;
	subnetId: string;
	nextHostPort: number;
	freePorts: number[];
}

/** Dynamic host ports come from the ephemeral range, as ECS assigns them in bridge mode. */
export function allocateHostPort(instance: ContainerInstance): number {
	return instance.freePorts.shift() ?? instance.nextHostPort++;
}

export function releaseHostPort(instance: ContainerInstance, port: number): void {
	instance.freePorts.push(port);
}
