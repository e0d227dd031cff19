import type { Db } from '../db/types.ts';

const FIGURE_COLUMNS = [
  'members',
  'workers',
  'regular_workers',
  'revenue',
  'profit',
  'avg_income',
  'charter_capital_end',
  'budget_paid',
] as const;

/** The year just below `below` that has any figures row, through the (year, period) index; null when none. */
async function yearBelow(db: Db, below: number): Promise<number | null> {
  const r = await db
    .selectFrom('yearly_figures')
    .select((eb) => eb.fn.max('year').as('y'))
    .where('year', '<', below)
    .executeTakeFirst();
  return r?.y === null || r?.y === undefined ? null : Number(r.y);
}

/** Whether some organization has a whole-year figure (not only blanks) for `year`. */
async function hasFigures(db: Db, year: number): Promise<boolean> {
  const r = await db
    .selectFrom('yearly_figures')
    .select('id')
    .where('year', '=', year)
    .where('period', '=', 'Y')
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or(FIGURE_COLUMNS.map((c) => eb(c, 'is not', null))))
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * The years that have at least one whole-year figure, newest first. Year by year down the index rather than
 * one scan of every figures row: a province has a few dozen years and hundreds of thousands of rows.
 */
export async function yearsWithFigures(db: Db): Promise<number[]> {
  const years: number[] = [];
  for (let y = await yearBelow(db, 10_000); y !== null; y = await yearBelow(db, y)) if (await hasFigures(db, y)) years.push(y);
  return years;
}

/** Organizations in the registry (not in the recycle bin). */
export async function organizationCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
