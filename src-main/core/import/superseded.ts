import type { Entity } from '../../contract/fields.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import type { Tx } from '../db/transaction.ts';
import { purgeDeletedRow, type RowTable } from '../registry/repository.ts';
import { certificationKey } from './certificates.ts';
import { OrgIndex, placeOf } from './match.ts';
import { OCOP_KEY } from './owned-rows.ts';
import {
  binnedCertificationsOfUndoneImports,
  binnedFiguresOfUndoneImports,
  binnedOrganizationsOfUndoneImports,
  binnedProductsOfUndoneImports,
  certificationKeys,
  figureIdsOf,
  ocopKeys,
} from './repository.ts';

/**
 * After an import is committed: rows an undone import had put in the recycle bin that are live again —
 * typically the same file imported again — are deleted for good. Restoring one would only make a duplicate of a
 * live row. An organization is the same one by the import's own matching rule (code, else name and place); its
 * figures, products and certificates are the same ones when the live twin holds them under the same key as an
 * import would find them by. A row that other data still names stays in the bin (so does an organization whose
 * products did not come back with it). Runs inside the commit's transaction; answers how many rows left the bin.
 */
export async function sweepSupersededFromBin(ctx: CoreContext, tx: Tx, at: string): Promise<number> {
  const orgs = await binnedOrganizationsOfUndoneImports(tx.db);
  const figures = await binnedFiguresOfUndoneImports(tx.db);
  const products = await binnedProductsOfUndoneImports(tx.db);
  const certificates = await binnedCertificationsOfUndoneImports(tx.db);
  if (orgs.length + figures.length + products.length + certificates.length === 0) return 0;

  const twinOf = new Map<number, number>();
  if (orgs.length > 0) {
    const index = await OrgIndex.load(tx.db);
    for (const o of orgs) {
      const found = index.find(o.reg_code, o.name, placeOf(o.commune_code, o.legacy_address));
      if (found && 'org' in found) twinOf.set(o.id, found.org.id);
    }
  }
  const holder = (id: number | null) => (id === null ? null : (twinOf.get(id) ?? id));
  const liveProducts = new Set((await ocopKeys(tx.db)).map((r) => OCOP_KEY(r.name, String(r.organization_id ?? r.ext ?? ''))));
  const years = [...new Set(figures.map((f) => f.year))];
  const liveFigures = new Set((await figureIdsOf(tx.db, years)).map((f) => `${String(f.organization_id)}|${String(f.year)}|${f.period}`));
  const liveCertificates = new Set(
    (await certificationKeys(tx.db)).map((r) => certificationKey(r.organization_id, r.kind, r.number ?? r.product)),
  );

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
  // What names an organization first: it goes only once nothing does.
  for (const p of products)
    if (liveProducts.has(OCOP_KEY(p.name, String(holder(p.organization_id) ?? p.ext ?? '')))) await purge('ocop', 'ocop_products', p.id);
  for (const c of certificates) {
    const key = certificationKey(holder(c.organization_id) ?? c.organization_id, c.kind, c.number ?? c.product);
    if (liveCertificates.has(key)) await purge('certifications', 'certifications', c.id);
  }
  for (const f of figures)
    if (liveFigures.has(`${String(holder(f.organization_id))}|${String(f.year)}|${f.period}`))
      await purge('figures', 'yearly_figures', f.id);
  for (const id of twinOf.keys()) await purge('organizations', 'organizations', id);
  return removed;
}
