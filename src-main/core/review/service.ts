import type { CellValue, Entity, RegistryOp, ReportFile, ReviewGroup, ReviewItem } from '../../contract/index.ts';
import { AppError } from '../../contract/index.ts';
import { CERT_KIND_LABEL, CERT_KINDS } from '../../contract/vocab.ts';
import {
  IMPORT_FIELDS,
  importFieldLabel,
  isFundImportKind,
  isRegistryEntity,
  type FieldSpec,
  type ImportEntity,
} from '../../contract/fields.ts';
import { applySupportFix } from '../bcd/support/import-fix.ts';
import type { CoreContext } from '../context.ts';
import { runOpsIn } from '../registry/apply.ts';
import { getOrganization } from '../registry/repository.ts';
import type { Db } from '../db/types.ts';
import { localIsoDate } from '../registry/values.ts';
import { officeProvince } from '../settings/service.ts';
import { aliasKey } from '../import/reader/values/aliases.ts';
import { classifySectors, sectorKey } from '../import/reader/values/sector-lexicon.ts';
import { renderTablesXlsx } from '../reports/render/index.ts';
import { countOpen, openFlags, openGroups, rememberAlias, resolveFlags, type FlagFilter, type OpenFlag } from './repository.ts';
import { writeTransaction, type Tx } from '../db/transaction.ts';

const CERT_OPTIONS = CERT_KINDS.map((k) => ({ value: k, label: CERT_KIND_LABEL[k] }));

function specOf(entity: ImportEntity, field: string): FieldSpec | undefined {
  return IMPORT_FIELDS[entity].find((f) => f.key === field);
}

/** The choices a group can be fixed with in one click: a field's code list (several for sectors, certificates). */
function choicesOf(entity: ImportEntity, field: string): { options: ReviewGroup['options']; multiple: boolean } {
  // A ledger row is put right on the fund's own pages (a contract typed, an entry posted): here it is only marked as seen.
  if (isFundImportKind(entity)) return { options: null, multiple: false };
  if (field === 'certificates') return { options: CERT_OPTIONS, multiple: true };
  const spec = specOf(entity, field);
  if (spec?.options === undefined) return { options: null, multiple: false };
  return { options: spec.options.map((o) => ({ value: o.value, label: o.label })), multiple: spec.kind === 'multiEnum' };
}

export async function reviewCount(ctx: CoreContext): Promise<{ open: number }> {
  return { open: await countOpen(ctx.db) };
}

export async function reviewGroups(ctx: CoreContext, batchId?: number): Promise<ReviewGroup[]> {
  return (await openGroups(ctx.db, batchId)).map((g) => {
    const entity = g.entity as ImportEntity;
    return {
      entity,
      field: g.field,
      label: importFieldLabel(entity, g.field),
      raw: String(g.raw_text),
      textKey: g.text_key,
      reason: String(g.reason),
      count: Number(g.n),
      ...choicesOf(entity, g.field),
    };
  });
}

function itemOf(f: OpenFlag): ReviewItem {
  const entity = f.entity as ImportEntity;
  return {
    id: f.id,
    entity,
    field: f.field,
    label: importFieldLabel(entity, f.field),
    raw: f.raw_text,
    textKey: f.text_key,
    reason: f.reason,
    organizationId: f.organization_id,
    organizationName: f.org_name,
    year: f.year,
    sheet: f.sheet,
    sourceRow: f.source_row,
    batchId: f.batch_id,
    fileName: f.file_name,
  };
}

export async function reviewItems(ctx: CoreContext, filter: FlagFilter & { limit?: number }): Promise<ReviewItem[]> {
  return (await openFlags(ctx.db, filter, filter.limit)).map(itemOf);
}

interface FixEnv {
  ctx: CoreContext;
  tx: Tx;
  province: string | undefined;
  now: Date;
}

async function runOne(env: FixEnv, entity: Entity, op: RegistryOp, flag: OpenFlag): Promise<void> {
  const evidence = { knownOn: flag.list_date ?? localIsoDate(env.now), statusDate: null, note: 'Sửa ở mục Cần xem lại' };
  const { results } = await runOpsIn(env.ctx, env.tx, entity, [op], {
    provinceCode: env.province,
    now: env.now,
    withRows: false,
    statusEvidence: evidence,
  });
  const r = results[0];
  if (r !== undefined && !r.ok)
    throw new AppError('INVALID_INPUT', `${importFieldLabel(entity, flag.field)} “${flag.raw_text}”: ${r.message}`);
}

const asList = (value: CellValue): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);

