// The free-text "Chứng nhận" cell of organization lists: certificates held, with their product, apart
// from planned, in-progress, expired or absent ones and from marks that are no certification (OCOP);
// text that says nothing goes to unknown, and no text ever throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERT_KINDS, type CertKind } from '../../src-main/contract/vocab.ts';
import { type CertReading, readCertificateText } from '../../src-main/core/import/reader/values/cert-text.ts';

type Held = readonly [CertKind, string | null];
const held = (text: string): Held[] => readCertificateText(text).certs.map((c) => [c.kind, c.product] as const);

const HELD: ReadonlyArray<readonly [string, Held[]]> = [
  ['VietGAP (lúa, rau)', [['vietgap', 'lúa, rau']]],
  [
    'VietGAP; ATTP',
    [
      ['vietgap', null],
      ['attp', null],
    ],
  ],
  ['Chứng nhận hữu cơ chè Shan tuyết', [['huu_co', 'chè Shan tuyết']]],
  ['GlobalGAP bưởi', [['globalgap', 'bưởi']]],
  ['Đủ điều kiện ATTP', [['attp', null]]],
  ['ISO 22000', [['khac', null]]],
  ['HACCP', [['khac', null]]],
  [
    'ISO 9001:2015, HACCP',
    [
      ['khac', null],
      ['khac', null],
    ],
  ],
  ['VietGAP lúa, rau', [['vietgap', 'lúa, rau']]],
  ['VietGAP lúa và rau', [['vietgap', 'lúa và rau']]],
  [
    'Rau hữu cơ, chè VietGAP',
    [
      ['huu_co', 'Rau'],
      ['vietgap', 'chè'],
    ],
  ],
  [
    'VietGAP - ATTP',
    [
      ['vietgap', null],
      ['attp', null],
    ],
  ],
  [
    'VietGAP và hữu cơ',
    [
      ['vietgap', null],
      ['huu_co', null],
    ],
  ],
  ['VietGAHP (lợn)', [['vietgahp', 'lợn']]],
  ['VietGAP chăn nuôi gà', [['vietgahp', 'gà']]],
  ['PGS hữu cơ', [['huu_co', null]]],
  ['Cơ sở đủ điều kiện ATTP', [['attp', null]]],
  ['GCN VietGAP số 123/2022', [['vietgap', null]]],
  ['VietGAP lúa năm 2023', [['vietgap', 'lúa']]],
  ['VietGAP (2022-2025)', [['vietgap', null]]],
  ['VietGAP cấp ngày 12/3/2022 (rau)', [['vietgap', 'rau']]],
  ['Lúa VietGAP', [['vietgap', 'Lúa']]],
  ['Có (VietGAP)', [['vietgap', null]]],
  ['VietGAP cho lúa (Bắc Thơm số 7)', [['vietgap', 'lúa (Bắc Thơm số 7)']]],
  ['TCVN 11041-2:2017 (gạo)', [['huu_co', 'gạo']]],
  ['GLOBALG.A.P.', [['globalgap', null]]],
  [
    'VIETGAP\nATTP',
    [
      ['vietgap', null],
      ['attp', null],
    ],
  ],
  ['Viet GAP', [['vietgap', null]]],
  ['Organic EU (quế)', [['huu_co', 'quế']]],
  ['An toàn thực phẩm', [['attp', null]]],
  ['Halal', [['khac', null]]],
  ['Đã có ATTP', [['attp', null]]],
  ['Đạt VietGAP (bưởi Diễn)', [['vietgap', 'bưởi Diễn']]],
  ['Chứng nhận hữu cơ chè Shan tuyết'.normalize('NFD'), [['huu_co', 'chè Shan tuyết']]],
];

const NOT_HELD: ReadonlyArray<readonly [string, string[]]> = [
  ['Đang xây dựng VietGAP', ['Đang xây dựng VietGAP']],
  ['Chưa có', ['Chưa có']],
  ['Không', ['Không']],
  ['Không có chứng nhận', ['Không có chứng nhận']],
  ['Đang làm hồ sơ hữu cơ', ['Đang làm hồ sơ hữu cơ']],
  ['Dự kiến VietGAP 2025', ['Dự kiến VietGAP 2025']],
  ['OCOP 3 sao', ['OCOP 3 sao']],
  ['Sản phẩm OCOP 4 sao', ['Sản phẩm OCOP 4 sao']],
  ['Chứng nhận VietGAP đã hết hạn', ['Chứng nhận VietGAP đã hết hạn']],
  ['Sản xuất theo hướng VietGAP', ['Sản xuất theo hướng VietGAP']],
  ['Áp dụng quy trình VietGAP', ['Áp dụng quy trình VietGAP']],
  ['Đăng ký VietGAP năm 2025', ['Đăng ký VietGAP năm 2025']],
  ['Chỉ dẫn địa lý', ['Chỉ dẫn địa lý']],
  ['Nhãn hiệu tập thể', ['Nhãn hiệu tập thể']],
  ['Mã số vùng trồng', ['Mã số vùng trồng']],
  ['Truy xuất nguồn gốc', ['Truy xuất nguồn gốc']],
  ['Chưa có VietGAP, hữu cơ', ['Chưa có VietGAP', 'hữu cơ']],
  ['Đang xây dựng VietGAP và hữu cơ', ['Đang xây dựng VietGAP', 'hữu cơ']],
];

