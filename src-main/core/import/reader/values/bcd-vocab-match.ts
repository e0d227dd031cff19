/**
 * Free text of the support given → the BCĐ's codes (contract/bcd-vocab.ts): "Tập huấn", "Bồi dưỡng cán bộ"
 * → đào tạo; "Hội chợ", "XTTM" → xúc tiến thương mại; "NSTW", "Ngân sách Trung ương" → trung ương. Same
 * matching as vocab-match.ts: folded text, whole words, longest phrase first.
 */
import type { ActivityKind, FundingSource, SupportKind } from '../../../../contract/bcd-vocab.ts';
import { compile, find, type Table } from './vocab-match.ts';

const SUPPORT_KINDS: Table<SupportKind> = compile<SupportKind>([
  ['dao tao', 'dao_tao'],
  ['boi duong', 'dao_tao'],
  ['tap huan', 'dao_tao'],
  ['nguon nhan luc', 'dao_tao'],
  ['dua can bo tre', 'dao_tao'],
  ['can bo tre', 'dao_tao'],
  ['xuc tien thuong mai', 'xuc_tien_thuong_mai'],
  ['xttm', 'xuc_tien_thuong_mai'],
  ['hoi cho', 'xuc_tien_thuong_mai'],
  ['trien lam', 'xuc_tien_thuong_mai'],
  ['mo rong thi truong', 'xuc_tien_thuong_mai'],
  ['tieu thu san pham', 'xuc_tien_thuong_mai'],
  ['khoa hoc cong nghe', 'khcn'],
  ['khoa hoc', 'khcn'],
  ['cong nghe', 'khcn'],
  ['khcn', 'khcn'],
  ['ung dung', 'khcn'],
  ['chuyen doi so', 'khcn'],
  ['ha tang', 'ha_tang'],
  ['co so ha tang', 'ha_tang'],
  ['ket cau ha tang', 'ha_tang'],
  ['dau tu', 'ha_tang'],
  ['nha xuong', 'ha_tang'],
  ['kho lanh', 'ha_tang'],
  ['tin dung', 'tin_dung'],
  ['vay von', 'tin_dung'],
  ['cho vay', 'tin_dung'],
  ['von vay', 'tin_dung'],
  ['quy ho tro', 'tin_dung'],
  ['thanh lap moi', 'thanh_lap_moi'],
  ['thanh lap', 'thanh_lap_moi'],
  ['thanh lap htx', 'thanh_lap_moi'],
  ['thanh lap hop tac xa', 'thanh_lap_moi'],
  ['khac', 'khac'],
]);

export function matchSupportKind(text: string): SupportKind | undefined {
  return find(SUPPORT_KINDS, text);
}

const FUNDING_SOURCES: Table<FundingSource> = compile<FundingSource>([
  ['trung uong', 'trung_uong'],
  ['ngan sach trung uong', 'trung_uong'],
  ['nstw', 'trung_uong'],
  ['tw', 'trung_uong'],
  ['dia phuong', 'dia_phuong'],
  ['ngan sach dia phuong', 'dia_phuong'],
  ['ngan sach tinh', 'dia_phuong'],
  ['tinh', 'dia_phuong'],
  ['huyen', 'dia_phuong'],
  ['xa', 'dia_phuong'],
  ['nsdp', 'dia_phuong'],
  ['ns tinh', 'dia_phuong'],
  ['long ghep', 'long_ghep'],
  ['chuong trinh muc tieu quoc gia', 'long_ghep'],
  ['ctmtqg', 'long_ghep'],
  ['nong thon moi', 'long_ghep'],
]);

export function matchFundingSource(text: string): FundingSource | undefined {
  return find(FUNDING_SOURCES, text);
}

const ACTIVITY_KINDS: Table<ActivityKind> = compile<ActivityKind>([
  ['dao tao', 'dao_tao'],
  ['boi duong', 'dao_tao'],
  ['tap huan', 'dao_tao'],
  ['lop hoc', 'dao_tao'],
  ['lop', 'dao_tao'],
  ['khoa hoc', 'dao_tao'],
  ['hoi cho', 'hoi_cho'],
  ['trien lam', 'hoi_cho'],
  ['xuc tien thuong mai', 'hoi_cho'],
  ['xttm', 'hoi_cho'],
  ['phien cho', 'hoi_cho'],
  ['tuyen truyen', 'tuyen_truyen'],
  ['hoi thao', 'tuyen_truyen'],
  ['hoi nghi', 'tuyen_truyen'],
  ['toa dam', 'tuyen_truyen'],
  ['pho bien', 'tuyen_truyen'],
]);

export function matchActivityKind(text: string): ActivityKind | undefined {
  return find(ACTIVITY_KINDS, text);
}