/** Writes the clerk's value for one flagged cell where the import left it blank (or took it as "Khác"). */
async function applyFix(env: FixEnv, flag: OpenFlag, value: CellValue): Promise<void> {
  // A ledger row is put right on the fund's own pages: its flag is only marked as seen.
  if (isFundImportKind(flag.entity as ImportEntity)) return;
  if (!isRegistryEntity(flag.entity as ImportEntity)) {
    await applySupportFix(env.tx.db, flag, value, env.now.toISOString());
    return;
  }
  const orgId = flag.organization_id;
  if (value === null || flag.field === 'name' || flag.field === 'organizationId') return;
  if (flag.field === 'certificates') {
    if (orgId === null) return;
    const ops: RegistryOp[] = asList(value).map((kind, i) => ({
      kind: 'create',
      tempId: `c${i}`,
      values: { organizationId: orgId, kind, validOn: flag.list_date, notes: `Theo tệp nhập: “${flag.raw_text}”` },
    }));
    for (const op of ops) await runOne(env, 'certifications', op, flag);
    return;
  }
  if (flag.entity === 'figures') {
    if (orgId === null || flag.year === null) return;
    const op: RegistryOp = {
      kind: 'upsertFigures',
      organizationId: orgId,
      year: flag.year,
      period: (flag.period ?? 'Y') as 'Y' | 'H1' | 'H2',
      changes: { [flag.field]: value },
    };
    await runOne(env, 'figures', op, flag);
    return;
  }
  const id = flag.entity === 'organizations' ? orgId : flag.entity_id;
  if (id === null) return;
  let v = value;
  if (flag.field === 'sectors') {
    // The sectors read from the rest of the cell stay; "Khác", which stood for the text not understood, goes.
    const current = (await getOrganization(env.tx.db, id))?.sectors;
    const kept = current ? (JSON.parse(current) as string[]).filter((s) => s !== 'khac') : [];
    v = [...new Set([...kept, ...asList(value)])];
  }
  await runOne(env, flag.entity as Entity, { kind: 'update', id, changes: { [flag.field]: v } }, flag);
}

/**
 * Later imports read the text as the clerk chose. A sector cell is remembered by the pieces the lexicon did
 * not know ("nuôi ốc" of "Trồng lúa, nuôi ốc"), so that the same activity is known in any other cell.
 */
async function remember(ctx: CoreContext, trx: Db, flag: OpenFlag, value: CellValue, at: string): Promise<boolean> {
  const spec = specOf(flag.entity as ImportEntity, flag.field);
  if (value === null || (spec?.kind !== 'enum' && spec?.kind !== 'multiEnum')) return false;
  const texts =
    spec.kind === 'multiEnum'
      ? classifySectors(flag.raw_text).unknown.map((p) => [p, sectorKey(p)] as const)
      : [[flag.raw_text, aliasKey(flag.raw_text)] as const];
  for (const [raw, textKey] of texts)
    await rememberAlias(trx, { field: flag.field, textKey, raw, value: JSON.stringify(value), at, who: ctx.who });
  return texts.length > 0;
}

async function fix(
  ctx: CoreContext,
  filter: FlagFilter,
  value: CellValue,
  rememberIt: boolean,
): Promise<{ fixed: number; remembered: boolean }> {
  const flags = await openFlags(ctx.db, filter);
  if (flags.length === 0) throw new AppError('NOT_FOUND', 'Không còn ô nào như vậy cần xem lại (có thể đã được sửa).');
  const now = ctx.now();
  const at = now.toISOString();
  const province = await officeProvince(ctx);
  let remembered = false;
  await writeTransaction(ctx, async (tx) => {
    const trx = tx.db;
    const env: FixEnv = { ctx, tx, province, now };
    for (const flag of flags) await applyFix(env, flag, value);
    await resolveFlags(
      trx,
      flags.map((f) => f.id),
      at,
      ctx.who,
      JSON.stringify(value),
    );
    const first = flags[0];
    if (rememberIt && first !== undefined) remembered = await remember(ctx, trx, first, value, at);
  });
  ctx.events.emit('data.changed', { area: 'registry' });
  ctx.events.emit('data.changed', { area: 'imports' });
  ctx.events.emit('data.changed', { area: 'bcd' });
  return { fixed: flags.length, remembered };
}

/** Every open cell of one group gets the clerk's value, in one transaction; remembered for later imports. */
export function fixGroup(
  ctx: CoreContext,
  input: { entity: ImportEntity; field: string; textKey: string; value: CellValue; remember: boolean },
) {
  return fix(ctx, { entity: input.entity, field: input.field, textKey: input.textKey }, input.value, input.remember);
}

export function fixItem(ctx: CoreContext, input: { id: number; value: CellValue }) {
  return fix(ctx, { ids: [input.id] }, input.value, false);
}

/** The open cells as a workbook, one row each. */
export async function exportReview(ctx: CoreContext): Promise<ReportFile> {
  const items = await reviewItems(ctx, {});
  const text = (header: string, width: number) => ({ header, format: 'text' as const, width });
  const bytes = await renderTablesXlsx(
    [
      {
        kind: 'table',
        sheetName: 'Cần xem lại',
        caption: 'Các ô cần xem lại sau khi nhập dữ liệu',
        columns: [
          text('TT', 6),
          text('Tổ chức', 30),
          text('Trường', 18),
          text('Chữ ghi trong tệp', 28),
          text('Lý do', 40),
          text('Tệp', 20),
          text('Trang', 14),
          { header: 'Dòng', format: { kind: 'integer' }, width: 8 },
        ],
        rows: items.map((it, i) => ({
          kind: 'data',
          cells: [String(i + 1), it.organizationName ?? '', it.label, it.raw, it.reason, it.fileName ?? '', it.sheet ?? '', it.sourceRow],
        })),
      },
    ],
    { author: 'KTTT', title: 'Cần xem lại' },
  );
  return {
    fileName: `can-xem-lai-${localIsoDate(ctx.now())}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
