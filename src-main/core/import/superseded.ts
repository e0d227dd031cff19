import type { Entity } from '../../contract/fields.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import type { Tx } from '../db/transaction.ts';
import { purgeDeletedRow, type RowTable } from '../registry/repository.ts';
import { OrgIndex, placeOf } from './match.ts';
import { binnedFiguresOfUndoneImports, binnedOrganizationsOfUndoneImports } from './repository.ts';

/**
 * After an import is committed: rows an undone import had put in the recycle bin, whose organization (or
 * organization, year and period, for figures) is live again — typically the same file imported again — are
 * deleted for good. Restoring one would only make a duplicate of a live row. An organization is told to be
 * the same one by the import's own matching rule (code, else name and place). A row that other data still
 * names stays in the bin. Runs inside the commit's transaction; answers how many rows left the bin.
 */
export async function sweepSupersededFromBin(ctx: CoreContext, tx: Tx, at: string): Promise<number> {
  const orgs = await binnedOrganizationsOfUndoneImports(tx.db);
  const figures = await binnedFiguresOfUndoneImports(tx.db);
  if (orgs.length === 0 && !figures.some((f) => f.live_again)) return 0;

  const index = orgs.length > 0 ? await OrgIndex.load(tx.db) : null;
  const liveAgain = new Set(
    orgs
      .filter((o) => {
        const found = index?.find(o.reg_code, o.name, placeOf(o.commune_code, o.legacy_address));
        return !!found && 'org' in found;
      })
      .map((o) => o.id),
  );
  // Figures first: an organization goes only once nothing names it.
  const figureIds = figures.filter((f) => Boolean(f.live_again) || liveAgain.has(f.organization_id)).map((f) => f.id);
  let removed = 0;
  const purge = async (entity: Entity, table: RowTable, id: number) => {
    try {
      if (!(await tx.withSavepoint('sweep_bin_row', () => purgeDeletedRow(tx.db, table, id)))) return;
    } catch {
      return; // still named by other data (a product, a certificate, a record): it stays in the bin
    }
    await recordAudit(tx.db, ctx.who, at, [{ action: 'delete', entity, entityId: String(id), field: 'purged' }]);
    removed += 1;
  };
  for (const id of figureIds) await purge('figures', 'yearly_figures', id);
  for (const id of liveAgain) await purge('organizations', 'organizations', id);
  return removed;
}
