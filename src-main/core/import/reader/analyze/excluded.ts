/**
 * Why each row of a sheet that is not a record is left out: every row from the first to the last that
 * holds anything ends either as a record (imported, updated, unchanged or merged) or here, with its reason.
 */
import type { SheetGrid } from '../layout/grid.ts';
import type { TableLayout } from '../layout/header.ts';
import type { ClassifiedRow } from '../layout/rows.ts';
import type { ExcludedRow } from './types.ts';

function rowHasText(grid: SheetGrid, r: number): boolean {
  const cells = grid.sheet.rows[r];
  return cells !== undefined && cells.some((c) => c !== null && c !== undefined && c.text.trim() !== '');
}

/** Rows above the table: the title block, the header, the column-number row. */
function aboveTable(grid: SheetGrid, layout: TableLayout | undefined, out: ExcludedRow[]): void {
  const headers = new Set(layout?.headerRows ?? []);
  const end = layout?.dataStart ?? grid.rowCount;
  for (let r = 0; r < end; r++) {
    let reason: string;
    if (!rowHasText(grid, r)) reason = 'Dòng trống';
    else if (layout === undefined) reason = 'Trang không có bảng danh sách';
    else if (headers.has(r)) reason = 'Dòng tên cột';
    else if (r === layout.columnNumberRow) reason = 'Dòng đánh số cột';
    else reason = 'Tiêu đề, tên cơ quan phía trên bảng';
    out.push({ sourceRow: r + 1, reason });
  }
}

const quoted = (label: string | undefined): string => (label === undefined || label === '' ? '' : `: “${label}”`);

function reasonOf(c: ClassifiedRow, grid: SheetGrid): string | undefined {
  switch (c.kind) {
    case 'record':
      return undefined;
    case 'blank':
      return rowHasText(grid, c.r) ? 'Dòng không có nội dung trong các cột của bảng' : 'Dòng trống';
    case 'header':
      return 'Dòng tên cột lặp lại';
    case 'total':
      return `Dòng cộng, tổng cộng${quoted(c.label)}`;
    case 'section':
      return `Dòng tên mục${quoted(c.label)}`;
    case 'footer':
      return rowHasText(grid, c.r) ? 'Chữ ký, ghi chú dưới bảng' : 'Dòng trống';
  }
}

/** The rows of the sheet that are not records, with why, and how many rows the sheet has in all. */
export function excludedRows(
  grid: SheetGrid,
  layout: TableLayout | undefined,
  classified: readonly ClassifiedRow[],
): { excluded: ExcludedRow[]; sourceRows: number } {
  const excluded: ExcludedRow[] = [];
  aboveTable(grid, layout, excluded);
  for (const c of classified) {
    const reason = reasonOf(c, grid);
    if (reason !== undefined) excluded.push({ sourceRow: c.r + 1, reason });
  }
  return { excluded, sourceRows: grid.rowCount };
}
