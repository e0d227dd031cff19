/**
 * A compact form for long lists that cross a door: one array per column instead of one object per row
 * (no field name repeated 50,000 times), a column of few distinct values as a dictionary and indexes, a
 * mostly blank column as its filled cells only. Packing and unpacking are exact: every value comes back
 * as it went, a blank (null) stays a blank.
 */

export type PackedValue = string | number | null | readonly string[];

export type PackedColumn =
  /** Every row's value, in row order. */
  | { readonly all: readonly PackedValue[] }
  /** Distinct texts or lists once, then each row's index into them (null for a blank). */
  | { readonly values: readonly PackedValue[]; readonly at: readonly (number | null)[] }
  /** Only the filled rows, as [row, value] pairs; every other row is blank. */
  | { readonly filled: readonly (readonly [number, PackedValue])[] };

export interface PackedTable {
  readonly count: number;
  readonly columns: Readonly<Record<string, PackedColumn>>;
}

/** Packs one column of `count` values, choosing the smallest of the three forms in one pass. */
export function packColumn(values: readonly PackedValue[]): PackedColumn {
  const count = values.length;
  // A dictionary pays only when values repeat; give up on it once they clearly do not.
  const dictionaryLimit = Math.max(16, count >> 3);
  const texts = new Map<string, number>();
  const lists = new Map<string, number>();
  const distinct: PackedValue[] = [];
  let at: (number | null)[] | null = new Array<number | null>(count);
  let blanks = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i] ?? null;
    if (v === null) {
      blanks += 1;
      if (at) at[i] = null;
      continue;
    }
    // Numbers are as short as their index would be: a dictionary is for text and lists.
    if (!at || typeof v === 'number') {
      at = null;
      continue;
    }
    const index = typeof v === 'string' ? texts : lists;
    // Lists are told apart by their items, in a map of their own so no list is taken for a text.
    const key = typeof v === 'string' ? v : JSON.stringify(v);
    let ix = index.get(key);
    if (ix === undefined) {
      ix = distinct.length;
      if (ix >= dictionaryLimit) {
        at = null;
        continue;
      }
      index.set(key, ix);
      distinct.push(v);
    }
    at[i] = ix;
  }
  const filled = count - blanks;
  if (filled * 4 < count) {
    const pairs: (readonly [number, PackedValue])[] = [];
    for (let i = 0; i < count; i++) {
      const v = values[i] ?? null;
      if (v !== null) pairs.push([i, v]);
    }
    return { filled: pairs };
  }
  if (at && filled > 0) return { values: distinct, at };
  return { all: values };
}

/**
 * The values of one column, `count` of them, as they were packed. Not copied where they need not be: the
 * answer may be the packed array itself, and a list (sectors) repeated in a dictionary is one frozen array
 * shared by its rows. Read it, never change it.
 */
export function unpackColumn(column: PackedColumn, count: number): readonly PackedValue[] {
  if ('all' in column) return column.all.length === count ? column.all : column.all.slice(0, count);
  const out = new Array<PackedValue>(count).fill(null);
  if ('filled' in column) {
    for (const [i, v] of column.filled) if (i >= 0 && i < count) out[i] = v;
    return out;
  }
  const { values, at } = column;
  for (const v of values) if (typeof v === 'object' && v !== null) Object.freeze(v);
  for (let i = 0; i < count; i++) {
    const ix = at[i];
    out[i] = ix === null || ix === undefined ? null : (values[ix] ?? null);
  }
  return out;
}

/** Packs rows given as columns (each array one column, all of the same length). */
export function packTable(columns: Readonly<Record<string, readonly PackedValue[]>>, count: number): PackedTable {
  const packed: Record<string, PackedColumn> = {};
  for (const [key, values] of Object.entries(columns)) {
    if (values.length !== count) throw new Error(`Cột ${key} có ${String(values.length)} giá trị, cần ${String(count)}.`);
    packed[key] = packColumn(values);
  }
  return { count, columns: packed };
}
