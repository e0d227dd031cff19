import type { ChecklistItemDto, ChecklistTemplateDto } from '../../contract/inspection-dto.ts';
import type { ChecklistTemplateInput } from '../../contract/inspections.ts';
import { AppError } from '../../contract/errors.ts';
import { foldVietnamese } from '../../shared/text-fold.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock, invalid } from './common.ts';
import {
  getTemplateRow,
  insertTemplate,
  insertTemplateItems,
  latestTemplateRow,
  listTemplateRows,
  templateItemRows,
  type TemplateItemRow,
} from './repository.ts';
import { writeTransaction } from '../db/transaction.ts';

function itemDto(i: TemplateItemRow): ChecklistItemDto {
  return { id: i.id, code: i.code, title: i.title, guidance: i.guidance, legalBasis: i.legal_basis };
}

/** Every version, newest first, with its items. */
export async function listTemplates(db: Db): Promise<ChecklistTemplateDto[]> {
  const rows = await listTemplateRows(db);
  const items = await templateItemRows(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((t) => ({
    id: t.id,
    version: t.version,
    note: t.note,
    createdAt: t.created_at,
    createdBy: t.created_by,
    items: items.filter((i) => i.template_id === t.id).map(itemDto),
    recordsUsing: Number(t.records_using ?? 0),
  }));
}

/** The version a new record uses unless it names one; migration 004 guarantees version 1 exists. */
export async function templateForNewRecord(db: Db, templateId: number | undefined): Promise<{ id: number; version: number }> {
  const t = templateId === undefined ? await latestTemplateRow(db) : await getTemplateRow(db, templateId);
  if (!t) throw new AppError('NOT_FOUND', 'Không tìm thấy mẫu nội dung kiểm tra này.');
  return { id: t.id, version: t.version };
}

/** A code from the wording when the clerk gave none: "Sổ đăng ký thành viên" → "so_dang_ky_thanh_vien". */
function codeFromTitle(title: string): string {
  const slug = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return (slug || 'muc').slice(0, 36).replace(/_+$/, '');
}

/**
 * Saves the edited checklist as a new version. Versions are never changed in place: a record keeps the
 * wording it was made with, and the period report can still group failures across versions by code.
 * An item without a code keeps the code of the newest version's item with the same wording, or gets one.
 */
export async function saveTemplate(ctx: CoreContext, input: ChecklistTemplateInput): Promise<ChecklistTemplateDto> {
  const { at } = clock(ctx);
  const id = await writeTransaction(ctx, async ({ db: trx }) => {
    const latest = await latestTemplateRow(trx);
    const previous = latest ? await templateItemRows(trx, [latest.id]) : [];
    const byTitle = new Map(previous.map((p) => [foldVietnamese(p.title), p.code]));
    const used = new Set<string>();
    const items = input.items.map((it) => {
      let code = it.code ?? byTitle.get(foldVietnamese(it.title)) ?? codeFromTitle(it.title);
      if (it.code !== undefined && used.has(code)) throw invalid(`Mã mục "${code}" bị trùng trong mẫu.`);
      for (let n = 2; used.has(code); n++) code = `${codeFromTitle(it.title)}_${n}`;
      used.add(code);
      return { code, title: it.title, guidance: blankToNull(it.guidance), legalBasis: blankToNull(it.legalBasis) };
    });
    const version = (latest?.version ?? 0) + 1;
    const templateId = await insertTemplate(trx, { version, note: blankToNull(input.note), at, who: ctx.who });
    await insertTemplateItems(trx, templateId, items);
    await recordAudit(trx, ctx.who, at, [
      { action: 'insert', entity: 'checklist_templates', entityId: String(templateId), newValue: { version, items } },
    ]);
    return templateId;
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  const saved = (await listTemplates(ctx.db)).find((t) => t.id === id);
  if (!saved) throw new AppError('INTERNAL');
  return saved;
}
