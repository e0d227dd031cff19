/**
 * Free text → the registry's vocabulary codes (contract/vocab.ts): "Đang HĐ", "Tạm ngừng hoạt động",
 * "Đã giải thể năm 2020" → status codes; "HTX", "Hợp tác xã" → type HTX; "NN, DV" → sectors (through the
 * open lexicon of sector-lexicon.ts); "4 sao",
 * "4*", "4★", "★★★★", "bốn sao" → 4 stars. Phrases are matched on folded text, longest first, as
 * whole words, so "ngừng hoạt động" is not read as "hoạt động" and "tạm ngừng" wins over "ngừng".
 */
import type {
  CertKind,
  ExternalOwnerKind,
  FigurePeriod,
  OcopGroup,
  OrgModel,
  OrgStatus,
  OrgType,
  Sector,
} from '../../../../contract/vocab.ts';
import { foldVietnamese } from '../../../../shared/index.ts';
import { classifySectors } from './sector-lexicon.ts';

export type Table<T extends string> = ReadonlyArray<readonly [phrase: string, code: T]>;

/** Longest phrase first, so the most specific wins. */
export function compile<T extends string>(table: Table<T>): Table<T> {
  return [...table].sort((a, b) => b[0].length - a[0].length);
}

export function find<T extends string>(table: Table<T>, text: string): T | undefined {
  const f = ` ${foldVietnamese(text)
    .replace(/[^a-z0-9*]+/g, ' ')
    .trim()} `;
  for (const [phrase, code] of table) if (f.includes(` ${phrase} `)) return code;
  return undefined;
}

const ORG_TYPES: Table<OrgType> = compile<OrgType>([
  ['lien hiep hop tac xa', 'LHHTX'],
  ['lien hiep htx', 'LHHTX'],
  ['lhhtx', 'LHHTX'],
  ['quy tin dung nhan dan', 'QTDND'],
  ['quy tin dung', 'QTDND'],
  ['quy tdnd', 'QTDND'],
  ['qtdnd', 'QTDND'],
  ['to hop tac', 'THT'],
  ['tht', 'THT'],
  ['hop tac xa', 'HTX'],
  ['htx', 'HTX'],
]);

export function matchOrgType(text: string): OrgType | undefined {
  return find(ORG_TYPES, text);
}

/** The type an organization's name implies: "HTX Tân Lập" → HTX, "Quỹ TDND Hòa Sơn" → QTDND. */
export function orgTypeOfName(name: string): OrgType | undefined {
  const f = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [phrase, code] of ORG_TYPES) if (f === phrase || f.startsWith(`${phrase} `)) return code;
  return undefined;
}

const STATUSES: Table<OrgStatus> = compile<OrgStatus>([
  ['dang hoat dong', 'dang_hoat_dong'],
  ['hoat dong', 'dang_hoat_dong'],
  ['dang hd', 'dang_hoat_dong'],
  ['hd', 'dang_hoat_dong'],
  ['hoat dong binh thuong', 'dang_hoat_dong'],
  ['con hoat dong', 'dang_hoat_dong'],
  ['co hoat dong', 'dang_hoat_dong'],
  ['tam ngung', 'tam_ngung'],
  ['tam ngung hoat dong', 'tam_ngung'],
  ['tam dung', 'tam_ngung'],
  ['tam dung hoat dong', 'tam_ngung'],
  ['tam ngung hd', 'tam_ngung'],
  ['ngung hoat dong', 'ngung_hoat_dong'],
  ['khong hoat dong', 'ngung_hoat_dong'],
  ['ngung hd', 'ngung_hoat_dong'],
  ['khong con hoat dong', 'ngung_hoat_dong'],
  ['da ngung hoat dong', 'ngung_hoat_dong'],
  ['khong hd', 'ngung_hoat_dong'],
  ['chua hoat dong', 'ngung_hoat_dong'],
  ['dang giai the', 'dang_giai_the'],
  ['dang lam thu tuc giai the', 'dang_giai_the'],
  ['dang thuc hien giai the', 'dang_giai_the'],
  ['cho giai the', 'dang_giai_the'],
  ['da giai the', 'da_giai_the'],
  ['giai the', 'da_giai_the'],
  ['thu hoi giay chung nhan', 'thu_hoi_gcn'],
  ['bi thu hoi giay chung nhan', 'thu_hoi_gcn'],
  ['thu hoi gcn', 'thu_hoi_gcn'],
  ['thu hoi', 'thu_hoi_gcn'],
  ['pha san', 'pha_san'],
  ['da pha san', 'pha_san'],
  ['cham dut hoat dong', 'cham_dut'],
  ['da cham dut hoat dong', 'cham_dut'],
  ['cham dut', 'cham_dut'],
]);

