/**
 * The search box: every word typed must occur in the row's searched cells as shown, ignoring diacritics,
 * case and đ/Đ ("hoa binh" finds "Hòa Bình", "htx" finds "Hợp tác xã"), each word within one cell.
 *
 * A row's text and code cells are folded once: the rows the grid was given in blocks (search-blocks.ts), a row
 * edited or added since with its row object; rows are replaced, never mutated, on edit, so a stale text cannot
 * survive. Cells shown through a label (a type, a status, sectors, a commune) are
 * not copied into 50,000 texts: each label is folded once per column and value, and the rows that show the
 * same labels share one set of them, checked once per query. With 50,000 rows the texts are built ahead in
 * idle time so the first search answers fast.
 */
import type { CellValue, FieldSpec } from '../../src-main/contract/fields.ts';
import { buildSearchKey, searchTerms } from '../../src-main/shared/text-fold.ts';
import { BLOCK_ROWS, FoldedBlocks, MAX_BLOCK_TERMS, type Terms } from './search-blocks.ts';
import type { GridField, GridRow } from './types.ts';
import { formatCell, type ValueContext } from './values.ts';

/**
 * A busy page still builds texts for this long every WARM_WAIT_MS. 16 / 40: the first search after opening took
 * 0,41 s, against 0,64 s at 12 / 100 and 0,50 s at 24 / 25 (docs/benchmarks.md).
 */
const WARM_SLICE_MS = 16;
const WARM_WAIT_MS = 40;
/** Once the clerk types, folding goes on in tasks this long: keys and the typing pause's timer get through. */
const HURRY_SLICE_MS = 8;

const SEARCHED = new Set<FieldSpec['kind']>(['text', 'code', 'enum', 'multiEnum', 'commune', 'organization']);
const FOLDED_AS_TEXT = new Set<FieldSpec['kind']>(['text', 'code']);

/** The folded labels of one combination of values, shared by every row that shows it. */
interface LabelSet {
  /** One line per cell shown through a label. */
  readonly text: string;
  /** For each word of the query numbered `hitsFor`, whether it occurs in `text`; and the same as bits. */
  hits: readonly boolean[];
  hitBits: number;
  hitsFor: number;
}

/** A level of the tree that finds a row's LabelSet: one level per label column, keyed by the folded label. */
interface LabelNode {
  readonly next: Map<string, LabelNode>;
  set: LabelSet | null;
}

/** A column shown through labels, with the folded label of each value met so far. */
interface LabelColumn {
  readonly field: GridField;
  readonly byValue: Map<string | number, string>;
  /** Lists (sectors) by identity first: rows built from one list share its array. */
  readonly byList: WeakMap<object, string>;
}

interface FoldedRow {
  readonly text: string;
  readonly labels: LabelSet;
}

const newNode = (): LabelNode => ({ next: new Map(), set: null });

function occurs(text: string, alternatives: readonly string[]): boolean {
  for (const a of alternatives) if (text.includes(a)) return true;
  return false;
}