describe('certificate text: certificates held', () => {
  it.each(HELD)('%j → %j', (text, certs) => {
    const r = readCertificateText(text);
    expect(held(text)).toEqual(certs);
    expect(r.notCerts).toEqual([]);
    expect(r.unknown).toEqual([]);
  });

  it('keeps the text of each mention as written', () => {
    expect(readCertificateText('VietGAP (lúa, rau); Đủ điều kiện ATTP').certs.map((c) => c.raw)).toEqual([
      'VietGAP (lúa, rau)',
      'Đủ điều kiện ATTP',
    ]);
  });
});

describe('certificate text: mentions that are no certificate held', () => {
  it.each(NOT_HELD)('%j → not held %j', (text, notCerts) => {
    expect(readCertificateText(text)).toEqual({ certs: [], notCerts, unknown: [] } satisfies CertReading);
  });

  it('separates held from not held in one cell', () => {
    expect(readCertificateText('VietGAP, chưa có hữu cơ')).toEqual({
      certs: [{ kind: 'vietgap', product: null, raw: 'VietGAP' }],
      notCerts: ['chưa có hữu cơ'],
      unknown: [],
    });
    expect(readCertificateText('Đang làm VietGAP, đã có ATTP')).toEqual({
      certs: [{ kind: 'attp', product: null, raw: 'đã có ATTP' }],
      notCerts: ['Đang làm VietGAP'],
      unknown: [],
    });
    expect(readCertificateText('4 sao OCOP; VietGAP chè')).toEqual({
      certs: [{ kind: 'vietgap', product: 'chè', raw: 'VietGAP chè' }],
      notCerts: ['4 sao OCOP'],
      unknown: [],
    });
  });
});

describe('certificate text: cells that say nothing', () => {
  it.each(['x', 'Có', 'Không rõ', 'Chưa cập nhật', '0', 'Tiêu chuẩn cơ sở'])('%j → unknown', (text) => {
    expect(readCertificateText(text)).toEqual({ certs: [], notCerts: [], unknown: [text] });
  });

  it('reads nothing from an empty cell or punctuation, and ignores a tick beside a real mention', () => {
    for (const t of ['', '  ', '-', '…', ';']) expect(readCertificateText(t)).toEqual({ certs: [], notCerts: [], unknown: [] });
    expect(readCertificateText('x; VietGAP')).toEqual({
      certs: [{ kind: 'vietgap', product: null, raw: 'VietGAP' }],
      notCerts: [],
      unknown: [],
    });
  });
});

describe('certificate text: properties', () => {
  it('never throws, and returns known kinds and text of the cell', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        const r = readCertificateText(text);
        const cell = text.normalize('NFC');
        for (const c of r.certs) {
          expect(CERT_KINDS).toContain(c.kind);
          expect(c.product === null || c.product !== '').toBe(true);
        }
        for (const t of [...r.certs.map((c) => c.raw), ...r.notCerts, ...r.unknown])
          expect(t !== '' && cell.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').includes(t)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  // The same kind twice in one part ("PGS hữu cơ") is one mention, so the list names each kind once.
  it('reads every certificate of a list, whatever separates them', () => {
    const kinds: ReadonlyArray<readonly [string, CertKind]> = [
      ['VietGAP', 'vietgap'],
      ['VietGAHP', 'vietgahp'],
      ['GlobalGAP', 'globalgap'],
      ['Hữu cơ', 'huu_co'],
      ['ATTP', 'attp'],
      ['HACCP', 'khac'],
    ];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...kinds), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('; ', ', ', ' + ', '\n', ' và ', ' - '),
        (list, sep) => {
          expect(readCertificateText(list.map(([t]) => t).join(sep)).certs.map((c) => c.kind)).toEqual(list.map(([, k]) => k));
        },
      ),
    );
  });
});
