/**
 * A status written in a notes column ("Đã chấm dứt hoạt động", "Giải thể ngày 15/8/2024", "Tạm ngừng từ
 * 01/3/2024"), for sheets that have no status column, and the day such a note says it began. Only explicit
 * status phrases count: a note that merely says "hoạt động tốt" is no status.
 */
import type { OrgStatus } from '../../../../contract/vocab.ts';
import { foldVietnamese, parseVnDate } from '../../../../shared/index.ts';

const PHRASES: readonly (readonly [string, OrgStatus])[] = [
  ['dang lam thu tuc giai the', 'dang_giai_the'],
  ['dang thuc hien giai the', 'dang_giai_the'],
  ['dang giai the', 'dang_giai_the'],
  ['cho giai the', 'dang_giai_the'],
  ['da giai the', 'da_giai_the'],
  ['giai the', 'da_giai_the'],
  ['bi thu hoi giay chung nhan', 'thu_hoi_gcn'],
  ['thu hoi giay chung nhan', 'thu_hoi_gcn'],
  ['thu hoi gcn', 'thu_hoi_gcn'],
  ['da pha san', 'pha_san'],
  ['pha san', 'pha_san'],
  ['da cham dut hoat dong', 'cham_dut'],
  ['cham dut hoat dong', 'cham_dut'],
  ['cham dut hop dong hop tac', 'cham_dut'],
  ['tam ngung hoat dong', 'tam_ngung'],
  ['tam ngung', 'tam_ngung'],
  ['tam dung hoat dong', 'tam_ngung'],
  ['tam dung', 'tam_ngung'],
  ['da ngung hoat dong', 'ngung_hoat_dong'],
  ['ngung hoat dong', 'ngung_hoat_dong'],
  ['khong con hoat dong', 'ngung_hoat_dong'],
  ['khong hoat dong', 'ngung_hoat_dong'],
  ['dang hoat dong', 'dang_hoat_dong'],
  ['hoat dong binh thuong', 'dang_hoat_dong'],
  // "HĐ" for hoạt động, as clerks abbreviate it in notes.
  ['cham dut hd', 'cham_dut'],
  ['tam ngung hd', 'tam_ngung'],
  ['tam dung hd', 'tam_ngung'],
  ['da ngung hd', 'ngung_hoat_dong'],
  ['ngung hd', 'ngung_hoat_dong'],
  ['khong hd', 'ngung_hoat_dong'],
  ['dang hd', 'dang_hoat_dong'],
  ['hd binh thuong', 'dang_hoat_dong'],
];

/** "15/8/2024", "15-08-2024", "15.08.2024", "ngày 15 tháng 8 năm 2024": the first full date a text names. */
export function firstFullDate(text: string): string | undefined {
  const f = foldVietnamese(text);
  const found = /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})|(\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})/.exec(f);
  if (found === null) return undefined;
  const r = parseVnDate(found[0].replace(/\s+/g, ' ').replace(/ ?([/.-]) ?/g, '$1'));
  return r.ok && r.value.precision === 'day' ? r.value.iso : undefined;
}

/**
 * When a note says a status began: a full date; else a month ("từ tháng 3/2024") or a year ("trong năm 2024")
 * — then its first day, the rule founding dates known only to the month or year follow.
 */
export function statusDateIn(text: string): string | undefined {
  const full = firstFullDate(text);
  if (full !== undefined) return full;
  const f = foldVietnamese(text);
  const month = /thang\s*(\d{1,2})\s*(?:[/.-]|nam)\s*(\d{4})/.exec(f);
  if (month !== null && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${month[2]}-${String(month[1]).padStart(2, '0')}-01`;
  const year = /\b(?:nam|tu|trong|tu nam)\s*(19[5-9]\d|20\d\d)\b/.exec(f) ?? /^\D*(19[5-9]\d|20\d\d)\D*$/.exec(f);
  return year === null ? undefined : `${year[1]}-01-01`;
}

/** The status a note states, and the day it began when the note says. */
export function statusInNotes(text: string): { status: OrgStatus; date: string | null } | undefined {
  const f = ` ${foldVietnamese(text)
    .replace(/[^a-z0-9/.-]+/g, ' ')
    .trim()} `;
  // "Không giải thể", "chưa giải thể": a negated phrase states nothing.
  const hit = PHRASES.find(([phrase]) => f.includes(` ${phrase} `) && !f.includes(` khong ${phrase} `) && !f.includes(` chua ${phrase} `));
  if (hit === undefined) return undefined;
  return { status: hit[1], date: statusDateIn(text) ?? null };
}