export class RowSearch {
  /** The rows given to warm(), folded in blocks; rows not among them (edited, added) are folded one by one. */
  private readonly blocks: FoldedBlocks<LabelSet>;
  private folded = new WeakMap<GridRow, FoldedRow>();
  private textFields: readonly GridField[] = [];
  private labelColumns: readonly LabelColumn[] = [];
  private labelTree = newNode();
  /** Folded labels of values met in text columns that are not text (rare: a list in a text cell). */
  private otherLabels = new Map<string, Map<string | number, string>>();
  private terms: Terms | null = null;
  /** Numbers the queries, so a LabelSet knows whether its hits are for the current one. */
  private queryNumber = 0;
  private idle: number | null = null;
  private hurried: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly ctx: () => ValueContext,
    blockRows = BLOCK_ROWS,
  ) {
    this.blocks = new FoldedBlocks({ textOf: (row) => this.textOf(row), labelsOf: (row) => this.labelsOf(row) }, blockRows);
  }

  /** The commune names' version the labels were folded with (a label may be a commune's name). */
  private labelsVersion = -1;

  setFields(fields: readonly GridField[]): void {
    const searched = fields.filter((f) => SEARCHED.has(f.spec.kind));
    this.textFields = searched.filter((f) => FOLDED_AS_TEXT.has(f.spec.kind));
    this.labelColumns = searched
      .filter((f) => !FOLDED_AS_TEXT.has(f.spec.kind))
      .map((field) => ({ field, byValue: new Map(), byList: new WeakMap() }));
    this.folded = new WeakMap();
    this.blocks.refold();
    this.labelTree = newNode();
    this.otherLabels = new Map();
    this.labelsVersion = this.ctx().communes.version;
  }

  /** True when a commune name a label may hold has changed since the labels were started. */
  labelsChanged(): boolean {
    return this.ctx().communes.version !== this.labelsVersion;
  }

  get active(): boolean {
    return this.terms !== null;
  }

  private applied = '';

  /** Sets the query; false when it filters exactly as before (then the grid need not filter again). */
  setQuery(query: string): boolean {
    const q = query.trim();
    if (q === this.applied) return false;
    this.applied = q;
    this.terms = q === '' ? null : searchTerms(q);
    this.queryNumber += 1;
    return true;
  }

  /** `position`: where AG Grid says the row came from in the rows given to warm() (a hint only). */
  matches(row: GridRow, position = -1): boolean {
    const terms = this.terms;
    if (terms === null) return true;
    if (terms.length <= MAX_BLOCK_TERMS) {
      const at = this.blocks.positionOf(row, position);
      if (at !== -1) return this.blocks.passes(at, terms, (labels) => this.hitBitsOf(labels, terms));
    }
    const { text, labels } = this.foldedOf(row);
    const hits = this.hitsOf(labels, terms);
    for (let i = 0; i < terms.length; i++) {
      const alternatives = terms[i];
      if (!hits[i] && alternatives && !occurs(text, alternatives)) return false;
    }
    return true;
  }

  private hitsOf(labels: LabelSet, terms: Terms): readonly boolean[] {
    if (labels.hitsFor !== this.queryNumber) {
      labels.hits = terms.map((alternatives) => occurs(labels.text, alternatives));
      labels.hitBits = labels.hits.reduce((bits, hit, i) => (hit ? bits | (1 << i) : bits), 0) >>> 0;
      labels.hitsFor = this.queryNumber;
    }
    return labels.hits;
  }

  private hitBitsOf(labels: LabelSet, terms: Terms): number {
    this.hitsOf(labels, terms);
    return labels.hitBits;
  }

  private foldedOf(row: GridRow): FoldedRow {
    let f = this.folded.get(row);
    if (f === undefined) {
      f = { text: this.textOf(row), labels: this.labelsOf(row) };
      this.folded.set(row, f);
    }
    return f;
  }

  /** The row's text and code cells folded, one line per cell. */
  private textOf(row: GridRow): string {
    const parts: string[] = [];
    for (const f of this.textFields) {
      const value = row.cells[f.colId];
      if (value === null || value === undefined) continue;
      const part = typeof value === 'string' ? buildSearchKey(value) : this.labelOf(f, this.otherLabelsOf(f), value);
      if (part !== '') parts.push(part);
    }
    return parts.join('\n');
  }

  private labelsOf(row: GridRow): LabelSet {
    let node = this.labelTree;
    for (const column of this.labelColumns) {
      const value = row.cells[column.field.colId];
      const label = value === null || value === undefined ? '' : this.labelIn(column, value);
      let next = node.next.get(label);
      if (!next) node.next.set(label, (next = newNode()));
      node = next;
    }
    if (!node.set) {
      const parts = this.labelColumns.map((column) => {
        const value = row.cells[column.field.colId];
        return value === null || value === undefined ? '' : this.labelIn(column, value);
      });
      node.set = { text: parts.filter((p) => p !== '').join('\n'), hits: [], hitBits: 0, hitsFor: -1 };
    }
    return node.set;
  }

  private otherLabelsOf(f: GridField): Map<string | number, string> {
    let byValue = this.otherLabels.get(f.colId);
    if (!byValue) this.otherLabels.set(f.colId, (byValue = new Map()));
    return byValue;
  }

  /** The folded label of a value, once per column and value: 50,000 rows share a few dozen of them. */
  private labelOf(f: GridField, byValue: Map<string | number, string>, value: NonNullable<CellValue>): string {
    const id = typeof value === 'object' ? JSON.stringify(value) : value;
    let k = byValue.get(id);
    if (k === undefined) {
      const text = formatCell(f.spec, value, this.ctx());
      k = text === '' ? '' : buildSearchKey(text);
      byValue.set(id, k);
    }
    return k;
  }

  private labelIn(column: LabelColumn, value: NonNullable<CellValue>): string {
    if (typeof value !== 'object') return this.labelOf(column.field, column.byValue, value);
    let k = column.byList.get(value);
    if (k === undefined) {
      k = this.labelOf(column.field, column.byValue, value);
      column.byList.set(value, k);
    }
    return k;
  }

  /** Takes the grid's rows, to be folded in blocks when first searched (warm() folds them ahead). */
  index(rows: readonly GridRow[]): void {
    this.stop();
    this.blocks.reset(rows);
  }

  /**
   * Folds all rows while the page is idle, a few milliseconds at a time, so that neither the first screen
   * nor a keystroke waits for it. A page that is never idle (still drawing, or a busy machine) gets a slice
   * of a few milliseconds every tenth of a second anyway: a search typed the moment the rows appear should
   * find most rows folded.
   */
  warm(rows: readonly GridRow[]): void {
    this.index(rows);
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + (deadline.didTimeout ? WARM_SLICE_MS : deadline.timeRemaining() - 1);
      let more = true;
      while (more && performance.now() < until) more = this.blocks.foldNext();
      this.idle = more ? requestIdleCallback(step, { timeout: WARM_WAIT_MS }) : null;
    };
    this.idle = requestIdleCallback(step, { timeout: WARM_WAIT_MS });
  }

  /**
   * The clerk has started typing: the rows not folded yet are what the coming search will wait for, so
   * they are folded now, in short tasks, rather than only when the page is idle — also when idle-time folding
   * was stopped or never started for them (columns or commune names changed since the rows came).
   */
  hurry(): void {
    if (this.hurried !== null) return;
    if (this.idle !== null) cancelIdleCallback(this.idle);
    this.idle = null;
    const next = () => {
      const until = performance.now() + HURRY_SLICE_MS;
      let more = true;
      while (more && performance.now() < until) more = this.blocks.foldNext();
      this.hurried = more ? setTimeout(next, 0) : null;
    };
    this.hurried = setTimeout(next, 0);
  }

  stop(): void {
    if (this.idle !== null) cancelIdleCallback(this.idle);
    if (this.hurried !== null) clearTimeout(this.hurried);
    this.idle = null;
    this.hurried = null;
  }
}
