/**
 * Pieces shared by the inspection printouts (biên bản, kế hoạch, báo cáo kết quả kiểm tra, báo cáo giám sát),
 * built on the report engine's document model so every printout renders to HTML, PDF, DOCX and XLSX alike.
 */
import type { CountByType } from '../../../contract/inspection-dto.ts';
import { ORG_TYPES, type OrgType } from '../../../contract/vocab.ts';
import { formatVnDate } from '../../../shared/vn-date-format.ts';
import type { ReportSettings } from '../../reports/frame.ts';
import { paragraph, type CellValue, type ParagraphBlock, type TableBlock, type TableColumn } from '../../reports/model.ts';

export type InspectionDocumentKind = 'record' | 'plan' | 'period' | 'monitoring';

/** Ký hiệu of each printout; the office may override them in saved report settings. */
const SYMBOL: Record<InspectionDocumentKind, string> = {
  record: 'BB-ĐKT',
  plan: 'KH-KT',
  period: 'BC-KT',
  monitoring: 'BC-GS',
};

/**
 * Settings used when the office has saved none for the printout: number left blank for the văn thư, the
 * given date, and Nơi nhận fitting the document (the biên bản goes to the inspected organization).
 */
export function defaultInspectionReportSettings(kind: InspectionDocumentKind, date: string | null): ReportSettings {
  return {
    number: null,
    symbol: SYMBOL[kind],
    date,
    recipients:
      kind === 'record' ? ['Tổ chức được kiểm tra'] : kind === 'plan' ? ['Các tổ chức được kiểm tra', 'Thành viên Đoàn kiểm tra'] : [],
    archiveUnits: kind === 'record' ? 'hồ sơ kiểm tra' : '',
  };
}

/** Numbers the biểu in reading order, so adding one never leaves a gap. */
export class Counter {
  private n = 0;
  next(title: string): string {
    this.n += 1;
    return `Biểu ${String(this.n)}. ${title}`;
  }
}

/** "- …" lines of a list, flush with the body text. */
export function bullet(text: string): ParagraphBlock {
  return paragraph(`- ${text}`);
}

/** Free text as typed in a form: one paragraph per non-empty line. */
export function paragraphsOf(text: string | null): ParagraphBlock[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => paragraph(l));
}

export const dateOrBlank = (iso: string | null): string => (iso ? formatVnDate(iso) : '');

export const TT: TableColumn = { header: 'TT', format: 'text', width: 6, align: 'center' };
export const COUNT = { kind: 'integer' } as const;

/** Columns "HTX | LHHTX | QTDND | THT" of counts, summed in the total row. */
export function typeColumns(width = 11): TableColumn[] {
  return ORG_TYPES.map((t) => ({ header: t, format: COUNT, width, sum: true }));
}

export function typeCells(byType: CountByType): CellValue[] {
  return ORG_TYPES.map((t: OrgType) => byType[t]);
}

export function table(
  sheetName: string,
  caption: string,
  columns: TableColumn[],
  rows: CellValue[][],
  extra: Partial<TableBlock> = {},
): TableBlock {
  return { kind: 'table', sheetName, caption, columns, rows: rows.map((cells) => ({ kind: 'data', cells })), ...extra };
}

/** "1", "2"… as text, so the XLSX keeps TT a label and never sums it. */
export const tt = (i: number): string => String(i + 1);
