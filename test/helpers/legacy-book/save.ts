/**
 * Grids → a file: .xlsx by ExcelJS (with the legacy font names on typed cells) or by SheetJS, or .xls BIFF8
 * by SheetJS. Legacy encodings are applied here, cell by cell, from each cell's encoding tag.
 */
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { encodeLegacy } from './charsets.ts';
import type { Cell, CellEncoding, ErrorText, Grid } from './grid.ts';
import { columnCount } from './grid.ts';
import type { BookFormat } from './layout.ts';

/** The text a cell stores for an encoding; TCVN3 capitals typed as small letters for a .VnTimeH font. */
export function storedText(t: string, encoding: CellEncoding): string {
  switch (encoding) {
    case 'nfd':
      return t.normalize('NFD');
    case 'tcvn3':
      return encodeLegacy(t, 'TCVN3');
    case 'tcvn3-capitals':
      return encodeLegacy(t.toLowerCase(), 'TCVN3');
    case 'vni':
      return encodeLegacy(t, 'VNI-WIN');
    default:
      return t;
  }
}

const FONT: Record<CellEncoding, string> = {
  unicode: 'Times New Roman',
  nfd: 'Times New Roman',
  tcvn3: '.VnTime',
  'tcvn3-capitals': '.VnTimeH',
  vni: 'VNI-Times',
};

function encodingAt(g: Grid, r: number, c: number): CellEncoding {
  return g.encodings.get(`${r},${c}`) ?? 'unicode';
}

async function saveWithExcelJs(grids: readonly Grid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    g.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell.kind === 'blank') return;
        const target = ws.getCell(r + 1, c + 1);
        const enc = encodingAt(g, r, c);
        if (cell.kind === 'text') target.value = storedText(cell.text, enc);
        else if (cell.kind === 'number') target.value = cell.value;
        else if (cell.kind === 'error') target.value = { error: cell.error };
        else target.value = { formula: cell.formula, result: cell.result };
        if (cell.kind === 'number' && cell.numFmt) target.numFmt = cell.numFmt;
        target.font = { name: FONT[enc], size: 12, bold: cell.kind === 'text' && cell.bold === true };
      });
    });
    for (const m of g.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  }
  await wb.xlsx.writeFile(file);
}

const ERROR_CODE: Record<ErrorText, number> = { '#DIV/0!': 0x07, '#VALUE!': 0x0f, '#REF!': 0x17, '#N/A': 0x2a };

function sheetJsCell(cell: Cell, stored: string, biff8: boolean): XLSX.CellObject | undefined {
  switch (cell.kind) {
    case 'blank':
      return undefined;
    case 'text':
      return { t: 's', v: stored };
    case 'number':
      return cell.numFmt ? { t: 'n', v: cell.value, z: cell.numFmt } : { t: 'n', v: cell.value };
    case 'error':
      return { t: 'e', v: ERROR_CODE[cell.error] };
    case 'formula':
      return biff8 ? { t: 'n', v: cell.result } : { t: 'n', v: cell.result, f: cell.formula };
  }
}

function saveWithSheetJs(grids: readonly Grid[], file: string, bookType: 'xlsx' | 'biff8'): void {
  const wb = XLSX.utils.book_new();
  for (const g of grids) {
    const ws: XLSX.WorkSheet = {};
    g.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const stored = cell.kind === 'text' ? storedText(cell.text, encodingAt(g, r, c)) : '';
        const obj = sheetJsCell(cell, stored, bookType === 'biff8');
        if (obj) ws[XLSX.utils.encode_cell({ r, c })] = obj;
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(0, g.rows.length - 1), c: Math.max(0, columnCount(g) - 1) },
    });
    ws['!merges'] = g.merges.map((m) => ({ s: { r: m.r1, c: m.c1 }, e: { r: m.r2, c: m.c2 } }));
    ws['!cols'] = g.widths.map((w) => ({ wch: w }));
    XLSX.utils.book_append_sheet(wb, ws, g.name);
  }
  const out: unknown = XLSX.write(wb, { type: 'buffer', bookType });
  if (!(out instanceof Uint8Array)) throw new Error('SheetJS did not return a buffer');
  fs.writeFileSync(file, out);
}

export function extensionOf(format: BookFormat): '.xlsx' | '.xls' {
  return format === 'xls-biff8' ? '.xls' : '.xlsx';
}

export async function saveGrids(grids: readonly Grid[], file: string, format: BookFormat): Promise<void> {
  if (format === 'xlsx-exceljs') await saveWithExcelJs(grids, file);
  else saveWithSheetJs(grids, file, format === 'xls-biff8' ? 'biff8' : 'xlsx');
}
