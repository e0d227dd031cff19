import {
  ORG_GRID_FIGURE_COLUMNS,
  ORG_GRID_FIGURE_PREFIX,
  ORG_GRID_OWN_COLUMNS,
  type OrgGridFigureColumn,
  type OrgGridList,
  type OrgGridOwnColumn,
} from '../../contract/index.ts';
import { packTable, type PackedValue } from '../../shared/packed-table.ts';
import type { CoreContext } from '../context.ts';
import { keptWhileUnchanged } from '../db/data-version.ts';
import { adminUnitsOf, communeLabel } from './admin.ts';
import { liveOrganizationsForGrid, wholeYearFigures } from './repository.ts';
import { parseSectors } from './rows.ts';

type Columns = Record<OrgGridOwnColumn | OrgGridFigureColumn, PackedValue[]>;

/**
 * The organizations grid's list: the same rows and values as registry.listOrganizations, packed by column.
 * Two plain reads (organizations, then the year's figures by organization) rather than one join: the join
 * costs SQLite more than matching 50,000 ids here.
 */
export function organizationGrid(ctx: CoreContext, year: number): Promise<OrgGridList> {
  return kept(ctx.conn, year, () => readOrganizationGrid(ctx, year));
}

/** Opening the grid again (another page and back, another window) while nothing changed costs nothing. */
const kept = keptWhileUnchanged<number, OrgGridList>();

async function readOrganizationGrid(ctx: CoreContext, year: number): Promise<OrgGridList> {
  const orgs = await liveOrganizationsForGrid(ctx.db);
  const figuresOf = new Map((await wholeYearFigures(ctx.db, year)).map((f) => [f.organization_id, f]));
  const count = orgs.length;
  const c = Object.fromEntries(
    [...ORG_GRID_OWN_COLUMNS, ...ORG_GRID_FIGURE_COLUMNS].map((k) => [k, new Array<PackedValue>(count)]),
  ) as Columns;
  // One pass, each column named: 50,000 rows × 27 columns is the whole cost of this answer.
  for (let i = 0; i < count; i++) {
    const o = orgs[i];
    if (!o) continue;
    c.id[i] = o.id;
    c.type[i] = o.type;
    c.name[i] = o.name;
    c.shortName[i] = o.short_name;
    c.regCode[i] = o.reg_code;
    c.foundedOn[i] = o.founded_on;
    c.registeredBy[i] = o.registered_by;
    c.status[i] = o.status;
    c.statusSince[i] = o.status_since;
    c.street[i] = o.street;
    c.communeCode[i] = o.commune_code;
    c.legacyAddress[i] = o.legacy_address;
    c.sectors[i] = parseSectors(o.sectors);
    c.model[i] = o.model;
    c.charterCapital[i] = o.charter_capital;
    c.headName[i] = o.head_name;
    c.phone[i] = o.phone;
    c.email[i] = o.email;
    c.notes[i] = o.notes;
    const f = figuresOf.get(o.id);
    c.members[i] = f ? f.members : null;
    c.workers[i] = f ? f.workers : null;
    c.regularWorkers[i] = f ? f.regular_workers : null;
    c.revenue[i] = f ? f.revenue : null;
    c.profit[i] = f ? f.profit : null;
    c.avgIncome[i] = f ? f.avg_income : null;
    c.charterCapitalEnd[i] = f ? f.charter_capital_end : null;
    c.budgetPaid[i] = f ? f.budget_paid : null;
  }
  const columns: Record<string, PackedValue[]> = {};
  for (const k of ORG_GRID_OWN_COLUMNS) columns[k] = c[k];
  for (const k of ORG_GRID_FIGURE_COLUMNS) columns[ORG_GRID_FIGURE_PREFIX + k] = c[k];

  const units = adminUnitsOf(ctx);
  const communeNames: Record<string, string> = {};
  for (const o of orgs) {
    const code = o.commune_code;
    if (code === null || code in communeNames) continue;
    const label = communeLabel(units, code);
    if (label !== null) communeNames[code] = label;
  }
  return { year, rows: packTable(columns, count), communeNames };
}
