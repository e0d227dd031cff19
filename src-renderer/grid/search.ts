/**
 * The search box: every word typed must occur in the row's text columns, ignoring diacritics, case and
 * đ/Đ ("hoa binh" finds "Hòa Bình", "htx" finds "Hợp tác xã"). Each row's search key is built once and
 * kept with the row object; rows are replaced, never mutated, on edit, so a stale key cannot survive.
 * With 50,000 rows the keys are built ahead in idle time so the first search answers fast.
 */
import type { CellValue, FieldSpec } from '../../src-main/contract/fields.ts';
import { buildSearchKey, compileSearch } from '../../src-main/shared/text-fold.ts';
import type { GridField, GridRow } from './types.ts';
import { formatCell, type ValueContext } from './values.ts';

/**
 * A busy page still builds keys for this long every WARM_WAIT_MS. 16 / 40: the first search after opening took
 * 0,41 s, against 0,64 s at 12 / 100 and 0,50 s at 24 / 25 (docs/benchmarks.md).
 */
const WARM_SLICE_MS = 16;
const WARM_WAIT_MS = 40;

const SEARCHED = new Set<FieldSpec['kind']>(['text', 'code', 'enum', 'multiEnum', 'commune', 'organization']);

export class RowSearch {
  private keys = new WeakMap<GridRow, string>();
  private fields: readonly GridField[] = [];
  private test: ((key: string) => boolean) | null = null;
  private idle: number | null = null;
  /** Per column, the key of each value shown through a label; rebuilt with the keys (labels may change). */
  private labelKeys = new Map<string, Map<string | number, string>>();

  constructor(private readonly ctx: () => ValueContext) {}

  /** The commune names' version the keys were built with (a key holds the commune's name). */
  private keysVersion = -1;

  setFields(fields: readonly GridField[]): void {
    this.fields = fields.filter((f) => SEARCHED.has(f.spec.kind));
    this.keys = new WeakMap();
    this.labelKeys = new Map();
    this.keysVersion = this.ctx().communes.version;
  }

  /** True when a commune name a key may hold has changed since the keys were started. */
  labelsChanged(): boolean {
    return this.ctx().communes.version !== this.keysVersion;
  }

  get active(): boolean {
    return this.test !== null;
  }

  private applied = '';

  /** Sets the query; false when it filters exactly as before (then the grid need not filter again). */
  setQuery(query: string): boolean {
    const q = query.trim();
    if (q === this.applied) return false;
    this.applied = q;
    this.test = q === '' ? null : compileSearch(q);
    return true;
  }

  keyOf(row: GridRow): string {
    let key = this.keys.get(row);
    if (key !== undefined) return key;
    const parts: string[] = [];
    for (const f of this.fields) {
      const value = row.cells[f.colId];
      if (value === null || value === undefined) continue;
      const part =
        (f.spec.kind === 'text' || f.spec.kind === 'code') && typeof value === 'string' ? buildSearchKey(value) : this.labelKey(f, value);
      if (part !== '') parts.push(part);
    }
    key = parts.join('\n');
    this.keys.set(row, key);
    return key;
  }

  /**
   * The key of a value shown through a label (a type, a status, sectors, a commune), folded once per field
   * and value: 50,000 rows share a few dozen of them.
   */
  private labelKey(f: GridField, value: NonNullable<CellValue>): string {
    let byValue = this.labelKeys.get(f.colId);
    if (!byValue) this.labelKeys.set(f.colId, (byValue = new Map()));
    const id = typeof value === 'object' ? JSON.stringify(value) : value;
    let k = byValue.get(id);
    if (k === undefined) {
      const text = formatCell(f.spec, value, this.ctx());
      k = text === '' ? '' : buildSearchKey(text);
      byValue.set(id, k);
    }
    return k;
  }

  matches(row: GridRow): boolean {
    return this.test === null || this.test(this.keyOf(row));
  }

  /**
   * Builds keys for all rows while the page is idle, a few milliseconds at a time, so that neither the
   * first screen nor a keystroke waits for it. A page that is never idle (still drawing, or a busy machine)
   * gets a slice of a few milliseconds every tenth of a second anyway: a search typed the moment the rows
   * appear should find most keys built.
   */
  warm(rows: readonly GridRow[]): void {
    this.stop();
    let i = 0;
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + (deadline.didTimeout ? WARM_SLICE_MS : deadline.timeRemaining() - 1);
      while (i < rows.length && performance.now() < until) {
        const end = Math.min(rows.length, i + 200);
        for (; i < end; i++) {
          const r = rows[i];
          if (r) this.keyOf(r);
        }
      }
      this.idle = i < rows.length ? requestIdleCallback(step, { timeout: WARM_WAIT_MS }) : null;
    };
    this.idle = requestIdleCallback(step, { timeout: WARM_WAIT_MS });
  }

  stop(): void {
    if (this.idle !== null) cancelIdleCallback(this.idle);
    this.idle = null;
  }
}
