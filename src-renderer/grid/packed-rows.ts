/**
 * The organizations grid's rows from the core's compact list (registry.organizationGrid): the same rows,
 * key for key, as orgGridRow makes from the full OrgRow list, without 50,000 objects of field names crossing
 * the door first.
 */
import {
  ORG_GRID_FIGURE_COLUMNS,
  ORG_GRID_FIGURE_PREFIX,
  ORG_GRID_OWN_COLUMNS,
  type OrgGridFigureColumn,
  type OrgGridList,
  type OrgGridOwnColumn,
} from '../../src-main/contract/index.ts';
import type { CellValue } from '../../src-main/contract/fields.ts';
import { unpackColumn, type PackedValue } from '../../src-main/shared/packed-table.ts';
import type { OrgEntry } from './books.ts';
import { keyOfId, type GridRow } from './types.ts';

/** A list (sectors) is one frozen array shared by the rows that hold the same list: read, never changed. */
function cellOf(v: PackedValue): CellValue {
  return v as CellValue;
}

/** The list's columns (contract: ORG_GRID_OWN_COLUMNS, ORG_GRID_FIGURE_COLUMNS), unpacked; a column the core did not send is blank. */
function columnsOf(list: OrgGridList): {
  own: Record<OrgGridOwnColumn, readonly PackedValue[]>;
  figures: Record<OrgGridFigureColumn, readonly PackedValue[]>;
} {
  const { count, columns } = list.rows;
  const blank = new Array<PackedValue>(count).fill(null);
  const column = (key: string) => {
    const packed = columns[key];
    return packed ? unpackColumn(packed, count) : blank;
  };
  return {
    own: Object.fromEntries(ORG_GRID_OWN_COLUMNS.map((k) => [k, column(k)])) as Record<OrgGridOwnColumn, readonly PackedValue[]>,
    figures: Object.fromEntries(ORG_GRID_FIGURE_COLUMNS.map((k) => [k, column(ORG_GRID_FIGURE_PREFIX + k)])) as Record<
      OrgGridFigureColumn,
      readonly PackedValue[]
    >,
  };
}

/** The organization pickers' entries, straight from the list's columns. */
export function orgEntriesOf(list: OrgGridList): OrgEntry[] {
  const { id, name, regCode, type } = columnsOf(list).own;
  const text = (v: PackedValue | undefined) => (typeof v === 'string' ? v : null);
  return id.map((v, i) => ({ id: v as number, name: text(name[i]) ?? '', regCode: text(regCode[i]), type: text(type[i]) ?? '' }));
}

/**
 * Each row's cells written as one object literal, in the order orgGridRow writes them: 50,000 rows then
 * share one shape, which is what makes building them (and AG Grid reading them) fast. The figure keys are
 * written out ("fig." is FIGURE_PREFIX): a computed key would cost the literal its fixed shape. The columns
 * are read into locals first: the loop runs once per opening, mostly before the code is optimized.
 */
export function orgGridRows(list: OrgGridList): GridRow[] {
  const { own, figures } = columnsOf(list);
  const ids = own.id;
  const { type, name, shortName, regCode, foundedOn, registeredBy, status, statusSince, street } = own;
  const { communeCode, legacyAddress, sectors, model, charterCapital, headName, phone, email, notes } = own;
  const { members, workers, regularWorkers, revenue, profit, avgIncome, charterCapitalEnd, budgetPaid } = figures;
  const rows = new Array<GridRow>(list.rows.count);
  for (let i = 0; i < rows.length; i++) {
    const id = ids[i] as number;
    const cells: Record<string, CellValue> = {
      type: cellOf(type[i] ?? null),
      name: cellOf(name[i] ?? null),
      shortName: cellOf(shortName[i] ?? null),
      regCode: cellOf(regCode[i] ?? null),
      foundedOn: cellOf(foundedOn[i] ?? null),
      registeredBy: cellOf(registeredBy[i] ?? null),
      status: cellOf(status[i] ?? null),
      statusSince: cellOf(statusSince[i] ?? null),
      street: cellOf(street[i] ?? null),
      communeCode: cellOf(communeCode[i] ?? null),
      legacyAddress: cellOf(legacyAddress[i] ?? null),
      sectors: cellOf(sectors[i] ?? null),
      model: cellOf(model[i] ?? null),
      charterCapital: cellOf(charterCapital[i] ?? null),
      headName: cellOf(headName[i] ?? null),
      phone: cellOf(phone[i] ?? null),
      email: cellOf(email[i] ?? null),
      notes: cellOf(notes[i] ?? null),
      'fig.members': cellOf(members[i] ?? null),
      'fig.workers': cellOf(workers[i] ?? null),
      'fig.regularWorkers': cellOf(regularWorkers[i] ?? null),
      'fig.revenue': cellOf(revenue[i] ?? null),
      'fig.profit': cellOf(profit[i] ?? null),
      'fig.avgIncome': cellOf(avgIncome[i] ?? null),
      'fig.charterCapitalEnd': cellOf(charterCapitalEnd[i] ?? null),
      'fig.budgetPaid': cellOf(budgetPaid[i] ?? null),
    };
    rows[i] = { key: keyOfId(id), id, cells };
  }
  return rows;
}
