import type { CellValue, FieldChange, RowFate } from '../../contract/index.ts';
import { FIGURE_VALUE_FIELDS, ORG_FIELDS } from '../../contract/fields.ts';
import { ORG_TYPE_LABEL } from '../../contract/vocab.ts';
import { orgNameKey } from '../registry/entities.ts';
import { linkLegacyAddress } from '../registry/legacy-address.ts';
import { adminUnitsOf } from '../registry/admin.ts';
import { getRow } from '../registry/repository.ts';
import { confirmStatusEarlier } from '../registry/status-history.ts';
import { ENTITY_CONFIG } from '../registry/entities.ts';
import { placeOf, type KnownOrg, type Place } from './match.ts';
import { diff, fillBlanks, updateOp, type RowIntent } from './plan.ts';
import { changeOf, figureKey, outcome, recordFlags, sourceTexts, writeOp, type Outcome, type Run, type SheetRun } from './run.ts';
import { certificatesOfRow } from './certificates.ts';

const ORG_KEYS = new Set(ORG_FIELDS.map((f) => f.key));
const FIGURE_KEYS = new Set(FIGURE_VALUE_FIELDS.map((f) => f.key));

/** Where a row's organization is: the commune its old address became (when that is certain), else the address. */
export function rowPlace(run: Pick<Run, 'ctx' | 'province' | 'places'>, v: Record<string, CellValue>): Place {
  const commune = typeof v.communeCode === 'string' ? v.communeCode : null;
  const legacy = typeof v.legacyAddress === 'string' ? v.legacyAddress : null;
  const key = `${commune ?? ''}\u0000${legacy ?? ''}`;
  const known = run.places.get(key);
  if (known) return known;
  const place =
    commune === null && legacy !== null
      ? placeOf(linkLegacyAddress(adminUnitsOf(run.ctx), legacy, run.province), legacy)
      : placeOf(commune, legacy);
  run.places.set(key, place);
  return place;
}

/** The texts the row's cells held for the given fields (as written), for the row's `source_texts`. */
function textsOf(intent: RowIntent, keys: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, text] of Object.entries(intent.row.raw ?? {})) if (keys.has(k) && text !== '') out[k] = text;
  return out;
}

function extrasJson(stored: string | null | undefined, extras: readonly [string, string][]): string | null {
  if (extras.length === 0) return stored ?? null;
  const merged = new Map<string, string>(stored ? (JSON.parse(stored) as [string, string][]) : []);
  for (const [header, text] of extras) merged.set(header, text);
  return JSON.stringify([...merged]);
}

function rowColumnsFor(
  intent: RowIntent,
  stored: { source_texts?: unknown; extra_columns?: unknown } | undefined,
): { source_texts: string | null; extra_columns: string | null } {
  return {
    source_texts: sourceTexts(typeof stored?.source_texts === 'string' ? stored.source_texts : null, textsOf(intent, ORG_KEYS)),
    extra_columns: extrasJson(typeof stored?.extra_columns === 'string' ? stored.extra_columns : null, intent.row.extras ?? []),
  };
}

function knownOrg(id: number, v: Record<string, CellValue>, place: Place): KnownOrg {
  return { id, name: String(v.name), regCode: typeof v.regCode === 'string' ? v.regCode : null, place };
}

