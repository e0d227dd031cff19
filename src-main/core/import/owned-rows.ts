import type { CellValue } from '../../contract/index.ts';
import { OCOP_FIELDS, CERT_FIELDS } from '../../contract/fields.ts';
import { ENTITY_CONFIG, orgNameKey } from '../registry/entities.ts';
import { getRow } from '../registry/repository.ts';
import { typeFromName } from './infer.ts';
import { certificationKey, knownCertifications } from './certificates.ts';
import { diff, fillBlanks, updateOp, type RowIntent } from './plan.ts';
import { ocopKeys } from './repository.ts';
import { changeOf, outcome, recordFlags, sourceTexts, writeOp, type Outcome, type Run, type SheetRun } from './run.ts';

/** The key an OCOP product is known by in an import: its name (normalized) and owner (an organization id, else an outside owner's name key). */
export const OCOP_KEY = (name: string, owner: string) => `${orgNameKey(name)}|${owner}`;

export async function knownProducts(run: Run): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const r of await ocopKeys(run.trx)) map.set(OCOP_KEY(r.name, String(r.organization_id ?? r.ext ?? '')), r.id);
  return map;
}

/**
 * The registered organization a product or certificate names, when there is one: namesakes that addresses
 * cannot tell apart go to the first, flagged. A certificate's holder that the registry lacks is added to it
 * (flagged); an OCOP owner it lacks is an outside owner (an enterprise, a household).
 */
async function ownerOf(run: Run, sheet: SheetRun, intent: RowIntent, v: Record<string, CellValue>): Promise<void> {
  const ownerText = typeof v.organizationId === 'string' ? v.organizationId : null;
  if (ownerText === null) return;
  const found = run.index.find(null, ownerText, { commune: null, address: null });
  if (found !== null && 'org' in found) {
    v.organizationId = found.org.id;
    return;
  }
  if (found !== null) {
    const first = found.namesakes[0];
    if (first !== undefined) {
      v.organizationId = first.id;
      intent.flags.set('organizationId', {
        raw: ownerText,
        reason: `Có ${found.namesakes.length} tổ chức tên “${ownerText}”: đã gắn với tổ chức thêm vào sổ trước nhất. Hãy kiểm tra.`,
      });
      return;
    }
  }
  if (sheet.entity === 'ocop') {
    delete v.organizationId;
    v.externalOwnerName = ownerText;
    return;
  }
  const evidence = { knownOn: sheet.knownOn, statusDate: null, note: `Theo ${sheet.source}` };
  const values = { name: ownerText, type: typeFromName(ownerText) ?? 'HTX' };
  const r = await writeOp(run, intent, { entity: 'organizations', identity: ['name'], evidence }, values, (x) => ({
    kind: 'create',
    tempId: `owner-${intent.row.sourceRow}`,
    values: x,
  }));
  run.changes.push({ entity: 'organizations', entityId: r.id, action: 'insert', before: null, after: {} });
  run.index.add({ id: r.id, name: ownerText, regCode: null, place: { commune: null, address: null } });
  run.rowOrg.id = r.id;
  v.organizationId = r.id;
  intent.flags.set('organizationId', {
    raw: ownerText,
    reason: 'Tổ chức chưa có trong sổ: đã thêm mới từ trang chứng nhận. Hãy bổ sung thông tin.',
  });
}

/** OCOP products and certifications name their organization by text; a repeated row only fills blanks. */
export async function ownedRow(run: Run, sheet: SheetRun, intent: RowIntent, existing: Map<string, number>): Promise<Outcome> {
  const entity = sheet.entity === 'ocop' ? 'ocop' : 'certifications';
  const v = { ...intent.ownValues };
  await ownerOf(run, sheet, intent, v);
  const ownerKey = String(v.organizationId ?? orgNameKey(String(v.externalOwnerName ?? '')));
  const key =
    entity === 'ocop'
      ? OCOP_KEY(String(v.name ?? ''), ownerKey)
      : certificationKey(
          Number(v.organizationId),
          String(v.kind),
          typeof (v.number ?? v.product) === 'string' ? String(v.number ?? v.product) : null,
        );
  const known = entity === 'ocop' ? existing : await knownCertifications(run);
  const fields = entity === 'ocop' ? OCOP_FIELDS : CERT_FIELDS;
  const texts = Object.fromEntries(Object.entries(intent.row.raw ?? {}).filter(([k, t]) => t !== '' && fields.some((f) => f.key === k)));
  const rowColumns = {
    source_texts: sourceTexts(null, texts),
    extra_columns: intent.row.extras ? JSON.stringify(intent.row.extras ?? []) : null,
  };
  const id = known.get(key);
  if (id === undefined) {
    const r = await writeOp(run, intent, { entity, identity: ['name', 'organizationId', 'externalOwnerName'], rowColumns }, v, (x) => ({
      kind: 'create',
      tempId: String(intent.row.sourceRow),
      values: x,
    }));
    known.set(key, r.id);
    run.changes.push({ entity, entityId: r.id, action: 'insert', before: null, after: {} });
    recordFlags(run, sheet, intent, {
      organizationId: typeof v.organizationId === 'number' ? v.organizationId : null,
      figuresId: null,
      ownId: r.id,
    });
    return outcome('new', null);
  }
  const row = await getRow(run.trx, ENTITY_CONFIG[entity].table, id);
  const stored = row ? ENTITY_CONFIG[entity].fromColumns(row) : {};
  // The owner was part of the match; the remaining fields are compared.
  const compared = Object.fromEntries(
    Object.entries(v).filter(([k]) => k in stored && k !== 'externalOwnerName' && k !== 'externalOwnerKind' && k !== 'organizationId'),
  );
  const merged = intent.duplicateOf !== null;
  const changes = merged ? fillBlanks(stored, compared) : diff(stored, compared);
  if (changes.length > 0) {
    const values = Object.fromEntries(changes.map((c) => [c.field, c.to]));
    await writeOp(run, intent, { entity, identity: ['name'], rowColumns }, values, (x) =>
      updateOp(
        id,
        changes.filter((c) => c.field in x),
      ),
    );
    run.changes.push(
      changeOf(
        entity,
        id,
        changes.filter((c) => c.field in values),
      ),
    );
  }
  recordFlags(run, sheet, intent, {
    organizationId: typeof v.organizationId === 'number' ? v.organizationId : null,
    figuresId: null,
    ownId: id,
  });
  if (merged) return outcome('merged', `Trùng với dòng ${String(intent.duplicateOf)}: đã gộp.`, { changes, matchedId: id });
  return changes.length
    ? outcome('update', `${changes.length} trường thay đổi`, { changes, matchedId: id })
    : outcome('unchanged', null, { matchedId: id });
}
