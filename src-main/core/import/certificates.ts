import { readCertificateText } from './reader/values/cert-text.ts';
import { certificationKeys } from './repository.ts';
import type { RowIntent } from './plan.ts';
import { writeOp, type Run, type SheetRun } from './run.ts';

/** The key a certification is known by in an import: its holder, kind, and number (else product). */
export function certificationKey(organizationId: number, kind: string, numberOrProduct: string | null): string {
  return `${organizationId}|${kind}|${numberOrProduct ?? ''}`;
}

/** Certifications already recorded, by key; loaded once per import, kept current as it adds more. */
export async function knownCertifications(run: Run): Promise<Map<string, number>> {
  if (run.certificates === null) {
    run.certificates = new Map();
    for (const r of await certificationKeys(run.trx))
      run.certificates.set(certificationKey(r.organization_id, r.kind, r.number ?? r.product), r.id);
  }
  return run.certificates;
}

/**
 * The certificates an organization list names in a column of its own ("VietGAP (lúa), ATTP"): each is a
 * certification in force on the list's date (its dates are not given). "Đang xây dựng VietGAP", "chưa có"
 * name none; a text that names nothing known is flagged for the clerk.
 */
export async function certificatesOfRow(run: Run, sheet: SheetRun, intent: RowIntent, organizationId: number): Promise<void> {
  if (intent.certificates === null) return;
  const reading = readCertificateText(intent.certificates);
  if (reading.unknown.length > 0) {
    intent.flags.set('certificates', { raw: intent.certificates, reason: `Không nhận ra chứng nhận: “${reading.unknown.join('”, “')}”.` });
  }
  const known = await knownCertifications(run);
  for (const mention of reading.certs) {
    const key = certificationKey(organizationId, mention.kind, mention.product);
    if (known.has(key)) continue;
    const values = {
      organizationId,
      kind: mention.kind,
      product: mention.product,
      validOn: sheet.knownOn,
      notes: `Theo ${sheet.source}: “${mention.raw}”`,
    };
    const r = await writeOp(run, intent, { entity: 'certifications', identity: ['organizationId', 'kind'] }, values, (v) => ({
      kind: 'create',
      tempId: key,
      values: v,
    }));
    known.set(key, r.id);
    run.changes.push({ entity: 'certifications', entityId: r.id, action: 'insert', before: null, after: {} });
  }
}
