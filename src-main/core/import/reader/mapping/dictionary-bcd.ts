/**
 * What Vietnamese lists of the support given call each field (same form as dictionary.ts): "Danh sách HTX
 * được hỗ trợ", "Danh sách học viên lớp bồi dưỡng", "Danh sách hợp đồng liên kết". The organization
 * a row is about is named the way a list of cooperatives names it, and matched to the registry later.
 */
import type { ImportEntity } from '../../../../contract/fields.ts';
import type { HeaderRule } from './dictionary.ts';

const S: readonly ImportEntity[] = ['support'];
const A: readonly ImportEntity[] = ['activities'];
const L: readonly ImportEntity[] = ['linkages'];

const BENEFICIARY_PHRASES = [
  'ten hop tac xa',
  'ten to chuc',
  'ten don vi',
  'ten to hop tac',
  'ten hop tac xa * to hop tac',
  'ten to chuc kinh te tap the',
  'to chuc kinh te tap the',
  'don vi duoc ho tro',
  'to chuc duoc ho tro',
  'hop tac xa duoc ho tro',
  'doi tuong duoc ho tro',
  'doi tuong thu huong',
  'don vi thu huong',
  'ten don vi thu huong',
  'ten|0.75',
  'hop tac xa|0.7',
  'to chuc|0.6',
  'don vi|0.6',
];
const PARTICIPANT_PHRASES = [
  'hop tac xa tham gia',
  'to chuc tham gia',
  'don vi tham gia',
  'don vi cong tac',
  'ten don vi cong tac',
  'noi cong tac',
  'don vi cu hoc vien',
  'don vi cu di hoc',
  'ten hop tac xa',
  'ten to chuc',
  'ten don vi',
  'don vi|0.6',
  'hop tac xa|0.7',
];
/** A person's name on a list of trainees is not the organization. */
const NAME_EXCLUDES = ['tieng anh', 'viet tat', 'giao dich', 'nguoi', 'hoc vien', 'lop', 'hoi cho', 'san pham', 'doanh nghiep', 'doi tac'];

export const BCD_HEADER_RULES: readonly HeaderRule[] = [
  { target: 'f:organizationId', entities: S, phrases: BENEFICIARY_PHRASES, excludes: NAME_EXCLUDES },
  { target: 'f:organizationId', entities: A, phrases: PARTICIPANT_PHRASES, excludes: NAME_EXCLUDES },
  { target: 'f:organizationId', entities: L, phrases: [...BENEFICIARY_PHRASES, 'ben a|0.8'], excludes: NAME_EXCLUDES },
  // Support records
  {
    target: 'f:policy',
    entities: S,
    phrases: [
      'chinh sach ho tro',
      'chinh sach',
      'chuong trinh ho tro',
      'chuong trinh',
      'chinh sach * chuong trinh',
      'noi dung ho tro',
      'ten chinh sach',
      'ten chuong trinh',
      'du an|0.8',
      'noi dung|0.7',
    ],
  },
  {
    target: 'f:decision',
    entities: S,
    phrases: ['quyet dinh', 'so quyet dinh', 'quyet dinh ho tro', 'so quyet dinh ho tro', 'can cu|0.7', 'van ban|0.7', 'quyet dinh so'],
  },
  {
    target: 'f:grantedOn',
    entities: S,
    phrases: [
      'ngay ho tro',
      'thoi gian ho tro',
      'ngay quyet dinh',
      'ngay cap|0.8',
      'ngay giai ngan',
      'ngay|0.7',
      'thoi gian|0.7',
      'ngay thang|0.8',
    ],
  },
  {
    target: 'f:supportKind',
    entities: S,
    phrases: ['hinh thuc ho tro', 'loai ho tro', 'linh vuc ho tro', 'noi dung * hinh thuc', 'hinh thuc', 'loai hinh ho tro', 'nhom ho tro'],
  },
  {
    target: 'f:amount',
    entities: S,
    phrases: [
      'kinh phi ho tro',
      'so tien ho tro',
      'muc ho tro',
      'kinh phi',
      'so tien',
      'gia tri ho tro',
      'tong kinh phi',
      'thanh tien|0.8',
    ],
  },
  { target: 'f:fundingSource', entities: S, phrases: ['nguon kinh phi', 'nguon von', 'nguon', 'nguon ngan sach', 'nguon ho tro'] },
  // Activities, one row per organization taking part
  {
    target: 'f:activityKind',
    entities: A,
    phrases: ['loai hoat dong', 'hinh thuc', 'loai hinh hoat dong', 'loai lop', 'loai'],
  },
  {
    target: 'f:title',
    entities: A,
    phrases: [
      'ten lop',
      'ten lop hoc',
      'lop dao tao',
      'lop boi duong',
      'lop tap huan',
      'ten hoi cho',
      'hoi cho',
      'ten hoat dong',
      'hoat dong',
      'noi dung|0.8',
      'ten khoa hoc',
      'khoa hoc|0.8',
      'chuong trinh|0.7',
    ],
  },
  {
    target: 'f:heldFrom',
    entities: A,
    phrases: ['ngay to chuc', 'thoi gian to chuc', 'tu ngay', 'ngay bat dau', 'ngay khai giang', 'thoi gian', 'ngay|0.7'],
  },
  { target: 'f:heldTo', entities: A, phrases: ['den ngay', 'ngay ket thuc', 'ngay be giang'] },
  { target: 'f:place', entities: A, phrases: ['dia diem', 'dia diem to chuc', 'noi to chuc'] },
  {
    target: 'f:trainees',
    entities: A,
    phrases: ['so hoc vien', 'so nguoi tham gia', 'so nguoi', 'so luong hoc vien', 'hoc vien', 'so nguoi du', 'so luot|0.8'],
  },
  // Linkage contracts
  {
    target: 'f:partner',
    entities: L,
    phrases: [
      'doanh nghiep lien ket',
      'doi tac',
      'doi tac lien ket',
      'don vi lien ket',
      'ben lien ket',
      'ten doanh nghiep',
      'doanh nghiep',
      'ben b|0.8',
      'to chuc lien ket',
    ],
  },
  { target: 'f:product', entities: L, phrases: ['san pham lien ket', 'san pham', 'mat hang', 'san pham dich vu', 'noi dung lien ket|0.8'] },
  { target: 'f:value', entities: L, phrases: ['gia tri hop dong', 'gia tri', 'gia tri lien ket', 'tong gia tri'] },
  { target: 'f:signedOn', entities: L, phrases: ['ngay ky', 'ngay ky hop dong', 'thoi gian ky', 'ngay hop dong', 'ngay|0.7'] },
  { target: 'f:endsOn', entities: L, phrases: ['ngay het han', 'thoi han', 'het han', 'thoi han hop dong', 'den ngay'] },
];
