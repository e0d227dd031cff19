/**
 * What surrounds a table on a clerk's sheet: the title block (agencies, Quốc hiệu, title with or without the
 * list date, "(Kèm theo …)", "ĐVT:"), the 1–3-row header with merged groups, the column-number row, and the
 * signature block.
 */
import type { Column } from './columns.ts';
import type { CellEncoding, Grid } from './grid.ts';
import { addRow, merge, num, setCell, text } from './grid.ts';
import type { Layout } from './layout.ts';
import type { Rng } from './rng.ts';

export interface FrameText {
  /** Encoding of the frame's text (title, headers, signature). */
  encoding: CellEncoding;
  /** Encoding of upper-case frame text (TCVN3 capitals may be typed in a capitals font). */
  upperEncoding: CellEncoding;
}

/** The frame's encoding for this text: capitals may be typed in a capitals font. */
export function frameEncoding(t: string, f: FrameText): CellEncoding {
  return t === t.toUpperCase() && /[A-ZĐ]/.test(t) ? f.upperEncoding : f.encoding;
}

function put(g: Grid, r: number, c: number, t: string, f: FrameText, bold = false): void {
  setCell(g, r, c, text(t, bold), frameEncoding(t, f));
}

/** Title block; returns nothing, rows are appended. */
export function writeTitle(
  g: Grid,
  layout: Layout,
  rng: Rng,
  f: FrameText,
  opts: { width: number; year: number; what: string; province: string },
): void {
  const right = Math.max(3, opts.width - 4);
  const last = Math.max(right + 3, opts.width - 1);
  if (layout.agencies || layout.quocHieu) {
    const r1 = addRow(g);
    const r2 = addRow(g);
    if (layout.agencies) {
      put(g, r1, 0, rng.pick([`UBND TỈNH ${opts.province.toUpperCase()}`, 'BAN CHỈ ĐẠO PHÁT TRIỂN KTTT']), f);
      put(g, r2, 0, rng.pick(['LIÊN MINH HỢP TÁC XÃ', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'LIÊN MINH HTX TỈNH']), f, true);
      merge(g, r1, 0, r1, 2);
      merge(g, r2, 0, r2, 2);
    }
    if (layout.quocHieu) {
      const c = layout.agencies ? right : 0;
      put(g, r1, c, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', f, true);
      put(g, r2, c, 'Độc lập - Tự do - Hạnh phúc', f, true);
      merge(g, r1, c, r1, last);
      merge(g, r2, c, r2, last);
    }
    addRow(g);
  }
  const date =
    layout.listDate === 'den'
      ? rng.pick([` ĐẾN 31/12/${opts.year}`, ` ĐẾN NGÀY 31/12/${opts.year}`, ` (TÍNH ĐẾN 31/12/${opts.year})`])
      : layout.listDate === 'nam'
        ? rng.pick([` NĂM ${opts.year}`, ` NĂM ${opts.year}`])
        : '';
  const rt = addRow(g);
  put(g, rt, 0, `DANH SÁCH ${opts.what} TRÊN ĐỊA BÀN TỈNH ${opts.province.toUpperCase()}${date}`, f, true);
  merge(g, rt, 0, rt, last);
  if (layout.attachedTo) {
    const ra = addRow(g);
    const when = layout.listDate === 'none' ? '' : ` ngày ${10 + rng.int(15)}/01/${opts.year + 1}`;
    put(g, ra, 0, `(Kèm theo Báo cáo số ${10 + rng.int(200)}/BC-LMHTX${when} của Liên minh HTX tỉnh)`, f);
    merge(g, ra, 0, ra, last);
  }
  if (layout.moneyUnitWhere === 'dvt' && layout.headerRows > 0) {
    const rd = addRow(g);
    put(g, rd, right, rng.pick(['ĐVT: ', 'Đơn vị tính: ', 'Đơn vị: ']) + unitText(layout), f);
  } else if (rng.chance(0.3)) addRow(g);
}

function unitText(layout: Layout): string {
  return { ty: 'tỷ đồng', trieu: 'triệu đồng', nghin: 'nghìn đồng', dong: 'đồng' }[layout.moneyUnit];
}

function pathFor(c: Column, rows: number): string[] {
  if (rows === 1) return [];
  if (rows === 2) return c.path2 ?? c.path.slice(-1);
  return c.path.slice(-2);
}

/** The header on 1–3 rows; groups merged across, lone headers merged down. Returns the header's first row. */
export function writeHeader(g: Grid, cols: readonly Column[], layout: Layout, f: FrameText): number {
  const rows = layout.headerRows;
  const top = g.rows.length;
  for (let i = 0; i < rows; i++) addRow(g);
  const paths = cols.map((c) => pathFor(c, rows));
  const cased = (t: string) => (layout.upperHeaders ? t.toUpperCase() : t);
  cols.forEach((c, ci) => {
    const path = paths[ci] ?? [];
    const leafRow = top + path.length;
    put(g, leafRow, ci, cased(rows === 1 ? c.flat : c.label), f, true);
    merge(g, leafRow, ci, top + rows - 1, ci);
    path.forEach((label, depth) => {
      const same = (k: number) => (paths[k] ?? []).slice(0, depth + 1).join('›') === path.slice(0, depth + 1).join('›');
      if (ci > 0 && same(ci - 1)) return;
      let end = ci;
      while (end + 1 < cols.length && same(end + 1)) end++;
      put(g, top + depth, ci, cased(label), f, true);
      merge(g, top + depth, ci, top + depth, end);
    });
  });
  return top;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** (1) (2) (3)… or 1 2 3… or A B C… or A B 1 2 3 under the header. */
export function writeNumberRow(g: Grid, cols: readonly Column[], layout: Layout): void {
  if (layout.numberRow === 'none') return;
  const r = addRow(g);
  cols.forEach((_c, i) => {
    if (layout.numberRow === 'paren') setCell(g, r, i, text(`(${i + 1})`));
    else if (layout.numberRow === 'plain') setCell(g, r, i, num(i + 1));
    else if (layout.numberRow === 'letters') setCell(g, r, i, text(LETTERS.charAt(i % 26)));
    else setCell(g, r, i, i < 2 ? text(LETTERS.charAt(i)) : num(i - 1));
  });
}

export function writeSignature(g: Grid, layout: Layout, rng: Rng, f: FrameText, width: number, year: number, place: string): void {
  if (!layout.signature) return;
  const right = Math.max(3, width - 4);
  addRow(g);
  const r0 = addRow(g);
  put(g, r0, right, `${place}, ngày ${5 + rng.int(20)} tháng 01 năm ${year + 1}`, f);
  const r1 = addRow(g);
  put(g, r1, 1, 'Người lập biểu', f, true);
  put(g, r1, right, rng.pick(['KT. CHỦ TỊCH', 'TM. BAN THƯỜNG VỤ', 'KT. TRƯỞNG BAN']), f, true);
  const r2 = addRow(g);
  put(g, r2, right, rng.pick(['PHÓ CHỦ TỊCH', 'CHỦ TỊCH', 'PHÓ TRƯỞNG BAN']), f, true);
  addRow(g);
  addRow(g);
  const r3 = addRow(g);
  put(g, r3, 1, rng.pick(['Bùi Thị Hoa', 'Nguyễn Văn Nam']), f, true);
  put(g, r3, right, rng.pick(['Đinh Công Sứ', 'Quách Thế Tùng']), f, true);
}
