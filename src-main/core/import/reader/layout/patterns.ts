/**
 * The words that mark the non-table parts of a Vietnamese report: title block, column numbers, section
 * rows, totals and signatures. Matched on folded text (no diacritics) unless said otherwise.
 */
import { isByteString } from '../text/byte-string.ts';
import { isAsciiText } from '../text/detect.ts';
import { decodeTcvn3 } from '../text/tcvn3.ts';
import { decodeVni } from '../text/vni.ts';
import { foldVietnamese } from '../../../../shared/index.ts';

/** Lines of the title block: agency names, national motto, report title, "(Kèm theo …)", "ĐVT: …". */
const TITLE = new RegExp(
  [
    '^cong hoa xa hoi chu nghia',
    '^doc lap\\s*[-–]\\s*tu do',
    '^danh sach\\b',
    '^bao cao\\b',
    '^bieu( mau)?( so)?\\b',
    '^mau so\\b',
    '^\\(?kem theo\\b',
    '^\\(?ban hanh kem\\b',
    '^(dvt|don vi tinh|don vi)\\s*:',
    '^uy ban nhan dan\\b',
    '^ubnd\\b',
    '^so\\s+[^ ]+\\s+(ke hoach|tai chinh|nong nghiep)',
    '^lien minh hop tac xa\\b',
    '^tong hop\\b',
    '^thong ke\\b',
    '^tinh hinh\\b',
    '^\\(?tinh den\\b',
    '^\\(?den ngay\\b',
    '^\\(?thoi diem\\b',
    '^chi cuc\\b',
    '^phong\\b',
    '^\\(kem\\b',
    '^\\(theo\\b',
    '^\\(so lieu\\b',
    '^\\(ban hanh\\b',
  ].join('|'),
);

export function isTitleText(text: string): boolean {
  const f = foldVietnamese(text);
  return TITLE.test(f) || /^-{3,}$|^_{3,}$/.test(f);
}

/** Column numbers under a header: "1", "(2)", "A", "(B)", "5=3+4", "(6)=(4)x(5)". */
export function columnNumberToken(text: string): number | string | undefined {
  const t = text.replace(/\s+/g, '');
  let m = /^\(?(\d{1,3})\)?(?:[=:].*)?$/.exec(t);
  if (m) return Number(m[1]);
  m = /^\(?([A-Z]{1,2})\)?$/.exec(t);
  if (m) return m[1];
  return undefined;
}

/** Roman numerals I–XXX, as section markers write them ("I", "IV", "XII"). */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

export type SectionMarker = { level: 1 | 2 | 3; marker: string };

/**
 * A section marker alone ("I", "II.", "A", "B-") — letters are the outer level (A. NÔNG NGHIỆP),
 * roman numerals the next (I. Huyện …), arabic numbers with a dot inside them (1.2) the inner one.
 */
export function sectionMarker(text: string): SectionMarker | undefined {
  const t = text.trim().replace(/[.)\-:–]+$/, '');
  if (t === '') return undefined;
  if (ROMAN.test(t) && t !== '') return { level: 2, marker: t };
  if (/^[A-HJ-UWYZ]$/.test(t)) return { level: 1, marker: t };
  if (/^\d{1,2}\.\d{1,2}$/.test(t)) return { level: 3, marker: t };
  return undefined;
}

