/**
 * Cell fonts, where the file format stores them and a legacy Vietnamese font is in use. The text stage
 * uses them as the strongest hint for a cell's encoding and for TCVN3 capital-only fonts.
 */
import { isTcvn3FontName, isVniFontName } from '../text/index.ts';
import type { Workbook } from './model.ts';
import { applyXlsFonts } from './xls-fonts.ts';
import type { BiffStream } from './xls-stream.ts';
import { applyXlsxFonts } from './xlsx-fonts.ts';
import type { ZipSummary } from './zip-guard.ts';

export function isLegacyFontName(name: string): boolean {
  return isTcvn3FontName(name) || isVniFontName(name);
}

/** Best effort: a failure here only leaves cells without a font, never stops the import. */
export function applyCellFonts(bytes: Uint8Array, workbook: Workbook, source: { stream?: BiffStream; zip?: ZipSummary }): void {
  try {
    if (source.stream !== undefined) applyXlsFonts(source.stream, workbook, isLegacyFontName);
    else if (source.zip !== undefined && workbook.format === 'xlsx') applyXlsxFonts(bytes, source.zip, workbook, isLegacyFontName);
  } catch {
    workbook.warnings.push('Không đọc được phông chữ của các ô; bảng mã sẽ được đoán theo nội dung.');
  }
}
