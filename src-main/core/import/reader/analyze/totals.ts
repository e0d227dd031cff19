/**
 * Cross-checking totals rows against the records they cover. Which records a total covers follows the
 * table's nesting, kept as a stack of open blocks:
 * - the table itself (and any table repeated inside it under a copied header row, like the empty
 *   sub-table in the middle of the GSO district list);
 * - each section ("I. Huyện …"), closed by the next section of the same or an outer level, by a
 *   subtotal ("Cộng"), or by a grand total.
 * A subtotal checks the innermost open section (or the table when none is open); a grand total
 * ("Tổng cộng", "Số lượng: 63") checks the innermost table and closes its sections. A section row that
 * carries numbers (its subtotal written on the heading line) is checked when it closes.
 */
import type { RowAnalysis, TotalCheck } from './types.ts';
import type { ResolvedColumn } from './columns.ts';

interface Block {
  kind: 'table' | 'section';
  level: number;
  /** The section row, whose numbers are its subtotal. */
  head?: RowAnalysis;
  records: RowAnalysis[];
  /** Grand totals written above the records they sum (many reports put "TỔNG CỘNG" first). */
  pending: { row: RowAnalysis; count?: number }[];
}

interface NumericColumn {
  field: string;
  kind: 'int' | 'money';
  /** Rounding allowed per record, in the field's stored unit (đồng for money). */
  tolerance: number;
}

function numericColumns(columns: readonly ResolvedColumn[]): NumericColumn[] {
  const out: NumericColumn[] = [];
  for (const c of columns) {
    const spec = c.spec;
    if (spec === undefined || (spec.kind !== 'int' && spec.kind !== 'money')) continue;
    // A total typed with two decimals in millions may differ from the exact sum by half a unit of its last
    // digit: 5,000 đồng at "12,35" triệu.
    const factor = spec.kind === 'money' && c.analysis.unit !== null ? 10 ** { dong: 0, nghin: 3, trieu: 6, ty: 9 }[c.analysis.unit] : 1;
    out.push({ field: spec.key, kind: spec.kind, tolerance: spec.kind === 'money' ? Math.max(1, factor / 200) : 0 });
  }
  return out;
}

function check(
  total: RowAnalysis,
  label: string,
  records: readonly RowAnalysis[],
  columns: readonly NumericColumn[],
  out: TotalCheck[],
): void {
  const fromRow = records[0]?.sourceRow ?? null;
  const toRow = records[records.length - 1]?.sourceRow ?? null;
  for (const col of columns) {
    const stated = total.values[col.field];
    if (typeof stated !== 'number') continue;
    let computed = 0;
    let counted = 0;
    for (const r of records) {
      const v = r.values[col.field];
      if (typeof v === 'number') {
        computed += v;
        counted++;
      }
    }
    if (counted === 0 && stated === 0) continue;
    const tolerance = col.kind === 'money' ? col.tolerance * (1 + records.length / 100) : 0;
    const ok = Math.abs(stated - computed) <= tolerance + 0.5;
    out.push({
      sourceRow: total.sourceRow,
      label,
      kind: 'sum',
      field: col.field,
      stated,
      computed,
      records: records.length,
      fromRow,
      toRow,
      ok,
    });
  }
}

function checkCount(total: RowAnalysis, count: number, records: readonly RowAnalysis[], out: TotalCheck[]): void {
  out.push({
    sourceRow: total.sourceRow,
    label: total.label ?? '',
    kind: 'count',
    field: null,
    stated: count,
    computed: records.length,
    records: records.length,
    fromRow: records[0]?.sourceRow ?? null,
    toRow: records[records.length - 1]?.sourceRow ?? null,
    ok: count === records.length,
  });
}

export interface TotalRowInfo {
  /** sourceRow → kind of total and the stated count. */
  totals: ReadonlyMap<number, { kind: 'grand' | 'subtotal' | 'count'; count?: number }>;
  /** sourceRow → section level. */
  levels: ReadonlyMap<number, number>;
}

export function checkTotals(rows: readonly RowAnalysis[], columns: readonly ResolvedColumn[], info: TotalRowInfo): TotalCheck[] {
  const numeric = numericColumns(columns);
  const out: TotalCheck[] = [];
  const stack: Block[] = [{ kind: 'table', level: 0, records: [], pending: [] }];
  const grand = (row: RowAnalysis, count: number | undefined, records: readonly RowAnalysis[]): void => {
    if (count !== undefined) checkCount(row, count, records, out);
    else check(row, row.label ?? '', records, numeric, out);
  };
  const close = (block: Block): void => {
    if (block.head !== undefined) check(block.head, block.head.label ?? '', block.records, numeric, out);
    for (const p of block.pending) grand(p.row, p.count, block.records);
  };
  const popSectionsTo = (level: number): void => {
    for (
      let top = stack[stack.length - 1];
      top !== undefined && top.kind === 'section' && top.level >= level;
      top = stack[stack.length - 1]
    ) {
      close(top);
      stack.pop();
    }
  };
  for (const row of rows) {
    switch (row.kind) {
      case 'record':
        for (const block of stack) block.records.push(row);
        break;
      case 'header':
        popSectionsTo(0);
        stack.push({ kind: 'table', level: 0, records: [], pending: [] });
        break;
      case 'section':
        popSectionsTo(info.levels.get(row.sourceRow) ?? 3);
        stack.push({ kind: 'section', level: info.levels.get(row.sourceRow) ?? 3, head: row, records: [], pending: [] });
        break;
      case 'total': {
        const total = info.totals.get(row.sourceRow);
        const top = stack[stack.length - 1];
        if (total?.kind === 'subtotal' && top !== undefined) {
          check(row, row.label ?? '', top.records, numeric, out);
          if (top.kind === 'section') {
            stack.pop(); // the subtotal is the section's own: its heading's numbers need no second check
          }
          break;
        }
        popSectionsTo(0);
        const table = stack[stack.length - 1];
        if (table === undefined) break;
        const count = total?.kind === 'count' ? total.count : undefined;
        if (table.records.length === 0 && stack.length === 1) {
          table.pending.push(count === undefined ? { row } : { row, count });
          break;
        }
        grand(row, count, table.records);
        if (stack.length > 1) stack.pop();
        break;
      }
      default:
        break;
    }
  }
  popSectionsTo(0);
  for (const block of stack) for (const p of block.pending) grand(p.row, p.count, block.records);
  return out;
}
