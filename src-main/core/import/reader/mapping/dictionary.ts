/**
 * What Vietnamese report headers call each field. Phrases are in normalizeHeader's form (folded,
 * abbreviations spelled out, units removed); "*" stands for any words in between; "|0.6" lowers the
 * weight of a phrase that is common but vague ("tên", "năm"). Each rule says for which entities it holds:
 * "Tên sản phẩm" is the OCOP product's name; "Tên HTX" is the organization's name on a list or a figures
 * sheet (matched to the registry later), and the organization a row belongs to on an OCOP or
 * certification sheet.
 */
import type { ImportEntity } from '../../../../contract/fields.ts';
import { BCD_HEADER_RULES } from './dictionary-bcd.ts';
import { FUND_HEADER_RULES } from './fund-dictionary.ts';
import { OWNED_HEADER_RULES } from './dictionary-owned.ts';

/** Address pieces kept as the file writes them (the lead links them to 2025 communes). */
export const ADDRESS_PARTS = ['full', 'street', 'commune', 'district', 'province', 'communeCode', 'districtCode', 'provinceCode'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/** What a column can hold: a field of the entity, a piece of an address, or the row number (STT). */
export type TargetId = `f:${string}` | `a:${AddressPart}` | 'stt';

export interface HeaderRule {
  target: TargetId;
  entities: readonly ImportEntity[];
  phrases: readonly string[];
  /** Words that rule the target out ("Tên tiếng Anh" is not the name). */
  excludes?: readonly string[];
}

const O: readonly ImportEntity[] = ['organizations'];
const F: readonly ImportEntity[] = ['figures'];
const C: readonly ImportEntity[] = ['certifications'];
const OF: readonly ImportEntity[] = ['organizations', 'figures'];
/** Rules every sheet shares (row number, notes, the place an organization is in). */
const ALL: readonly ImportEntity[] = [
  'organizations',
  'figures',
  'ocop',
  'certifications',
  'support',
  'activities',
  'linkages',
  'fundLoans',
  'fundEntries',
];

const ORG_NAME_PHRASES = [
  'ten hop tac xa',
  'ten to chuc',
  'ten don vi',
  'ten to hop tac',
  'ten quy tin dung nhan dan',
  'ten lien hiep hop tac xa',
  'ten hop tac xa * to hop tac',
  'ten to chuc kinh te tap the',
  'ten hop tac xa * quy tin dung nhan dan',
  'ten|0.75',
  'ten goi|0.8',
  'ten day du|0.8',
  'hop tac xa|0.7',
  'to chuc|0.6',
  'don vi|0.6',
  'ten co so|0.7',
  'ten doanh nghiep hop tac xa|0.8',
];

/** Other names of an organization, not the one it is registered under. */
const NAME_EXCLUDES = ['tieng anh', 'nuoc ngoai', 'viet tat', 'giao dich', 'cu', 'truoc day', 'nguoi'];

const ADDRESS_RULES: HeaderRule[] = [
  {
    target: 'a:full',
    entities: ['ocop', 'certifications'],
    phrases: ['dia chi', 'dia chi tru so', 'tru so', 'dia chi * chu the', 'dia chi san xuat', 'dia ban|0.7'],
  },
  {
    target: 'a:street',
    entities: ALL,
    phrases: ['thon', 'xom', 'thon xom', 'so nha', 'thon xom ban', 'thon to dan pho', 'thon ban', 'ap|0.7', 'thon ap'],
  },
  {
    target: 'a:commune',
    entities: ALL,
    phrases: [
      'xa',
      'xa phuong',
      'phuong xa',
      'xa phuong thi tran',
      'ten xa',
      'phuong xa thi tran',
      'dia ban xa',
      'xa thi tran',
      'phuong xa moi|0.9',
      'ten xa moi|0.9',
      'ten xa cu|0.9',
    ],
  },
  {
    target: 'a:district',
    entities: ALL,
    phrases: [
      'huyen',
      'quan huyen',
      'huyen thanh pho',
      'huyen thi xa thanh pho',
      'huyen thi xa',
      'ten huyen',
      'dia ban huyen',
      'huyen thi',
      'quan huyen thi xa',
    ],
  },
  { target: 'a:province', entities: ALL, phrases: ['tinh', 'tinh thanh pho', 'tinh thanh', 'ten tinh', 'tinh cu|0.9'] },
  {
    target: 'a:communeCode',
    entities: ALL,
    phrases: ['ma xa', 'ma phuong xa', 'ma xa phuong', 'ma don vi hanh chinh xa', 'ma xa cu|0.9', 'ma xa moi|0.9'],
  },
  { target: 'a:districtCode', entities: ALL, phrases: ['ma huyen', 'ma quan huyen', 'ma huyen thi xa'] },
  { target: 'a:provinceCode', entities: ALL, phrases: ['ma tinh', 'ma thanh pho', 'ma tinh thanh pho'] },
];

export const HEADER_RULES: readonly HeaderRule[] = [
  { target: 'stt', entities: ALL, phrases: ['stt', 'so thu tu', 'so stt', 'thu tu|0.8'] },
  // Organizations
  {
    target: 'f:type',
    entities: OF,
    phrases: [
      'loai hinh',
      'loai hinh to chuc',
      'loai hinh kinh te tap the',
      'loai hinh hop tac xa',
      'loai to chuc',
      'hinh thuc to chuc',
      'loai|0.6',
      'loai hinh doanh nghiep|0.7',
    ],
  },
  // A figures sheet names its organizations the way a list does (name, code): the registry matches them.
  { target: 'f:name', entities: OF, phrases: ORG_NAME_PHRASES, excludes: NAME_EXCLUDES },
  { target: 'f:shortName', entities: O, phrases: ['ten viet tat', 'ten giao dich|0.7'] },
  {
    target: 'f:regCode',
    // A list of the support given names its organizations by code too.
    entities: [...OF, 'support', 'activities', 'linkages'],
    phrases: [
      'ma so hop tac xa',
      'ma so thue',
      'ma so doanh nghiep',
      'ma so dang ky',
      'ma so|0.8',
      'so dang ky kinh doanh',
      'so giay chung nhan dang ky',
      'so giay chung nhan dang ky * hop tac xa',
      'so dang ky|0.9',
      'ma so dang ky kinh doanh',
      'giay chung nhan dang ky * so',
      'ma hop tac xa',
      'ma so hop tac xa * ma so thue',
      'ma|0.6',
      'so giay chung nhan|0.8',
      'giay chung nhan dang ky kinh doanh|0.8',
    ],
  },
  {
    target: 'f:foundedOn',
    // A sheet of yearly figures that names its organizations' founding dates tells which were new in the year.
    entities: OF,
    phrases: [
      'ngay thanh lap',
      'ngay dang ky',
      'ngay cap giay chung nhan dang ky',
      'ngay cap dang ky kinh doanh',
      'ngay cap giay chung nhan dang ky kinh doanh',
      'ngay cap|0.8',
      'nam thanh lap',
      'thoi gian thanh lap',
      'ngay thanh lap * dang ky',
      'ngay dang ky lan dau',
      'thanh lap * ngay',
      'ngay cap giay chung nhan|0.8',
      'nam dang ky',
      'thanh lap|0.8',
      'ngay thang nam thanh lap',
      // A tổ hợp tác begins when its cooperation contract is certified by the commune.
      'ngay chung thuc hop dong hop tac',
      'chung thuc hop dong hop tac * ngay',
      'ngay chung thuc hop dong',
      'ngay chung thuc',
      'chung thuc hop dong|0.9',
      'ngay ky hop dong hop tac',
      'ngay thanh lap to hop tac',
    ],
  },
  {
    target: 'f:registeredBy',
    entities: O,
    phrases: ['co quan dang ky', 'noi cap', 'co quan cap', 'noi dang ky', 'co quan cap * dang ky', 'noi cap giay chung nhan'],
  },
  {
    target: 'f:status',
    entities: O,
    phrases: [
      'tinh trang',
      'tinh trang hoat dong',
      'trang thai',
      'trang thai hoat dong',
      'hien trang',
      'tinh hinh hoat dong',
      'hien trang hoat dong',
    ],
  },
  {
    target: 'f:legacyAddress',
    entities: O,
    phrases: [
      'dia chi',
      'dia chi tru so',
      'tru so',
      'tru so chinh',
      'dia chi tru so chinh',
      'dia chi lien he',
      'dia ban|0.7',
      'noi dat tru so',
      // One column for the village and the commune: "Thôn, xã", "Thôn/bản, xã".
      'thon xa',
      'thon ban xa',
      'thon xom xa',
      'xom xa',
      'ban xa',
      'thon xa phuong',
      'thon to xa phuong',
      'thon xom ban xa',
      'dia chi thon xa',
    ],
  },
  {
    target: 'f:certificates',
    entities: O,
    phrases: [
      'chung nhan',
      'san pham duoc chung nhan',
      'chung nhan san pham',
      'san pham chung nhan',
      'chung nhan chat luong',
      'tieu chuan chung nhan',
      'chung nhan vietgap',
      'vietgap',
      'vietgap huu co',
      'chung nhan vietgap * huu co',
      'san pham dat chung nhan',
      'giay chung nhan * san pham',
      'chung nhan an toan thuc pham',
      'san pham * chung nhan',
      'chung nhan * vietgap',
    ],
    excludes: ['dang ky', 'so giay', 'ngay cap', 'ma so'],
  },
  {
    target: 'f:sectors',
    entities: O,
    phrases: [
      'linh vuc',
      'linh vuc hoat dong',
      'nganh nghe',
      'nganh nghe kinh doanh',
      'nganh nghe san xuat kinh doanh',
      'linh vuc san xuat kinh doanh',
      'nganh|0.8',
      'nganh hoat dong',
      'linh vuc hoat dong chinh',
      'nganh nghe chinh',
      'linh vuc nganh nghe',
    ],
  },
  { target: 'f:model', entities: O, phrases: ['mo hinh', 'mo hinh hoat dong', 'mo hinh hop tac xa', 'mo hinh to chuc'] },
  {
    target: 'f:charterCapital',
    entities: O,
    phrases: ['von dieu le', 'von dieu le dang ky', 'tong von dieu le', 'von gop|0.8', 'von|0.6'],
  },
  {
    target: 'f:headName',
    entities: O,
    phrases: [
      'nguoi dai dien',
      'nguoi dai dien theo phap luat',
      'nguoi dung dau',
      'chu tich hoi dong quan tri',
      'giam doc',
      'chu tich * giam doc',
      'ho ten chu tich',
      'ho va ten|0.8',
      'ho ten|0.8',
      'ho ten nguoi dai dien',
      'to truong',
      'chu nhiem',
      'nguoi phu trach',
      'chu tich|0.9',
      'ho ten * giam doc',
      'ho ten * chu tich',
      'ho va ten nguoi dai dien',
      'nguoi dai dien * chu tich',
    ],
  },
  {
    target: 'f:phone',
    entities: O,
    phrases: ['dien thoai', 'so dien thoai', 'dien thoai lien he', 'so dt', 'dt lien he', 'dt|0.7', 'so dien thoai lien he'],
  },
  { target: 'f:email', entities: O, phrases: ['email', 'thu dien tu', 'dia chi email', 'hop thu dien tu'] },
  { target: 'f:notes', entities: ALL, phrases: ['ghi chu', 'ghi chu khac', 'chu thich'] },
  // Yearly figures (also read on organization sheets: a list of cooperatives with their year's results)
  { target: 'f:organizationId', entities: C, phrases: ORG_NAME_PHRASES, excludes: NAME_EXCLUDES },
  {
    target: 'f:members',
    entities: OF,
    phrases: ['thanh vien', 'so thanh vien', 'tong so thanh vien', 'thanh vien * tong so', 'so luong thanh vien', 'so thanh vien * tong'],
  },
  {
    target: 'f:workers',
    entities: OF,
    phrases: ['lao dong', 'so lao dong', 'tong so lao dong', 'lao dong * tong so', 'so luong lao dong', 'lao dong * tong'],
  },
  {
    target: 'f:regularWorkers',
    entities: OF,
    phrases: [
      'lao dong thuong xuyen',
      'lao dong * thuong xuyen',
      'so lao dong thuong xuyen',
      'thuong xuyen|0.7',
      'trong do * thuong xuyen|0.8',
    ],
  },
  {
    target: 'f:revenue',
    entities: OF,
    phrases: ['doanh thu', 'tong doanh thu', 'doanh thu * nam', 'doanh so|0.8', 'ket qua * doanh thu', 'doanh thu binh quan|0.5'],
  },
  {
    target: 'f:profit',
    entities: OF,
    phrases: [
      'loi nhuan',
      'lai',
      'lai lo',
      'loi nhuan truoc thue',
      'loi nhuan sau thue',
      'ket qua * loi nhuan',
      'lai rong',
      'chenh lech thu chi|0.8',
    ],
  },
  {
    target: 'f:avgIncome',
    entities: OF,
    phrases: [
      'thu nhap binh quan',
      'thu nhap * binh quan',
      'thu nhap binh quan * lao dong',
      'thu nhap|0.7',
      'thu nhap * lao dong thuong xuyen',
      'binh quan thu nhap',
    ],
  },
  {
    target: 'f:charterCapitalEnd',
    entities: F,
    phrases: ['von dieu le', 'von dieu le cuoi nam', 'von dieu le * 31 12', 'von dieu le thoi diem', 'von|0.6'],
  },
  { target: 'f:charterCapitalEnd', entities: O, phrases: ['von dieu le cuoi nam', 'von dieu le * 31 12', 'von dieu le thoi diem'] },
  {
    target: 'f:budgetPaid',
    entities: OF,
    phrases: [
      'nop ngan sach',
      'nop ngan sach nha nuoc',
      'thue * nop',
      'nop thue',
      'nghia vu * ngan sach',
      'nop ngan sach * nam',
      'thue da nop',
    ],
  },
  { target: 'f:year', entities: F, phrases: ['nam', 'nam bao cao', 'nam so lieu'] },
  // Folded, "ký" (signed, registered) reads as "kỳ": a date or a registration is never the period.
  { target: 'f:period', entities: F, phrases: ['ky', 'ky bao cao'], excludes: ['ngay', 'dang ky', 'chu ky', 'ky ket', 'ky hop dong'] },
  ...OWNED_HEADER_RULES,
  ...ADDRESS_RULES,
  ...FUND_HEADER_RULES,
  ...BCD_HEADER_RULES,
];

/**
 * Headers that say only "how much" and take their meaning from the group above them: "Lao động ›
 * Tổng số", "Kết quả SXKD năm 2024 › Doanh thu". When the leaf is one of these, only the full
 * path counts.
 */
export const GENERIC_LEAVES = new Set([
  'tong so',
  'tong',
  'so luong',
  'trong do',
  'cong',
  'so',
  'gia tri',
  'tong cong',
  'nam',
  'ky',
  'thuc hien',
  'so lieu',
  'ke hoach',
]);
