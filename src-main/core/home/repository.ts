import type { Db } from '../db/types.ts';

/** The years that have at least one whole-year figures row with a value, newest first. */
export async function yearsWithFigures(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('yearly_figures')
    .select('year')
    .distinct()
    .where('period', '=', 'Y')
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or(
        (['members', 'workers', 'regular_workers', 'revenue', 'profit', 'avg_income', 'charter_capital_end', 'budget_paid'] as const).map(
          (c) => eb(c, 'is not', null),
        ),
      ),
    )
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => Number(r.year));
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