export function matchStatus(text: string): OrgStatus | undefined {
  return find(STATUSES, text);
}

/** One sector named by a section heading or a cell ("A. NÔNG NGHIỆP", "Lĩnh vực thương mại"): the first one. */
export function matchSector(text: string): Sector | undefined {
  return classifySectors(text).codes[0];
}

/**
 * A cell naming several sectors: "Nông nghiệp, dịch vụ", "NN - TM", "Trồng trọt; chăn nuôi". Returns the
 * codes in order without repeats, and the pieces that matched nothing. The lexicon: sector-lexicon.ts.
 */
export function matchSectors(text: string): { codes: Sector[]; unknown: string[] } {
  return classifySectors(text);
}

const MODELS: Table<OrgModel> = compile<OrgModel>([
  ['cung ung dich vu', 'cung_ung_dich_vu'],
  ['cung ung dich vu cho thanh vien', 'cung_ung_dich_vu'],
  ['dich vu', 'cung_ung_dich_vu'],
  ['tao viec lam', 'tao_viec_lam'],
  ['tao viec lam cho thanh vien', 'tao_viec_lam'],
  ['viec lam', 'tao_viec_lam'],
  ['hon hop', 'hon_hop'],
]);

export function matchModel(text: string): OrgModel | undefined {
  return find(MODELS, text);
}

const PERIODS: Table<FigurePeriod> = compile<FigurePeriod>([
  ['ca nam', 'Y'],
  ['nam', 'Y'],
  ['12 thang', 'Y'],
  ['6 thang dau nam', 'H1'],
  ['6 thang dau', 'H1'],
  ['sau thang dau nam', 'H1'],
  ['6 thang', 'H1'],
  ['h1', 'H1'],
  ['6 thang cuoi nam', 'H2'],
  ['6 thang cuoi', 'H2'],
  ['sau thang cuoi nam', 'H2'],
  ['h2', 'H2'],
]);

export function matchPeriod(text: string): FigurePeriod | undefined {
  return find(PERIODS, text);
}

const OCOP_GROUPS: Table<OcopGroup> = compile<OcopGroup>([
  ['thuc pham', 'thuc_pham'],
  ['nong san', 'thuc_pham'],
  ['thuc pham tuoi song', 'thuc_pham'],
  ['thuc pham che bien', 'thuc_pham'],
  ['do uong', 'do_uong'],
  ['ruou', 'do_uong'],
  ['tra', 'do_uong'],
  ['do uong co con', 'do_uong'],
  ['duoc lieu', 'duoc_lieu'],
  ['thao duoc', 'duoc_lieu'],
  ['duoc lieu va san pham tu duoc lieu', 'duoc_lieu'],
  ['thu cong my nghe', 'thu_cong_my_nghe'],
  ['my nghe', 'thu_cong_my_nghe'],
  ['thu cong', 'thu_cong_my_nghe'],
  ['luu niem noi that trang tri', 'thu_cong_my_nghe'],
  ['sinh vat canh', 'sinh_vat_canh'],
  ['hoa cay canh', 'sinh_vat_canh'],
  ['cay canh', 'sinh_vat_canh'],
  ['hoa', 'sinh_vat_canh'],
  ['du lich', 'du_lich'],
  ['dich vu du lich', 'du_lich'],
  ['du lich cong dong', 'du_lich'],
  ['dich vu du lich cong dong', 'du_lich'],
]);

