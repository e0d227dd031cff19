/**
 * What each line under the header is: a record, a section heading that sets the context (district,
 * sector) of the records below it, a total, a repeated header, or blank — and where the data ends (the
 * signature block and notes).
 */
import type { Sector } from '../../../../contract/vocab.ts';
import { foldVietnamese } from '../../../../shared/index.ts';
import { matchSector, orgTypeOfName } from '../values/vocab-match.ts';
import { type SheetGrid, mergeAt, textAt } from './grid.ts';
import type { TableColumn, TableLayout } from './header.ts';
import { type TotalKind, isFooterText, placeOfSection, sectionMarker, splitSectionLabel, totalKind } from './patterns.ts';

export type RowKind = 'record' | 'total' | 'section' | 'blank' | 'header' | 'footer';

/** Context a section row gives to the rows below it. */
export interface SectionContext {
  province?: string;
  district?: string;
  commune?: string;
  sector?: Sector;
  /** A heading that is neither a place nor a sector ("HTX thành lập mới năm 2024"). */
  group?: string;
}

export interface ClassifiedRow {
  /** 0-based row in the sheet. */
  r: number;
  kind: RowKind;
  /** Section heading or total label, as written (without its "I." marker). */
  label?: string;
  /** Section depth: 1 letters (A. B.), 2 roman numerals (I. II.), 3 deeper. */
  level?: 1 | 2 | 3;
  total?: { kind: TotalKind; count?: number };
  context: SectionContext;
}

export interface RowRoles {
  /** Column of the row number (STT), when the table has one. */
  stt: number | null;
  /** Column holding the record's name, when mapped. */
  name: number | null;
}

/**
 * Where the value of a table column in row r is: its own cell, else a cell its merged header spans
 * (GSO's "Mã" over A:B), else — for a cell merged down over several records, like a district written
 * once beside all its cooperatives — the top of that merge, if the merge starts inside the data.
 */
export function valuePosition(grid: SheetGrid, r: number, col: TableColumn, dataStart: number): { r: number; c: number } | undefined {
  if (textAt(grid, r, col.index) !== '') return { r, c: col.index };
  for (const c of col.spans) if (textAt(grid, r, c) !== '') return { r, c };
  for (const c of [col.index, ...col.spans]) {
    const m = mergeAt(grid, r, c);
    if (m !== undefined && m.r1 < r && m.r1 >= dataStart && m.c1 === c && textAt(grid, m.r1, c) !== '') return { r: m.r1, c };
  }
  return undefined;
}

/** Value text of a table column in row r (see valuePosition); '' when it has none. */
export function columnText(grid: SheetGrid, r: number, col: TableColumn, dataStart: number): string {
  const at = valuePosition(grid, r, col, dataStart);
  return at === undefined ? '' : textAt(grid, at.r, at.c);
}

const ARABIC = /^\d{1,5}[.)]?$/;
const NUMERIC = /^[-+(]?\d[\d.,\s]*%?\)?$/;

function isUpperHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return false;
  // An organization written in capitals is a record: "HTX NÔNG NGHIỆP AN BÌNH", "CÔNG TY TNHH …".
  return orgTypeOfName(text) === undefined && !/^(cong ty|doanh nghiep|ho kinh doanh|co so)\b/.test(foldVietnamese(text));
}

function contextOf(label: string): SectionContext {
  const place = placeOfSection(label);
  if (place !== undefined) {
    if (place.part === 'province') return { province: place.name };
    if (place.part === 'district') return { district: place.name };
    return { commune: place.name };
  }
  const sector = label.length <= 60 ? matchSector(label) : undefined;
  return sector !== undefined ? { sector } : { group: label };
}

/** Header texts, lower-cased: a header row copied into the data (page breaks, pasted tables) repeats them. */
function headerWords(layout: TableLayout): Set<string> {
  const words = new Set<string>();
  for (const col of layout.columns) for (const p of col.path) words.add(p.normalize('NFC').toLowerCase());
  return words;
}

interface Piece {
  c: number;
  text: string;
}

