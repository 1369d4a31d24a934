import {describe, expect, it} from 'vitest';
import {ipSortKey} from '../../source/model/ip-address.js';

describe('ipSortKey', () => {
	it('reads IPv4 as its four octets', () => {
		expect(ipSortKey('10.0.2.9')).toEqual([4, 10, 0, 2, 9]);
		expect(ipSortKey('255.255.255.255')).toEqual([4, 255, 255, 255, 255]);
	});

	it('reads IPv6 as eight 16-bit groups, :: and IPv4 tails included, zones ignored', () => {
		expect(ipSortKey('2600:1f18:0:0:0:0:0:9')).toEqual([6, 0x2600, 0x1f18, 0, 0, 0, 0, 0, 9]);
		expect(ipSortKey('2600:1F18::9')).toEqual([6, 0x2600, 0x1f18, 0, 0, 0, 0, 0, 9]);
		expect(ipSortKey('::1')).toEqual([6, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect(ipSortKey('::')).toEqual([6, 0, 0, 0, 0, 0, 0, 0, 0]);
		expect(ipSortKey('fe80::')).toEqual([6, 0xfe80, 0, 0, 0, 0, 0, 0, 0]);
		expect(ipSortKey('::ffff:10.0.0.1')).toEqual([6, 0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0001]);
		expect(ipSortKey('fe80::1%eth0')).toEqual([6, 0xfe80, 0, 0, 0, 0, 0, 0, 1]);
	});

	it('is null for anything else', () => {
		for (const text of ['', '10.0.0', '10.0.0.256', '010.0.0.1', '1.2.3.4.5', 'a::b::c', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2:3:4:5:6:7:8', '12345::', 'eni-1', 'g::1']) {
			expect(ipSortKey(text), text).toBeNull();
		}
	});
});