export function matchOcopGroup(text: string): OcopGroup | undefined {
  return find(OCOP_GROUPS, text);
}

const CERT_KINDS: Table<CertKind> = compile<CertKind>([
  ['vietgap', 'vietgap'],
  ['viet gap', 'vietgap'],
  ['vietgahp', 'vietgahp'],
  ['viet gahp', 'vietgahp'],
  ['globalgap', 'globalgap'],
  ['global gap', 'globalgap'],
  ['huu co', 'huu_co'],
  ['organic', 'huu_co'],
  ['tcvn 11041', 'huu_co'],
  ['attp', 'attp'],
  ['an toan thuc pham', 'attp'],
  ['du dieu kien attp', 'attp'],
  ['du dieu kien an toan thuc pham', 'attp'],
  ['vsattp', 'attp'],
  ['khac', 'khac'],
]);

export function matchCertKind(text: string): CertKind | undefined {
  return find(CERT_KINDS, text);
}

const OWNER_KINDS: Table<ExternalOwnerKind> = compile<ExternalOwnerKind>([
  ['doanh nghiep', 'doanh_nghiep'],
  ['cong ty', 'doanh_nghiep'],
  ['dn', 'doanh_nghiep'],
  ['cty', 'doanh_nghiep'],
  ['tnhh', 'doanh_nghiep'],
  ['co phan', 'doanh_nghiep'],
  ['doanh nghiep tu nhan', 'doanh_nghiep'],
  ['dntn', 'doanh_nghiep'],
  ['ho kinh doanh', 'ho_kinh_doanh'],
  ['hkd', 'ho_kinh_doanh'],
  ['ho san xuat', 'ho_kinh_doanh'],
  ['co so', 'ho_kinh_doanh'],
  ['ho gia dinh', 'ho_kinh_doanh'],
  ['ca nhan', 'ca_nhan'],
  ['khac', 'khac'],
]);

export function matchOwnerKind(text: string): ExternalOwnerKind | undefined {
  return find(OWNER_KINDS, text);
}

/** Kind of an OCOP owner that is not a cooperative, from its name: "Công ty TNHH …", "Hộ kinh doanh …". */
export function ownerKindOfName(name: string): ExternalOwnerKind {
  const f = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (/^(cong ty|cty|doanh nghiep|dntn)\b|\b(tnhh|co phan)\b/.test(f)) return 'doanh_nghiep';
  if (/^(ho kinh doanh|hkd|ho san xuat|co so|ho gia dinh|ho)\b/.test(f)) return 'ho_kinh_doanh';
  if (/^(ong|ba|anh|chi)\b/.test(f)) return 'ca_nhan';
  return 'khac';
}

const STAR_WORDS: ReadonlyMap<string, number> = new Map([
  ['mot', 1],
  ['hai', 2],
  ['ba', 3],
  ['bon', 4],
  ['tu', 4],
  ['nam', 5],
]);

/** OCOP stars: "4 sao", "4*", "4★", "4☆", "★★★★", "bốn sao", "4". Undefined when the text names no star count. */
export function matchStars(text: string): number | undefined {
  const t = text.trim();
  const glyphs = /^[★☆*✩✪⭐]+$/u.exec(t.replace(/\s+/g, ''));
  if (glyphs) return [...glyphs[0]].length;
  const f = foldVietnamese(t);
  const digit = /^(?:hang\s*)?(\d)(?:[.,]0+)?\s*(?:sao|\*|★|☆|⭐|s)?(?:\s*ocop)?$/u.exec(f);
  if (digit) return Number(digit[1]);
  const word = /^(?:hang\s*)?(mot|hai|ba|bon|tu|nam)\s+sao\b/.exec(f);
  if (word) return STAR_WORDS.get(word[1] ?? '');
  return undefined;
}