export function classifyRows(grid: SheetGrid, layout: TableLayout, roles: RowRoles): { rows: ClassifiedRow[]; footerRow: number | null } {
  const rows: ClassifiedRow[] = [];
  const headerSet = headerWords(layout);
  const levels = new Map<number, SectionContext>();
  // The context of a row: every open section's, outer levels first, inner ones overriding.
  const current = (): SectionContext => {
    const out: SectionContext = {};
    for (const level of [...levels.keys()].sort((a, b) => a - b)) Object.assign(out, levels.get(level));
    return out;
  };
  let footerRow: number | null = null;
  let unmarkedLevel: 1 | 2 | 3 | null = null;
  const sttCol = roles.stt === null ? undefined : layout.columns.find((c) => c.index === roles.stt);
  const nameCol = roles.name === null ? undefined : layout.columns.find((c) => c.index === roles.name);

  for (let r = layout.dataStart; r < grid.rowCount; r++) {
    const pieces: Piece[] = [];
    for (const col of layout.columns) {
      const text = columnText(grid, r, col, layout.dataStart);
      if (text !== '') pieces.push({ c: col.index, text });
    }
    if (pieces.length === 0) {
      rows.push({ r, kind: 'blank', context: current() });
      continue;
    }
    const stt = sttCol === undefined ? '' : columnText(grid, r, sttCol, layout.dataStart);
    const name = nameCol === undefined ? '' : columnText(grid, r, nameCol, layout.dataStart);
    const first = pieces[0]?.text ?? '';
    const hasArabicStt = ARABIC.test(stt);
    const texts = pieces.filter((p) => !NUMERIC.test(p.text));

    if (footerRow === null && !hasArabicStt && texts.length === pieces.length && isFooterText(first)) footerRow = r;
    if (footerRow !== null) {
      // Below the signature block only a numbered row naming an organization is still a record (a row
      // added under the table after it was signed); everything else there is the block itself.
      rows.push({ r, kind: hasArabicStt && name !== '' && orgTypeOfName(name) !== undefined ? 'record' : 'footer', context: current() });
      continue;
    }
    const matchesHeader = pieces.length < 2 ? 0 : pieces.filter((p) => headerSet.has(p.text.toLowerCase())).length;
    if (matchesHeader >= 2 && matchesHeader >= pieces.length * 0.6) {
      rows.push({ r, kind: 'header', context: current() });
      continue;
    }
    const label = name !== '' ? name : (texts[0]?.text ?? first);
    const total = (stt !== '' ? totalKind(stt) : undefined) ?? totalKind(first) ?? (name !== '' ? totalKind(name) : undefined);
    if (total !== undefined) {
      rows.push({ r, kind: 'total', label: total.kind === 'count' || name === '' ? first : name, total, context: current() });
      continue;
    }
    // An unmarked heading nests under the sections already open, at the level of the previous unmarked one.
    const nested: 1 | 2 | 3 = unmarkedLevel ?? (Math.min(3, Math.max(0, ...levels.keys()) + 1) as 1 | 2 | 3);
    const section = sectionOf(stt, first, label, pieces, hasArabicStt, nested);
    if (section !== undefined) {
      if (section.marked) {
        if (unmarkedLevel !== null && section.level <= unmarkedLevel) unmarkedLevel = null;
      } else if (section.level === nested) unmarkedLevel = nested;
      for (const level of [...levels.keys()]) if (level >= section.level) levels.delete(level);
      levels.set(section.level, contextOf(section.label));
      rows.push({ r, kind: 'section', label: section.label, level: section.level, context: current() });
      continue;
    }
    // A numbered line with nothing else: an unfilled template row.
    if (pieces.length === 1 && sttCol !== undefined && pieces[0]?.c === sttCol.index) {
      rows.push({ r, kind: 'blank', context: current() });
      continue;
    }
    rows.push({ r, kind: 'record', context: current() });
  }
  return { rows, footerRow };
}

function sectionOf(
  stt: string,
  first: string,
  label: string,
  pieces: Piece[],
  hasArabicStt: boolean,
  nested: 1 | 2 | 3,
): { level: 1 | 2 | 3; label: string; marked: boolean } | undefined {
  if (hasArabicStt) return undefined;
  const sttMarker = stt === '' ? undefined : sectionMarker(stt);
  if (sttMarker !== undefined) {
    const text = label !== stt ? label : (pieces[1]?.text ?? stt);
    return { level: sttMarker.level, label: text, marked: true };
  }
  const split = splitSectionLabel(first);
  if (split !== undefined) return { level: split.marker.level, label: split.label, marked: true };
  if (pieces.length !== 1) return undefined;
  const place = placeOfSection(first);
  if (place !== undefined) return { level: place.part === 'province' ? 1 : place.part === 'district' ? 2 : 3, label: first, marked: true };
  if (isUpperHeading(first)) return { level: nested, label: first, marked: false };
  return undefined;
}