async function createOrganization(run: Run, sheet: SheetRun, intent: RowIntent, place: Place, namesakes: number): Promise<KnownOrg> {
  const values = { ...intent.orgValues };
  if (!values.type) {
    values.type = 'HTX';
    intent.flags.set('type', {
      raw: intent.row.raw?.type ?? '',
      reason: `Không rõ loại hình (tên không cho biết là HTX, tổ hợp tác hay quỹ tín dụng): tạm ghi là ${ORG_TYPE_LABEL.HTX}.`,
    });
  }
  if (namesakes > 1) {
    intent.flags.set('name', {
      raw: String(values.name ?? ''),
      reason: `Có ${namesakes} tổ chức cùng tên không phân biệt được bằng địa chỉ: đã thêm mới. Hãy kiểm tra và gộp nếu là một.`,
    });
  }
  const evidence = { knownOn: sheet.knownOn, statusDate: intent.row.statusDate ?? null, note: `Theo ${sheet.source}` };
  const r = await writeOp(
    run,
    intent,
    { entity: 'organizations', identity: ['name'], evidence, rowColumns: rowColumnsFor(intent, undefined) },
    values,
    (v) => ({
      kind: 'create',
      tempId: String(intent.row.sourceRow),
      values: v,
    }),
  );
  run.changes.push({ entity: 'organizations', entityId: r.id, action: 'insert', before: null, after: {} });
  return knownOrg(r.id, values, place);
}

/** The stored organization brought up to what the row says; the changes made. */
async function updateOrganization(
  run: Run,
  sheet: SheetRun,
  intent: RowIntent,
  org: KnownOrg,
  onlyBlanks: boolean,
): Promise<{ org: KnownOrg; changes: FieldChange[] }> {
  const row = await getRow(run.trx, 'organizations', org.id);
  const stored = row ? ENTITY_CONFIG.organizations.fromColumns(row) : {};
  const v = intent.orgValues;
  // The same name written another way ("HTX" for "Hợp tác xã", other case or tone placement) is not a change.
  const wanted =
    sheet.entity === 'figures'
      ? []
      : (onlyBlanks ? fillBlanks(stored, v) : diff(stored, v)).filter(
          (c) => c.field !== 'name' || orgNameKey(String(c.from)) !== orgNameKey(String(c.to)),
        );
  if (typeof v.status === 'string' && v.status === stored.status) await confirmStatusEarlier(run.trx, org.id, v.status, sheet.knownOn);
  if (wanted.length === 0) return { org, changes: [] };
  const values = Object.fromEntries(wanted.map((c) => [c.field, c.to]));
  const evidence = { knownOn: sheet.knownOn, statusDate: intent.row.statusDate ?? null, note: `Theo ${sheet.source}` };
  await writeOp(
    run,
    intent,
    { entity: 'organizations', identity: ['name', 'regCode'], evidence, rowColumns: rowColumnsFor(intent, row) },
    values,
    (x) =>
      updateOp(
        org.id,
        wanted.filter((c) => c.field in x),
      ),
  );
  const changes = wanted.filter((c) => c.field in values);
  if (changes.length === 0) return { org, changes };
  run.changes.push(changeOf('organizations', org.id, changes));
  const has = (f: string) => changes.some((c) => c.field === f);
  const next: KnownOrg = {
    id: org.id,
    name: has('name') ? String(v.name) : org.name,
    regCode: has('regCode') ? String(v.regCode) : org.regCode,
    place: has('communeCode') || has('legacyAddress') ? rowPlace(run, { ...stored, ...values }) : org.place,
  };
  run.index.replace(org, next);
  return { org: next, changes };
}

/**
 * The row's figures for the sheet's year, written for the organization; null when there are none. A row
 * whose figure cells could not be read still gets its figures row, blank, keeping the cells' texts.
 */
