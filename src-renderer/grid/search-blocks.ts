/**
 * A grid's rows folded for the search in blocks: the folded text cells of a thousand rows held in one
 * string and found with indexOf, next to each row's shared labels. A query is answered for every row in
 * one pass (a byte per row) the first time AG Grid asks about a row, instead of testing the words row by
 * row inside AG Grid's loop; and 50,000 rows leave a few dozen long strings to the garbage collector rather
 * than 50,000 small keys in a WeakMap, which the first search used to pay for in pauses.
 */
import type { GridRow } from './types.ts';

/** Rows per block: a block folds in a few milliseconds, so idle-time folding stays in short slices. */
export const BLOCK_ROWS = 1024;

/** The words of a query, each with its alternatives (searchTerms). */
export type Terms = readonly (readonly string[])[];

/** Bits of a row's text hits are counted in 32-bit integers: longer queries are tested row by row. */
export const MAX_BLOCK_TERMS = 31;

export interface RowFolder<L> {
  /** The row's text cells folded, one line per cell, none of them holding the line break of another. */
  textOf(row: GridRow): string;
  labelsOf(row: GridRow): L;
}

interface Block {
  /** Each row's text followed by a line break, row after row. */
  readonly text: string;
  /** Where each row's text starts in `text`; one more entry, for the end. */
  readonly starts: Int32Array;
}

export class FoldedBlocks<L> {
  private rows: readonly GridRow[] = [];
  private blocks: (Block | undefined)[] = [];
  private labels: L[] = [];
  /** Positions of the rows, made the first time a row is not where AG Grid says it came from. */
  private positions: Map<GridRow, number> | null = null;
  private nextToFold = 0;
  private textHits = new Uint32Array(0);
  private pass = new Uint8Array(0);
  /** The query `pass` answers, by identity: a new query (or new rows) makes it stale. */
  private answered: Terms | null = null;

  constructor(
    private readonly folder: RowFolder<L>,
    private readonly blockRows = BLOCK_ROWS,
  ) {}

  /** Takes a new list of rows: nothing of the last one is kept. */
  reset(rows: readonly GridRow[]): void {
    this.rows = rows;
    this.blocks = new Array<Block | undefined>(Math.ceil(rows.length / this.blockRows));
    this.labels = new Array<L>(rows.length);
    this.positions = null;
    this.nextToFold = 0;
    this.answered = null;
  }

  /** Folds the same rows again (the searched columns or the labels changed). */
  refold(): void {
    this.reset(this.rows);
  }

  /** Folds the next block not yet folded; false when every block is. */
  foldNext(): boolean {
    while (this.nextToFold < this.blocks.length && this.blocks[this.nextToFold]) this.nextToFold += 1;
    if (this.nextToFold >= this.blocks.length) return false;
    this.build(this.nextToFold);
    return true;
  }

  /**
   * The row's position in the list, or -1 when it is not in it (edited or added since). `hint` is where AG
   * Grid says the row came from, right unless rows were added or removed since the list was given.
   */
  positionOf(row: GridRow, hint: number): number {
    if (hint >= 0 && this.rows[hint] === row) return hint;
    if (!this.positions) {
      this.positions = new Map();
      for (let i = 0; i < this.rows.length; i++) {
        const r = this.rows[i];
        if (r) this.positions.set(r, i);
      }
    }
    return this.positions.get(row) ?? -1;
  }

  /**
   * Whether the row at `position` holds every word of `terms` (at most MAX_BLOCK_TERMS) in its text or its
   * labels; `labelHits` gives the words a row's labels hold, as bits.
   */
  passes(position: number, terms: Terms, labelHits: (labels: L) => number): boolean {
    if (this.answered !== terms) this.answer(terms, labelHits);
    return this.pass[position] === 1;
  }

  private answer(terms: Terms, labelHits: (labels: L) => number): void {
    const n = this.rows.length;
    if (this.pass.length !== n) {
      this.pass = new Uint8Array(n);
      this.textHits = new Uint32Array(n);
    } else this.textHits.fill(0);
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.blocks[b] ?? this.build(b);
      for (let t = 0; t < terms.length; t++) for (const a of terms[t] ?? []) this.scan(block, b * this.blockRows, a, 1 << t);
    }
    const all = (2 ** terms.length - 1) >>> 0;
    const { pass, textHits, labels } = this;
    for (let i = 0; i < n; i++) {
      const l = labels[i];
      pass[i] = l !== undefined && ((textHits[i] ?? 0) | labelHits(l)) >>> 0 === all ? 1 : 0;
    }
    this.answered = terms;
  }

  /** Marks with `bit` the rows of a block whose text holds `word`, one indexOf per row found. */
  private scan(block: Block, base: number, word: string, bit: number): void {
    const { text, starts } = block;
    const hits = this.textHits;
    let row = 0;
    let at = text.indexOf(word);
    while (at !== -1) {
      while ((starts[row + 1] ?? Infinity) <= at) row += 1;
      hits[base + row] = ((hits[base + row] ?? 0) | bit) >>> 0;
      at = text.indexOf(word, starts[row + 1]);
    }
  }

  private build(b: number): Block {
    const first = b * this.blockRows;
    const count = Math.min(this.blockRows, this.rows.length - first);
    const parts: string[] = [];
    const starts = new Int32Array(count + 1);
    let at = 0;
    for (let j = 0; j < count; j++) {
      starts[j] = at;
      const row = this.rows[first + j];
      if (!row) continue;
      const text = this.folder.textOf(row);
      if (text !== '') {
        parts.push(text);
        at += text.length + 1;
      }
      this.labels[first + j] = this.folder.labelsOf(row);
    }
    starts[count] = at;
    // Each part ends with a line break, so no word found runs from one row into the next.
    const block = { text: parts.length ? `${parts.join('\n')}\n` : '', starts };
    this.blocks[b] = block;
    return block;
  }
}
