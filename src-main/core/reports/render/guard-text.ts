import { xmlSafeText } from '../../../shared/xml-text.ts';

/**
 * Neutralizes text that a spreadsheet could take for a formula (CSV/formula injection): a leading =, +, -, @,
 * tab or carriage return gets a leading apostrophe. ExcelJS already writes strings as text, but the text
 * becomes live the moment someone edits the cell, copies it or saves the sheet as CSV; the apostrophe
 * (Excel's own "this is text" mark) keeps it inert. ExcelJS cannot write the quotePrefix style attribute,
 * so the apostrophe is part of the value.
 */
export function guardText(text: string): string {
  const safe = xmlSafeText(text);
  return /^[=+\-@\t\r]/.test(safe) ? `'${safe}` : safe;
}
