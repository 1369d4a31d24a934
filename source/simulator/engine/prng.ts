/** A small seeded PRNG (mulberry32): the simulator never uses Math.random, so runs are reproducible. */
export class Prng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/**
	 * Runs `action` on this generator's stream as seen from another seed, then resumes where it was:
	 * what `action` draws does not shift later draws. mulberry32's state advances by a constant, so
	 * `seed ^ 0x80000000` starts 2^31 draws away from `seed`: the two never meet in practice.
	 */
	fork<T>(seed: number, action: () => T): T {
		const saved = this.state;
		this.state = seed >>> 0;
		try {
			return action();
		} finally {
			this.state = saved;
		}
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d_2b_79_f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	hex(length: number): string {
		let out = '';
		for (let i = 0; i < length; i++) {
			out += Math.floor(this.next() * 16).toString(16);
		}

		return out;
	}

	digits(length: number): string {
		let out = String(this.int(1, 9));
		while (out.length < length) {
			out += String(this.int(0, 9));
		}

		return out;
	}

	uuid(): string {
		const h = this.hex(32);
		const variant = '89ab'[this.int(0, 3)] ?? '8';
		return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
	}

	mac(): string {
		const bytes = ['0e'];
		for (let i = 0; i < 5; i++) {
			bytes.push(this.hex(2));
		}

		return bytes.join(':');
	}
}
