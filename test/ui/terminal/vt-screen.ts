import stringWidth from 'string-width';

/** One cell: its character ('' for the second half of a wide one) and the style it was written in. */
interface Cell {
	char: string;
	style: string;
}

const blank = (): Cell => ({char: ' ', style: ''});

/**
 * A small VT100/xterm model, enough to replay what a screen update writes and read the screen back:
 * text (wide characters take two cells, a line that reaches the last column wraps on its next
 * character), CUP (CSI r;c H), EL (CSI n K), ED (CSI n J), DECSTBM (CSI t;b r, which also homes
 * the cursor), IL and DL (CSI n L / CSI n M, inside the margins only), SU and SD (CSI n S / CSI n T),
 * DECSC and DECRC (ESC 7 / ESC 8), SGR kept per cell, OSC 8 links kept per cell; private modes
 * (CSI ? … h/l) change no cell. Anything else throws, so an update cannot rely on a sequence the
 * model does not know.
 */
export class VtScreen {
	private cells: Cell[][];
	private row = 0;
	private column = 0;
	private pendingWrap = false;
	private top = 0;
	private bottom: number;
	private sgr: string[] = [];
	private link = '';
	private saved: {row: number; column: number} = {row: 0, column: 0};

	constructor(readonly columns: number, readonly rows: number) {
		this.cells = Array.from({length: rows}, () => this.blankRow());
		this.bottom = rows - 1;
	}

	/** The cursor, 0-based. */
	get cursor(): {row: number; column: number} {
		return {row: this.row, column: this.column};
	}

	/** The scrolling margins, 0-based and inclusive. */
	get margins(): {top: number; bottom: number} {
		return {top: this.top, bottom: this.bottom};
	}

	write(bytes: string): this {
		// eslint-disable-next-line no-control-regex
		const pattern = /\u001B\[([?]?)([\d;:]*)([@-~])|\u001B\](.*?)(?:\u0007|\u001B\\)|\u001B([78])|([\n\r])|([^\u001B\n\r]+)|(\u001B.?)/gsu;
		for (const match of bytes.matchAll(pattern)) {
			const [, question, parameters, command, osc, escape, control, text, unknown] = match;
			if (unknown !== undefined) throw new Error(`VtScreen: unknown sequence ${JSON.stringify(unknown)}`);
			if (text !== undefined) this.print(text);
			else if (control === '\n') this.lineFeed();
			else if (control === '\r') this.carriageReturn();
			else if (escape === '7') this.saved = {row: this.row, column: this.column};
			else if (escape === '8') this.moveTo(this.saved.row, this.saved.column);
			else if (osc !== undefined) this.osc(osc);
			else if (question === '?') {
				if (command !== 'h' && command !== 'l') throw new Error(`VtScreen: unknown private sequence ${command ?? ''}`);
			} else this.csi(parameters ?? '', command ?? '');
		}

		return this;
	}

	/** Each row's text, trailing blanks removed. */
	text(): string[] {
		return this.cells.map(row => row.map(cell => cell.char).join('').trimEnd());
	}

	/** Each row with its styles: runs of cells of one style as `{style}text`, trailing unstyled blanks removed. */
	styled(): string[] {
		return this.cells.map(row => {
			let line = '';
			let style: string | undefined;
			for (const cell of row) {
				if (cell.style !== style) {
					line += `{${cell.style}}`;
					style = cell.style;
				}

				line += cell.char;
			}

			return line.replace(/(?:\{\})? *$/u, '');
		});
	}

	private blankRow(): Cell[] {
		return Array.from({length: this.columns}, blank);
	}

	private get style(): string {
		return this.sgr.toSorted().join(';') + (this.link === '' ? '' : `|${this.link}`);
	}

	private moveTo(row: number, column: number) {
		this.row = Math.max(0, Math.min(this.rows - 1, row));
		this.column = Math.max(0, Math.min(this.columns - 1, column));
		this.pendingWrap = false;
	}

	private print(text: string) {
		for (const {segment} of new Intl.Segmenter().segment(text)) {
			const width = stringWidth(segment);
			if (width === 0) continue;
			if (this.pendingWrap || this.column + width > this.columns) {
				this.carriageReturn();
				this.lineFeed();
			}

			const line = this.cells[this.row]!;
			line[this.column] = {char: segment, style: this.style};
			if (width === 2) line[this.column + 1] = {char: '', style: this.style};
			if (this.column + width >= this.columns) {
				this.column = this.columns - 1;
				this.pendingWrap = true;
			} else {
				this.column += width;
			}
		}
	}

	private carriageReturn() {
		this.column = 0;
		this.pendingWrap = false;
	}

	private lineFeed() {
		this.pendingWrap = false;
		if (this.row === this.bottom) this.scrollUp(this.top, this.bottom, 1);
		else if (this.row < this.rows - 1) this.row++;
	}

