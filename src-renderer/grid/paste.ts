/**
 * Ctrl+V into the registry grid: a block of cells from Excel, LibreOffice or the grid itself. A first line
 * that repeats the grid's column headers (a block copied with its header row) is skipped, not refused.
 */
import type { CellValue, FieldKind } from '../../src-main/contract/fields.ts';
import { foldVietnamese } from '../../src-main/shared/text-fold.ts';
import { blockWidth, parseTsv, unguardFormulaText } from './clipboard.ts';
import type { CellEdit, CellProblem } from './controller.ts';
import type { InteractionHost } from './interaction.ts';
import { columnLetter, pasteTargets, type Rect } from './range.ts';
import { lookupCommune } from './services.ts';
import { headerOf, parseCell } from './values.ts';

const MAX_REPORTED = 5;

/** Cells of free text, whose copies are guarded against being run as formulas (numbers like -1.234 are not). */
export const TEXT_KINDS: ReadonlySet<FieldKind> = new Set(['text', 'code']);

function rowKeyAt(host: InteractionHost, index: number): string | undefined {
  return host.api()?.getDisplayedRowAtIndex(index)?.data?.key;
}

/** Whether a pasted line is the grid's header row: every filled cell names one of its columns. */
export function isHeaderLine(line: readonly string[], headers: ReadonlySet<string>): boolean {
  const filled = line.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => headers.has(foldVietnamese(c)));
}

function headerNames(host: InteractionHost): Set<string> {
  const unit = host.ctx().unit;
  const names = new Set<string>();
  for (const f of host.controller.fields.values()) {
    names.add(foldVietnamese(f.spec.label));
    names.add(foldVietnamese(headerOf(f.spec, unit)));
  }
  return names;
}

/**
 * Ctrl+V: the block lands at the selection's top-left (or fills a selection that is a multiple of it),
 * runs into new rows past the end, and every cell that cannot be taken is named in the report.
 */
export async function pasteInto(host: InteractionHost, text: string): Promise<void> {
  const api = host.api();
  if (!api || text === '') return;
  const rect: Rect | null = host.selection.current();
  if (!rect) {
    host.status({ kind: 'error', text: 'Hãy chọn ô bắt đầu dán trước.' });
    return;
  }
  const parsedBlock = parseTsv(text);
  const skipHeader = parsedBlock.length > 1 && isHeaderLine(parsedBlock[0] ?? [], headerNames(host));
  const block = skipHeader ? parsedBlock.slice(1) : parsedBlock;
  const width = blockWidth(block);
  const targets = pasteTargets(rect, block.length, width);
  const rowCount = api.getDisplayedRowCount();
  const ctx = host.ctx();
  const cols = host.selection.columns;
  const edits: CellEdit[] = [];
  const newRows = new Map<number, Record<string, CellValue>>();
  const problems: CellProblem[] = [];
  const refused: string[] = [];
  const where = (row: number, col: number) => `ô ${columnLetter(col)}${String(row + 1)}`;
  let outside = 0;
  for (const t of targets) {
    const raw = block[t.blockRow]?.[t.blockCol];
    if (raw === undefined) continue;
    const colId = cols[t.col];
    const field = colId ? host.controller.field(colId) : undefined;
    if (!colId || !field) {
      if (raw.trim() !== '') outside += 1;
      continue;
    }
    if (t.row >= rowCount && !host.canAddRows) {
      if (raw.trim() !== '') outside += 1;
      continue;
    }
    const rowKey = t.row < rowCount ? rowKeyAt(host, t.row) : undefined;
    if (field.spec.readOnly) {
      if (raw.trim() !== '') refused.push(`${where(t.row, t.col)} (${field.spec.label}): cột này chỉ để xem.`);
      continue;
    }
    let parsed = parseCell(field.spec, TEXT_KINDS.has(field.spec.kind) ? unguardFormulaText(raw) : raw, ctx);
    if (parsed.ok === 'lookup') {
      const found = await lookupCommune(host.services, parsed.text);
      parsed = found.ok ? { ok: true, value: found.code } : { ok: false, reason: found.reason };
    }
    if (parsed.ok === true) {
      if (rowKey) edits.push({ rowKey, colId, value: parsed.value });
      else if (parsed.value !== null) {
        const cells = newRows.get(t.row) ?? {};
        cells[colId] = parsed.value;
        newRows.set(t.row, cells);
      }
    } else {
      refused.push(`${where(t.row, t.col)} (${field.spec.label}): ${parsed.reason}`);
      if (rowKey) problems.push({ rowKey, colId, reason: parsed.reason });
    }
  }
  if (problems.length) host.controller.markProblems(problems);
  const created = [...newRows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => cells);
  const cellCount = edits.length + created.reduce((n, c) => n + Object.keys(c).length, 0);
  const outcome = await host.controller.commit(edits, created, `Dán ${String(cellCount)} ô`);
  if (refused.length || outside) {
    const lines = refused.slice(0, MAX_REPORTED).join(' ');
    const more = refused.length > MAX_REPORTED ? ` và ${String(refused.length - MAX_REPORTED)} ô khác.` : '';
    const out = outside ? ` ${String(outside)} ô nằm ngoài bảng nên bị bỏ qua.` : '';
    const core = outcome.failures.length ? ` Không lưu được ${String(outcome.failures.length)} thay đổi: ${outcome.failures[0] ?? ''}` : '';
    host.status({
      kind: 'error',
      text: `Đã dán ${String(cellCount)} ô${created.length ? `, thêm ${String(created.length)} dòng` : ''}. Không nhận ${String(refused.length)} ô: ${lines}${more}${out}${core}`,
    });
  } else if (created.length && outcome.failures.length === 0) {
    host.status({
      kind: 'ok',
      text: `Đã dán ${String(cellCount)} ô, thêm ${String(created.length)} dòng mới.${skipHeader ? ' Dòng tiêu đề cột được bỏ qua.' : ''}`,
    });
  } else if (skipHeader && outcome.failures.length === 0) {
    host.status({ kind: 'ok', text: `Đã dán ${String(cellCount)} ô; dòng đầu là tiêu đề cột nên được bỏ qua.` });
  }
}
