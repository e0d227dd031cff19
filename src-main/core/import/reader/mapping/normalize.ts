/**
 * Header text → a canonical form for matching: no diacritics, lower case, the units and notes in
 * parentheses removed, punctuation turned into spaces, and the abbreviations of Vietnamese report
 * headers spelled out. "Mã số HTX/MST", "ma so hop tac xa mst" and "MÃ SỐ HỢP TÁC XÃ / MST" all become
 * "ma so hop tac xa ma so thue".
 */
import { foldVietnamese } from '../../../../shared/index.ts';

/**
 * Header abbreviations (folded). Only readings that are unambiguous in a header are listed: "DT" may be
 * doanh thu, điện thoại or diện tích, so it stays as it is and the few rules that need it name it.
 */
const HEADER_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['tt', 'stt'],
  ['stt', 'stt'],
  ['htx', 'hop tac xa'],
  ['lhhtx', 'lien hiep hop tac xa'],
  ['lh', 'lien hiep'],
  ['qtdnd', 'quy tin dung nhan dan'],
  ['qtd', 'quy tin dung'],
  ['tdnd', 'tin dung nhan dan'],
  ['tht', 'to hop tac'],
  ['kttt', 'kinh te tap the'],
  ['sxkd', 'san xuat kinh doanh'],
  ['sx', 'san xuat'],
  ['kd', 'kinh doanh'],
  ['bq', 'binh quan'],
  ['ld', 'lao dong'],
  ['ldtx', 'lao dong thuong xuyen'],
  ['tv', 'thanh vien'],
  ['dvt', 'don vi tinh'],
  ['mst', 'ma so thue'],
  ['msdn', 'ma so doanh nghiep'],
  ['sdt', 'so dien thoai'],
  ['dthoai', 'dien thoai'],
  ['dkkd', 'dang ky kinh doanh'],
  ['dk', 'dang ky'],
  ['gcn', 'giay chung nhan'],
  ['gcndk', 'giay chung nhan dang ky'],
  ['qd', 'quyet dinh'],
  ['sp', 'san pham'],
  ['vdl', 'von dieu le'],
  ['ns', 'ngan sach'],
  ['nsnn', 'ngan sach nha nuoc'],
  ['tn', 'thu nhap'],
  ['ln', 'loi nhuan'],
  ['hdqt', 'hoi dong quan tri'],
  ['tttcn', 'tieu thu cong nghiep'],
  ['tp', 'thanh pho'],
  ['tx', 'thi xa'],
  ['px', 'phuong xa'],
  ['qh', 'quan huyen'],
  ['dc', 'dia chi'],
]);

/** Folded header without units: "Doanh thu (tr.đ)" → "doanh thu". */
export function normalizeHeader(text: string): string {
  let s = foldVietnamese(text);
  // Units and notes: "(triệu đồng)", "[1]", "ĐVT: người"; also a leading item mark "1.", "a)", "-".
  s = s.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  s = s.replace(/\b(?:dvt|don vi tinh)\s*:.*$/, ' ');
  s = s.replace(/^\s*(?:[a-z]|\d{1,2})\s*[.)]\s+/, '');
  s = s.replace(/\be-?mail\b/g, 'email');
  s = s.replace(/[^a-z0-9]+/g, ' ').trim();
  if (s === '') return '';
  return s
    .split(' ')
    .map((w) => HEADER_ABBREVIATIONS.get(w) ?? w)
    .join(' ');
}

/** A 4-digit year between 1975 and 2100 named in a header or title ("năm 2024", "31/12/2024"). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(19[7-9]\d|20\d\d|2100)(?!\d)/g)) out.push(Number(m[1]));
  return out;
}