	private scrollUp(top: number, bottom: number, count: number) {
		for (let index = 0; index < count; index++) {
			this.cells.splice(top, 1);
			this.cells.splice(bottom, 0, this.blankRow());
		}
	}

	private scrollDown(top: number, bottom: number, count: number) {
		for (let index = 0; index < count; index++) {
			this.cells.splice(bottom, 1);
			this.cells.splice(top, 0, this.blankRow());
		}
	}

	private osc(body: string) {
		const link = /^8;[^;]*;(.*)$/su.exec(body);
		if (link === null) throw new Error(`VtScreen: unknown OSC ${JSON.stringify(body)}`);
		this.link = link[1] ?? '';
	}

	private csi(parameters: string, command: string) {
		const numbers = parameters.split(';').map(value => (value === '' ? undefined : Number(value)));
		const first = numbers[0];
		const count = Math.max(1, first ?? 1);
		const inMargins = this.row >= this.top && this.row <= this.bottom;
		switch (command) {
			case 'H': {
				this.moveTo((first ?? 1) - 1, (numbers[1] ?? 1) - 1);
				break;
			}

			case 'K': {
				const line = this.cells[this.row]!;
				const [from, to] = first === 1 ? [0, this.column + 1] : (first === 2 ? [0, this.columns] : [this.column, this.columns]);
				for (let column = from; column < to; column++) line[column] = blank();
				this.pendingWrap = false;
				break;
			}

			case 'J': {
				if (first !== 2) throw new Error('VtScreen: only CSI 2 J is modelled');
				this.cells = Array.from({length: this.rows}, () => this.blankRow());
				break;
			}

			case 'r': {
				const top = (first ?? 1) - 1;
				const bottom = (numbers[1] ?? this.rows) - 1;
				// An invalid region is ignored, as xterm does.
				if (top < bottom && bottom < this.rows) {
					this.top = top;
					this.bottom = bottom;
				}

				this.moveTo(0, 0);
				break;
			}

			case 'L': {
				if (inMargins) this.scrollDown(this.row, this.bottom, Math.min(count, this.bottom - this.row + 1));
				this.carriageReturn();
				break;
			}

			case 'M': {
				if (inMargins) this.scrollUp(this.row, this.bottom, Math.min(count, this.bottom - this.row + 1));
				this.carriageReturn();
				break;
			}

			case 'S': {
				this.scrollUp(this.top, this.bottom, Math.min(count, this.bottom - this.top + 1));
				break;
			}

			case 'T': {
				this.scrollDown(this.top, this.bottom, Math.min(count, this.bottom - this.top + 1));
				break;
			}

			case 'm': {
				this.applySgr(parameters);
				break;
			}

			default: {
				throw new Error(`VtScreen: unknown CSI ${parameters}${command}`);
			}
		}
	}

	/** Keeps the SGR parameters in force, reset by 0 (or an empty SGR); each closing code drops what it closes. */
	private applySgr(parameters: string) {
		const codes = parameters === '' ? ['0'] : parameters.split(';');
		for (let index = 0; index < codes.length; index++) {
			const code = Number(codes[index]);
			if (code === 0) {
				this.sgr = [];
				continue;
			}

			// 38;5;n, 38;2;r;g;b and their background twins are one parameter each.
			let parameter = String(code);
			if (code === 38 || code === 48 || code === 58) {
				const length = codes[index + 1] === '5' ? 2 : 4;
				parameter = codes.slice(index, index + 1 + length).join(';');
				index += length;
			}

			// 22 ends both bold and dim.
			const groups = code === 22 ? ['bold', 'dim'] : [sgrGroup(code)];
			this.sgr = this.sgr.filter(kept => !groups.includes(sgrGroup(Number(kept.split(';')[0]))));
			if (!SGR_CLOSERS.has(code)) this.sgr.push(parameter);
		}
	}
}

/** SGR codes that turn an attribute off (and add nothing). */
const SGR_CLOSERS = new Set([22, 23, 24, 25, 27, 28, 29, 39, 49, 59]);

/** Which attribute an SGR code sets or clears: codes of one group replace each other. */
function sgrGroup(code: number): string {
	if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) return 'fg';
	if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) return 'bg';
	if (code === 58 || code === 59) return 'ul-colour';
	if (code === 1) return 'bold';
	if (code === 2) return 'dim';
	if (code === 21 || code === 4 || code === 24) return 'underline';
	if (code === 3 || code === 23) return 'italic';
	if (code === 5 || code === 25) return 'blink';
	if (code === 7 || code === 27) return 'inverse';
	if (code === 8 || code === 28) return 'hidden';
	if (code === 9 || code === 29) return 'strike';
	return String(code);
}
