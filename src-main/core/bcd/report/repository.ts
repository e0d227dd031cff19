import type { Db } from '../../db/types.ts';

/** SQL of the six-month review that the annual report's queries do not already give. */

/** Organizations founded between two dates (ISO, inclusive), by type. */
export function foundedBetween(db: Db, from: string, to: string) {
  return db
    .selectFrom('organizations')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .where('founded_on', '>=', from)
    .where('founded_on', '<=', to)
    .groupBy('type')
    .execute();
}
