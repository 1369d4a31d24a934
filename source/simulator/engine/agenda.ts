interface Entry {
	at: number;
	seq: number;
	run: (at: number) => void;
}

/** A min-heap of due transitions, ordered by time then by insertion (so equal times stay FIFO). */
export class Agenda {
	private readonly heap: Entry[] = [];
	private seq = 0;

	get size(): number {
		return this.heap.length;
	}

	schedule(at: number, run: (at: number) => void): void {
		this.heap.push({at, seq: this.seq++, run});
		this.up(this.heap.length - 1);
	}

	/** Runs every entry due at or before `until`, including ones scheduled while running. */
	runUntil(until: number): void {
		for (;;) {
			const top = this.heap[0];
			if (!top || top.at > until) {
				return;
			}

			this.pop();
			top.run(top.at);
		}
	}

	private pop(): void {
		const last = this.heap.pop();
		if (last && this.heap.length > 0) {
			this.heap[0] = last;
			this.down(0);
		}
	}

	private less(a: number, b: number): boolean {
		const x = this.heap[a]!;
		const y = this.heap[b]!;
		return x.at < y.at || (x.at === y.at && x.seq < y.seq);
	}

	private swap(a: number, b: number): void {
		const x = this.heap[a]!;
		this.heap[a] = this.heap[b]!;
		this.heap[b] = x;
	}

	private up(i: number): void {
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.less(i, parent)) {
				return;
			}

			this.swap(i, parent);
			i = parent;
		}
	}

	private down(i: number): void {
		const n = this.heap.length;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let m = i;
			if (l < n && this.less(l, m)) m = l;
			if (r < n && this.less(r, m)) m = r;
			if (m === i) return;
			this.swap(i, m);
			i = m;
		}
	}
}
