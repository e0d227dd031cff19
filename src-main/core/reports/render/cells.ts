/**
 * Table cells as each output needs them: printed text for HTML/DOCX (Vietnamese digits "1.580,5"), and a
 * number plus an Excel format code for XLSX. Both come from one NumberFormat so they agree to the digit.
 */
import { MONEY_UNIT_POWER, formatNumber } from '../../../shared/index.ts';
import type { CellValue, NumberFormat, TableBlock, TableColumn } from '../model.ts';

/** The value in the unit it is shown in: đồng → triệu for a 'trieu' column, fraction → percent points. */
export function scaledValue(value: number, format: NumberFormat): number {
  switch (format.kind) {
    case 'money':
      // Division by an exact power of ten; formatNumber then rounds on decimal digits, not binary ones.
      return value / 10 ** MONEY_UNIT_POWER[format.unit];
    case 'percent':
      return value * 100;
    default:
      return value;
  }
}

export function formatFigure(value: number, format: NumberFormat): string {
  switch (format.kind) {
    case 'integer':
      return formatNumber(value, { decimals: 0 });
    case 'decimal':
    case 'money':
    case 'percent':
      return formatNumber(scaledValue(value, format), { decimals: format.decimals });
  }
}

/** What HTML and DOCX print in a cell. Null is "not reported": the table's blank mark, never "0". */
export function cellText(value: CellValue, column: TableColumn, blank: string): string {
  if (value === null) return blank;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return formatFigure(value.value, value.format);
  if (column.format === 'text') return String(value);
  return formatFigure(value, column.format);
}

export function columnAlign(column: TableColumn): 'left' | 'center' | 'right' {
  return column.align ?? (column.format === 'text' ? 'left' : 'right');
}

export const DEFAULT_BLANK = '-';

/**
 * Sums of the columns marked `sum`, over data rows; null when every cell is blank (nothing reported is not 0).
 * Money stays in đồng, so the printed total is the rounded exact sum, as Excel's SUM of the cells would show.
 */
export function columnTotals(table: TableBlock): CellValue[] {
  return table.columns.map((column, i) => {
    if (!column.sum) return table.total?.values?.[i] ?? null;
    let sum: number | null = null;
    for (const row of table.rows) {
      if (row.kind !== 'data') continue;
      const v = row.cells[i];
      if (typeof v === 'number') sum = (sum ?? 0) + v;
    }
    return sum;
  });
}

/**
 * Excel number format codes. OOXML stores codes in one invariant syntax — "," groups thousands, "." marks
 * decimals — and Excel displays them with the separators of the reader's regional settings. So "#,##0"
 * shows 1.580.000 on a Vietnamese Windows (and 1,580,000 on an English one), and the value stays a number
 * that sums and sorts. Writing "#.##0" into the file would instead mean "decimal point then digits" and
 * print 1580000,000 on a Vietnamese machine; a text cell "1.580.000" would print right but not add up.
 */
export function excelNumberFormat(format: 'text' | NumberFormat): string {
  if (format === 'text') return '@';
  const decimals = format.kind === 'integer' ? 0 : format.decimals;
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}