async function writeFigures(
  run: Run,
  sheet: SheetRun,
  intent: RowIntent,
  orgId: number,
  onlyBlanks: boolean,
): Promise<{ id: number | null; changes: FieldChange[] }> {
  const rawTexts = textsOf(intent, FIGURE_KEYS);
  if ((Object.keys(intent.figureValues).length === 0 && Object.keys(rawTexts).length === 0) || sheet.year === null)
    return { id: null, changes: [] };
  const key = figureKey(orgId, sheet.year, sheet.period);
  const existingId = run.figures.get(key);
  const storedRow = existingId === undefined ? undefined : await getRow(run.trx, 'yearly_figures', existingId);
  const stored = storedRow ? ENTITY_CONFIG.figures.fromColumns(storedRow) : {};
  const wanted =
    existingId === undefined
      ? Object.entries(intent.figureValues).map(([field, to]) => ({ field, from: null, to }))
      : onlyBlanks
        ? fillBlanks(stored, intent.figureValues)
        : diff(stored, intent.figureValues);
  if (wanted.length === 0 && existingId !== undefined) return { id: existingId, changes: [] };
  const values = Object.fromEntries(wanted.map((c) => [c.field, c.to]));
  const texts = sourceTexts(typeof storedRow?.source_texts === 'string' ? storedRow.source_texts : null, rawTexts);
  const call = { entity: 'figures' as const, identity: ['organizationId', 'year', 'period'], rowColumns: { source_texts: texts } };
  const r = await writeOp(run, intent, call, values, (x) =>
    existingId === undefined
      ? { kind: 'create', tempId: key, values: { ...x, organizationId: orgId, year: sheet.year, period: sheet.period } }
      : { kind: 'update', id: existingId, changes: x },
  );
  const changes = wanted.filter((c) => c.field in values);
  if (existingId === undefined) {
    run.figuresAdded.push(key);
    run.figures.set(key, r.id);
    run.changes.push({ entity: 'figures', entityId: r.id, action: 'insert', before: null, after: {} });
  } else if (changes.length > 0) run.changes.push(changeOf('figures', r.id, changes));
  return { id: r.id, changes };
}

function flagUnknownYear(sheet: SheetRun, intent: RowIntent): void {
  if (sheet.year !== null) return;
  for (const [field, value] of Object.entries(intent.figureValues)) {
    intent.flags.set(field, {
      raw: intent.row.raw?.[field] ?? String(value),
      reason: 'Không rõ số liệu thuộc năm nào: chưa nhập. Hãy chọn năm cho trang tính.',
    });
  }
}

/**
 * Creates or updates one organization from a row, with its figures for the sheet's year and the
 * certificates its row names. A row that repeats an earlier one of the file only fills what that left blank.
 */
export async function organizationRow(run: Run, sheet: SheetRun, intent: RowIntent): Promise<Outcome> {
  const v = intent.orgValues;
  const place = rowPlace(run, v);
  const found = run.index.find(typeof v.regCode === 'string' ? v.regCode : null, typeof v.name === 'string' ? v.name : null, place);
  const merged = intent.duplicateOf !== null && found !== null && 'org' in found;
  flagUnknownYear(sheet, intent);
  let org: KnownOrg;
  let fate: RowFate;
  let changes: FieldChange[] = [];
  if (found === null || 'namesakes' in found) {
    org = await createOrganization(run, sheet, intent, place, found === null ? 0 : found.namesakes.length + 1);
    run.rowOrg.id = org.id;
    fate = 'new';
  } else {
    ({ org, changes } = await updateOrganization(run, sheet, intent, found.org, merged));
    fate = changes.length ? 'update' : 'unchanged';
  }
  const figures = await writeFigures(run, sheet, intent, org.id, merged);
  changes = [...changes, ...figures.changes];
  if (fate === 'unchanged' && figures.changes.length > 0) fate = 'update';
  await certificatesOfRow(run, sheet, intent, org.id);
  // The index learns of this row's organization only once the whole row has been written: a row that
  // fails is rolled back, and must not leave a phantom behind.
  if (fate === 'new') run.index.add(org);
  recordFlags(run, sheet, intent, { organizationId: org.id, figuresId: figures.id, ownId: null });
  if (merged) {
    const added = changes.length ? ` (bổ sung ${changes.length} ô còn trống)` : '';
    return outcome('merged', `Trùng với dòng ${String(intent.duplicateOf)}: đã gộp${added}.`, {
      changes,
      matchedId: org.id,
      matchedName: org.name,
    });
  }
  const matched = found !== null && 'org' in found ? { matchedId: org.id, matchedName: found.org.name } : {};
  return outcome(fate, fate === 'update' ? `${changes.length} trường thay đổi` : null, { changes, ...matched });
}