/** "I. Huyện Lương Sơn", "A - NÔNG NGHIỆP", "II/ Thành phố …": the marker and the label after it. */
export function splitSectionLabel(text: string): { marker: SectionMarker; label: string } | undefined {
  const m = /^\s*([IVX]{1,5}|[A-HJ-UWYZ])\s*[.)\-–:/]\s*(\S.*)$/.exec(text);
  if (!m) return undefined;
  const marker = sectionMarker(m[1] ?? '');
  const label = (m[2] ?? '').trim();
  // "C.ty TNHH …" is a company, not section C: a section's label starts with a capital or a digit.
  if (marker === undefined || !/^[\p{Lu}\d"“(]/u.test(label)) return undefined;
  return { marker, label };
}

export type TotalKind = 'grand' | 'subtotal' | 'count';

/** A line that counts the list: "Có 12 đơn vị", "Gồm 5 HTX", "Có tất cả 3 tổ chức". */
const COUNT_LINE =
  /^(?:co|gom|co tat ca|tat ca co)\s*:?\s*(\d+)\s*(?:don vi|to chuc|htx|hop tac xa|lhhtx|lien hiep|tht|to hop tac|qtdnd|quy|san pham|co so)\b/;

/**
 * Totals rows: "Tổng cộng", "Tổng số", "Toàn tỉnh" (grand), "Cộng", "Cộng huyện X" (subtotal),
 * "Số lượng : 63" (count). Matched with diacritics where folding would merge words: "Cộng" is a total,
 * "Công ty" and "Cộng đồng" are not.
 */
export function totalKind(text: string): { kind: TotalKind; count?: number } | undefined {
  // Every total word starts with t (tổng, toàn), c (cộng, có), g (gồm) or s (số lượng): skip the fold for other rows.
  if (!/^\s*[tcsgTCSG]/.test(text)) return undefined;
  return totalKindOf(text) ?? legacyTotalKind(text);
}

/**
 * A total label in a column the reader left as it was (a column of numbers with one "Céng" in TCVN3 at its
 * foot): read as TCVN3, then as VNI. Only short texts: a label, not a name.
 */
function legacyTotalKind(text: string): { kind: TotalKind; count?: number } | undefined {
  if (text.length > 40 || isAsciiText(text) || !isByteString(text)) return undefined;
  for (const decoded of [decodeTcvn3(text), decodeVni(text)]) {
    if (decoded === text) continue;
    const kind = totalKindOf(decoded);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

function totalKindOf(text: string): { kind: TotalKind; count?: number } | undefined {
  const lower = text.normalize('NFC').toLowerCase().trim();
  const folded = foldVietnamese(text);
  const count = /^so luong\s*:?\s*(\d+)\b/.exec(folded) ?? COUNT_LINE.exec(folded);
  if (count) return { kind: 'count', count: Number(count[1]) };
  const plain = lower === folded; // typed without diacritics: only the unambiguous phrases count
  if (/^(tổng cộng|tổng số|toàn tỉnh|toàn huyện|tổng|cộng toàn)(\s|:|$)/.test(lower)) return { kind: 'grand' };
  if (/^cộng(\s|:|$)/.test(lower) && !/^cộng (đồng|hòa|hoà|sự|tác)/.test(lower)) return { kind: 'subtotal' };
  if (plain && /^(tong cong|tong so|toan tinh)(\s|:|$)/.test(folded)) return { kind: 'grand' };
  return undefined;
}

/** The signature block and notes under a table end its data. */
const FOOTER = new RegExp(
  [
    '^nguoi lap( bieu)?\\b',
    '^nguoi tong hop\\b',
    '^nguoi ghi\\b',
    '^ke toan\\b',
    '^thu truong\\b',
    '^giam doc\\b',
    '^pho giam doc\\b',
    '^chu tich\\b',
    '^pho chu tich\\b',
    '^(kt|tm|tl|tuq|q)\\s*\\.\\s*',
    '^xac nhan\\b',
    '^noi nhan\\s*:?',
    '^ghi chu\\s*:',
    '^nguon\\s*:',
    '^\\(ky\\b',
    '^\\(da ky\\)',
    '^[^,]{2,40}, ngay\\b.*\\bthang\\b.*\\bnam\\b',
    '^ngay\\s*\\.+\\s*thang',
    '^lanh dao\\b',
    '^truong phong\\b',
    '^can bo\\b',
    '^chu nhiem\\b',
  ].join('|'),
);

export function isFooterText(text: string): boolean {
  return FOOTER.test(foldVietnamese(text));
}

/** Sections named by a place: "Huyện Lương Sơn", "TP. Hòa Bình", "Thị xã …", "Tỉnh …". */
export function placeOfSection(label: string): { part: 'district' | 'province' | 'commune'; name: string } | undefined {
  const folded = foldVietnamese(label);
  const clean = label.replace(/^\s*(?:[IVX]+|[A-Z])\s*[.)\-–:/]\s*/, '').trim();
  if (/^(huyen|quan|thi xa|tx\.?|tp\.?)\s/.test(folded)) return { part: 'district', name: clean };
  if (/^tinh\s/.test(folded)) return { part: 'province', name: clean };
  if (/^thanh pho\s/.test(folded)) {
    // The six centrally-run cities are provinces; every other "Thành phố" is a district-level city.
    const central = /^thanh pho (ha noi|ho chi minh|hai phong|da nang|can tho|hue)\b/.test(folded);
    return { part: central ? 'province' : 'district', name: clean };
  }
  if (/^(xa|phuong|thi tran)\s/.test(folded)) return { part: 'commune', name: clean };
  return undefined;
}
