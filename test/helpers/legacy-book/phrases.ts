/**
 * The free text clerks write: statuses in a status column, status sentences with dates in notes, "Trùng"
 * marks, addresses the old way, type words. Every phrase means exactly what the truth says.
 */
import type { OrgStatus, OrgType } from '../../../src-main/contract/vocab.ts';
import { TERMINAL_STATUSES } from '../../../src-main/contract/vocab.ts';
import { dateInText } from './cells.ts';
import type { AddressStyle, Layout } from './layout.ts';
import type { Place, TruthOrg } from './model.ts';
import type { Rng } from './rng.ts';
import { newTonePlacement } from './tones.ts';

const STATUS_WORDS: Record<OrgStatus, readonly string[]> = {
  dang_hoat_dong: ['Đang hoạt động', 'Đang HĐ', 'Hoạt động', 'Đang hoạt động bình thường'],
  tam_ngung: ['Tạm ngừng hoạt động', 'Tạm ngừng', 'Tạm ngừng HĐ', 'Tạm ngừng kinh doanh'],
  ngung_hoat_dong: ['Ngừng hoạt động', 'Ngừng HĐ', 'Không hoạt động'],
  dang_giai_the: ['Đang giải thể', 'Đang làm thủ tục giải thể'],
  da_giai_the: ['Đã giải thể', 'Giải thể'],
  thu_hoi_gcn: ['Bị thu hồi GCN', 'Thu hồi GCN', 'Đã bị thu hồi Giấy chứng nhận đăng ký HTX'],
  pha_san: ['Phá sản', 'Đã phá sản'],
  cham_dut: ['Chấm dứt hoạt động', 'Đã chấm dứt hoạt động', 'Chấm dứt HĐ'],
};

/** The word for a status in a status column. */
export function statusWord(org: TruthOrg, rng: Rng): string {
  if (org.type === 'THT' && org.status === 'cham_dut' && rng.chance(0.4)) return 'Chấm dứt hợp đồng hợp tác';
  return rng.pick(STATUS_WORDS[org.status]);
}

/** The status sentence of a note: "Giải thể ngày 15/08/2024", "Tạm ngừng HĐ từ 01/3/2024", "Đã giải thể". */
export function statusSentence(org: TruthOrg, layout: Layout, rng: Rng): string {
  const word = statusWord(org, rng);
  if (org.statusSince.kind === 'unknown') return word;
  const when = dateInText(org.statusSince, layout, rng);
  if (TERMINAL_STATUSES.includes(org.status) && org.statusSince.kind === 'date' && rng.chance(0.25)) {
    return `${word} theo QĐ số ${10 + rng.int(900)}/QĐ-UBND ${when.replace(/^từ (ngày )?/, 'ngày ')}`;
  }
  return `${word} ${when}`;
}

const NOISE = [
  'Đăng ký lại theo Luật HTX',
  'Thành viên Liên minh HTX tỉnh',
  'Trụ sở tại nhà văn hóa thôn',
  'Có sản phẩm OCOP',
  'Đã nộp báo cáo',
];
const DUPLICATE_MARKS = ['Trùng', '(trùng)', 'Trùng - đã kê ở trên', 'Dòng trùng'];

/**
 * The "Ghi chú" cell. With a status column it holds the date of a status change (the only place a dissolution
 * date is written) and some noise; without one it holds the status itself.
 */
export function noteText(org: TruthOrg, layout: Layout, rng: Rng, copy: boolean): string {
  const parts: string[] = [];
  if (layout.statusMode === 'notes') {
    if (org.status !== 'dang_hoat_dong' || !layout.blankWhenActive) parts.push(statusSentence(org, layout, rng));
  } else if (org.statusSince.kind !== 'unknown') {
    parts.push(statusSentence(org, layout, rng));
  }
  if (rng.chance(0.15)) parts.push(rng.pick(NOISE));
  if (copy && org.duplicate === 'marked') parts.push(rng.pick(DUPLICATE_MARKS));
  return parts.join('; ');
}

export const TYPE_WORDS: Record<OrgType, readonly string[]> = {
  HTX: ['HTX', 'Hợp tác xã'],
  LHHTX: ['LHHTX', 'Liên hiệp HTX'],
  QTDND: ['QTDND', 'Quỹ TDND', 'Quỹ tín dụng nhân dân'],
  THT: ['THT', 'Tổ hợp tác'],
};

/** "xã Tân Lập", "Xã Tân Lập", "TT Mường Khến", "P. Tân Hòa". */
export function communeText(p: Place, rng: Rng, bare: boolean): string {
  if (bare) return rng.chance(0.1) ? newTonePlacement(p.communeName) : p.communeName;
  const abbr: Record<string, readonly string[]> = {
    Xã: ['Xã', 'xã', 'X.'],
    'Thị trấn': ['Thị trấn', 'thị trấn', 'TT'],
    Phường: ['Phường', 'phường', 'P.'],
  };
  const name = rng.chance(0.1) ? newTonePlacement(p.communeName) : p.communeName;
  return `${rng.pick(abbr[p.communeKind] ?? [p.communeKind])} ${name}`;
}

export function districtText(p: Place, rng: Rng, bare: boolean): string {
  if (bare) return p.districtName;
  const abbr: Record<string, readonly string[]> = { Huyện: ['Huyện', 'huyện', 'H.'], 'Thành phố': ['Thành phố', 'TP', 'TP.'] };
  return `${rng.pick(abbr[p.districtKind] ?? [p.districtKind])} ${p.districtName}`;
}

/** One address cell, from "Xóm Mới, xã Tân Lập, huyện Lạc Sơn, tỉnh Hòa Bình" to "Tân Lập - Lạc Sơn". */
export function addressText(p: Place, style: AddressStyle, withDistrict: boolean, rng: Rng): string {
  if (style === 'village-commune') return [p.village, communeText(p, rng, false)].filter((x) => x !== null).join(', ');
  const village = p.village !== null && rng.chance(0.7) ? [p.village] : [];
  const district = withDistrict ? [districtText(p, rng, rng.chance(0.3))] : [];
  const province = withDistrict && rng.chance(0.5) ? [`tỉnh ${p.provinceName}`] : [];
  const sep = rng.pick([', ', ', ', ' - ']);
  return [...village, communeText(p, rng, rng.chance(0.2)), ...district, ...province].join(sep);
}
