/**
 * What the support fund's Excel ledgers call their columns (phrases in normalizeHeader's form, as in
 * dictionary.ts). A contracts sheet names the borrower, the contract and its terms, and often the loan's
 * disbursement; a movements sheet names the contract and, per row, a date with what was disbursed or repaid.
 */
import type { ImportEntity } from '../../../../contract/fields.ts';
import type { HeaderRule } from './dictionary.ts';

const L: readonly ImportEntity[] = ['fundLoans'];
const E: readonly ImportEntity[] = ['fundEntries'];
const LE: readonly ImportEntity[] = ['fundLoans', 'fundEntries'];

const BORROWER_PHRASES = [
  'nguoi vay',
  'ten nguoi vay',
  'khach hang',
  'ten khach hang',
  'don vi vay',
  'ten don vi vay',
  'ten don vi vay von',
  'to chuc vay',
  'ten to chuc vay',
  'ten hop tac xa',
  'ten to chuc',
  'ten don vi|0.8',
  'ten hop tac xa * to hop tac',
  'hop tac xa vay',
  'ten hop tac xa vay von',
  'ben vay',
  'doi tuong vay|0.8',
];

export const FUND_HEADER_RULES: readonly HeaderRule[] = [
  { target: 'f:organizationId', entities: LE, phrases: BORROWER_PHRASES, excludes: ['thanh vien', 'dia chi', 'ma so'] },
  { target: 'f:code', entities: L, phrases: ['so ho so', 'ma ho so', 'ho so so', 'so ho so vay'] },
  {
    target: 'f:regCode',
    entities: L,
    phrases: ['ma so hop tac xa', 'ma so thue', 'ma so doanh nghiep', 'ma so|0.6', 'ma so hop tac xa ma so thue', 'ma so dang ky|0.8'],
  },
  { target: 'f:legacyAddress', entities: L, phrases: ['dia chi', 'dia chi nguoi vay', 'tru so', 'dia chi tru so', 'dia ban|0.7'] },
  {
    target: 'f:memberName',
    entities: L,
    phrases: [
      'thanh vien vay',
      'ten thanh vien',
      'ho ten thanh vien',
      'thanh vien dung ten vay',
      'ho va ten thanh vien',
      'ho ten nguoi vay|0.8',
    ],
  },
  {
    target: 'f:contractNo',
    entities: LE,
    phrases: [
      'so hop dong',
      'hop dong so',
      'so hd',
      'hd so',
      'so hdtd',
      'so hop dong tin dung',
      'so hop dong vay',
      'hop dong tin dung * so',
      'hop dong * so',
      'so hop dong cho vay',
    ],
  },
  {
    target: 'f:contractOn',
    entities: L,
    phrases: ['ngay hop dong', 'ngay ky hop dong', 'ngay ky hd', 'ngay hd', 'hop dong * ngay', 'hop dong tin dung * ngay', 'ngay ky'],
  },
  {
    target: 'f:amount',
    entities: L,
    phrases: [
      'so tien vay',
      'so tien hop dong',
      'so tien cho vay',
      'so tien theo hop dong',
      'so tien duoc vay',
      'muc vay',
      'so tien|0.7',
      'hop dong * so tien',
    ],
  },
  { target: 'f:ratePercent', entities: L, phrases: ['lai suat', 'lai suat cho vay', 'lai suat trong han', 'lai suat vay', 'lai suat nam'] },
  { target: 'f:overdueRatePercent', entities: L, phrases: ['lai suat qua han', 'lai qua han', 'lai suat phat'] },
  { target: 'f:termMonths', entities: L, phrases: ['thoi han vay', 'thoi han', 'thoi han cho vay', 'ky han vay', 'so thang vay'] },
  { target: 'f:periodMonths', entities: L, phrases: ['ky tra no', 'ky han tra no', 'dinh ky tra no', 'ky tra goc'] },
  { target: 'f:graceMonths', entities: L, phrases: ['an han', 'thoi gian an han', 'thoi han an han'] },
  { target: 'f:method', entities: L, phrases: ['phuong thuc tra no', 'phuong thuc tra', 'hinh thuc tra no', 'cach tra no'] },
  {
    target: 'f:purpose',
    entities: L,
    phrases: ['muc dich vay', 'muc dich su dung von', 'muc dich|0.8', 'phuong an vay|0.8', 'noi dung vay'],
  },
  {
    target: 'f:security',
    entities: L,
    phrases: ['tai san bao dam', 'bao dam tien vay', 'tai san the chap', 'hinh thuc bao dam', 'the chap|0.8'],
  },
  {
    target: 'f:disbursedOn',
    entities: L,
    phrases: ['ngay giai ngan', 'giai ngan * ngay', 'ngay nhan no', 'ngay phat tien vay'],
  },
  {
    target: 'f:disbursed',
    entities: LE,
    phrases: ['so tien giai ngan', 'giai ngan * so tien', 'giai ngan', 'da giai ngan', 'phat tien vay', 'cho vay * so tien|0.8'],
    excludes: ['ngay'],
  },
  {
    target: 'f:onDate',
    entities: E,
    phrases: [
      'ngay|0.6',
      'ngay thang|0.8',
      'ngay giao dich',
      'ngay thu no',
      'ngay giai ngan',
      'ngay tra no',
      'ngay phat sinh',
      'ngay chung tu',
    ],
  },
  {
    target: 'f:repaid',
    entities: E,
    phrases: [
      'thu no',
      'so tien thu no',
      'so tien tra no',
      'tra no|0.8',
      'tong thu|0.8',
      'thu no * tong',
      'thu no * tong so',
      'tong so tien tra',
    ],
    excludes: ['ngay', 'goc', 'lai'],
  },
  {
    target: 'f:repaidPrincipal',
    entities: E,
    phrases: ['thu goc', 'thu no goc', 'tra goc', 'goc|0.6', 'thu no * goc', 'tien goc'],
    excludes: ['ngay'],
  },
  {
    target: 'f:repaidInterest',
    entities: E,
    phrases: ['thu lai', 'tra lai', 'lai|0.6', 'thu no * lai', 'tien lai'],
    excludes: ['ngay', 'suat'],
  },
];
