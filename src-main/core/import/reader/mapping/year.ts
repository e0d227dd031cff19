/**
 * The year a sheet's figures belong to, and the period (whole year or half): from a header ("Kết quả
 * SXKD năm 2024"), else the title ("… ĐẾN 31/12/2024", "… NĂM 2024"), else the sheet's name ("2024").
 * Title lines that date the document rather than the figures ("(Kèm theo Báo cáo số 12/BC-UBND ngày
 * 10/01/2025)", "Hòa Bình, ngày 15 tháng 01 năm 2025") are skipped.
 */
import type { FigurePeriod } from '../../../../contract/vocab.ts';
import { foldVietnamese } from '../../../../shared/index.ts';
import type { YearSource } from '../analyze/types.ts';
import { yearsIn } from './normalize.ts';

const DOCUMENT_DATE = new RegExp(
  'kem theo|ban hanh|quyet dinh so|bao cao so|cong van|ngay \\d{1,2} thang \\d{1,2} nam \\d{4}|ngay \\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\s*(cua|ve)\\b',
);

/** A year the title gives to the figures, or undefined. */
export function yearOfTitle(line: string): number | undefined {
  const f = foldVietnamese(line);
  if (DOCUMENT_DATE.test(f) && !/(den|tinh den|thoi diem)\s*(het\s*)?(ngay\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(f)) return undefined;
  // "giai đoạn 2021–2025" is a plan, not a reporting year.
  if (/\d{4}\s*[-–]\s*\d{4}/.test(f)) return undefined;
  const patterns = [
    /(?:den|tinh den|thoi diem|het)\s*(?:ngay\s*)?\d{1,2}[/.-]\d{1,2}[/.-](\d{4})/,
    /31[/.-]12[/.-](\d{4})/,
    /\bnam\s*(\d{4})\b/,
    /\b(?:thang\s*\d{1,2}\s*[/.-]?\s*|quy\s*[ivx\d]+\s*[/.-]?\s*)(\d{4})\b/,
  ];
  for (const p of patterns) {
    const m = p.exec(f);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * The day a list is of, when its title says: "… ĐẾN NGÀY 30/6/2024", "tính đến 31/12/2024", "thời điểm
 * 31 tháng 12 năm 2024". Undefined when the title names only a year, or dates the document itself.
 */
export function dateOfTitle(line: string): string | undefined {
  const f = foldVietnamese(line);
  const m = /(?:den|tinh den|thoi diem|het)\s*(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})\s*(?:[/.-]|nam)\s*(\d{4})/.exec(f);
  if (m === null) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/**
 * The day the list is of: the date its title gives, else the end of the year (or of the half-year) it is
 * of. The clerk's year wins over a title dated in another year.
 */
export function listDateOf(titleLines: readonly string[], year: YearFinding, period: FigurePeriod | null): string | null {
  if (year.year === null) return null;
  for (const line of titleLines) {
    const date = dateOfTitle(line);
    if (date !== undefined && Number(date.slice(0, 4)) === year.year) return date;
  }
  return period === 'H1' ? `${year.year}-06-30` : `${year.year}-12-31`;
}

export interface YearFinding {
  year: number | null;
  source: YearSource | null;
  /** Years seen in the file that disagree with the one chosen. */
  conflicts: number[];
}

/**
 * `headerYears` are the years named by header cells; `optionYear` the clerk's. The clerk's year wins, and
 * disagreement with the file is reported so the preview can warn.
 */
export function findYear(
  titleLines: readonly string[],
  headerYears: readonly number[],
  sheetName: string,
  optionYear: number | undefined,
): YearFinding {
  const fromHeader = headerYears.length > 0 ? Math.max(...headerYears) : undefined;
  let fromTitle: number | undefined;
  for (const line of titleLines) {
    fromTitle = yearOfTitle(line);
    if (fromTitle !== undefined) break;
  }
  const nameYears = yearsIn(sheetName);
  const fromName = nameYears.length === 1 ? nameYears[0] : undefined;
  const found: [number | undefined, YearSource][] = [
    [optionYear, 'option'],
    [fromHeader, 'header'],
    [fromTitle, 'title'],
    [fromName, 'sheetName'],
  ];
  const chosen = found.find(([y]) => y !== undefined);
  if (chosen === undefined || chosen[0] === undefined) return { year: null, source: null, conflicts: [] };
  const year = chosen[0];
  const conflicts = [...new Set(found.map(([y]) => y).filter((y): y is number => y !== undefined && y !== year))];
  return { year, source: chosen[1], conflicts };
}

/** "6 tháng đầu năm" → H1, "6 tháng cuối năm" → H2; otherwise the whole year. */
export function findPeriod(texts: readonly string[]): FigurePeriod {
  for (const t of texts) {
    const f = foldVietnamese(t);
    if (/(6|sau) thang dau/.test(f)) return 'H1';
    if (/(6|sau) thang cuoi/.test(f)) return 'H2';
  }
  return 'Y';
}
