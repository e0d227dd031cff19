/**
 * What the headers of OCOP product lists and certification lists call their columns (phrases in
 * normalizeHeader's form, as in dictionary.ts). On both, the organization a row belongs to is named by text:
 * an OCOP list calls it the product's owner ("chủ thể"), which may also be a company or a household.
 */
import type { ImportEntity } from '../../../../contract/fields.ts';
import type { HeaderRule } from './dictionary.ts';

const P: readonly ImportEntity[] = ['ocop'];
const C: readonly ImportEntity[] = ['certifications'];

const OWNER_PHRASES = [
  'chu the',
  'ten chu the',
  'chu the san xuat',
  'chu the san pham',
  'chu the ocop',
  'chu the * san pham',
  'co so san xuat',
  'don vi san xuat',
  'ten co so',
  'ten chu the * hop tac xa',
  'ten hop tac xa',
  'ten to chuc',
  'ten don vi|0.9',
  'to chuc ca nhan',
  'doanh nghiep hop tac xa',
  'ten chu the san xuat',
  'ten doanh nghiep hop tac xa',
  'chu the * ten',
  'co so|0.6',
  'don vi|0.6',
  'don vi so huu',
  'ten don vi so huu',
  'chu so huu',
  'chu the so huu',
  'so huu',
  'don vi chu the',
  'ten chu so huu',
];

export const OWNED_HEADER_RULES: readonly HeaderRule[] = [
  // OCOP products
  {
    target: 'f:name',
    entities: P,
    excludes: ['tieng anh'],
    phrases: ['ten san pham', 'san pham', 'ten san pham ocop', 'san pham ocop', 'ten san pham * ocop'],
  },
  { target: 'f:organizationId', entities: P, phrases: OWNER_PHRASES },
  {
    target: 'f:externalOwnerKind',
    entities: P,
    phrases: ['loai chu the', 'loai hinh chu the', 'hinh thuc chu the', 'loai hinh|0.8', 'loai hinh to chuc|0.8'],
  },
  {
    target: 'f:stars',
    entities: P,
    phrases: [
      'hang sao',
      'so sao',
      'xep hang',
      'hang|0.8',
      'ket qua xep hang',
      'phan hang',
      'sao',
      'ket qua danh gia|0.8',
      'muc xep hang',
      'hang sao ocop',
      'xep hang * sao',
      'ket qua * phan hang',
    ],
  },
  {
    target: 'f:decisionNo',
    entities: P,
    phrases: ['so quyet dinh', 'quyet dinh', 'so quyet dinh cong nhan', 'quyet dinh cong nhan', 'quyet dinh * so', 'so hieu quyet dinh'],
  },
  {
    target: 'f:decisionDate',
    entities: P,
    phrases: [
      'ngay quyet dinh',
      'ngay cong nhan',
      'ngay ky quyet dinh',
      'ngay ban hanh',
      'ngay ky',
      'quyet dinh * ngay',
      'ngay thang nam quyet dinh',
    ],
  },
  {
    target: 'f:recognitionYear',
    entities: P,
    phrases: ['nam cong nhan', 'nam danh gia', 'nam xep hang', 'nam|0.9', 'nam duoc cong nhan', 'nam dat'],
  },
  {
    target: 'f:productGroup',
    entities: P,
    phrases: ['nhom san pham', 'nhom', 'bo san pham', 'nganh hang', 'phan nhom', 'nhom nganh', 'bo nhom', 'nganh * nhom'],
  },
  // Certifications
  {
    target: 'f:kind',
    entities: C,
    phrases: [
      'loai chung nhan',
      'loai giay chung nhan',
      'tieu chuan',
      'tieu chuan chung nhan',
      'hinh thuc chung nhan',
      'chung nhan|0.8',
      'loai|0.6',
      'loai hinh chung nhan',
    ],
  },
  {
    target: 'f:product',
    entities: C,
    phrases: ['san pham', 'ten san pham', 'san pham duoc chung nhan', 'san pham chung nhan', 'ten san pham * chung nhan'],
  },
  {
    target: 'f:number',
    entities: C,
    phrases: ['so giay chung nhan', 'so chung nhan', 'ma so chung nhan', 'ma chung nhan', 'so hieu|0.8', 'so giay|0.8', 'ma so|0.6'],
  },
  {
    target: 'f:issuer',
    entities: C,
    phrases: [
      'to chuc cap',
      'to chuc chung nhan',
      'don vi cap',
      'co quan cap',
      'noi cap',
      'to chuc danh gia',
      'don vi chung nhan',
      'to chuc cap * chung nhan',
    ],
  },
  {
    target: 'f:issuedOn',
    entities: C,
    phrases: ['ngay cap', 'ngay chung nhan', 'ngay cap giay chung nhan', 'ngay hieu luc|0.8', 'thoi gian cap', 'ngay cap * chung nhan'],
  },
  {
    target: 'f:expiresOn',
    entities: C,
    phrases: [
      'ngay het han',
      'het han',
      'hieu luc den',
      'thoi han',
      'co gia tri den',
      'thoi han hieu luc',
      'han su dung|0.7',
      'ngay het hieu luc',
    ],
  },
];
