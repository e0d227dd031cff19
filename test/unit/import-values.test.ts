// Cell values → field values: Vietnamese number text, units to đồng, every date form and both Excel
// date systems, codes kept as text, vocabulary from free text, the blank rule — and an error on the
// cell, never a silent 0 or blank, when a value cannot be read.
import { describe, expect, it } from 'vitest';
import { CERT_FIELDS, FIGURE_VALUE_FIELDS, type FieldSpec, OCOP_FIELDS, ORG_FIELDS } from '../../src-main/contract/fields.ts';
import type { MoneyUnit } from '../../src-main/shared/index.ts';
import type { Cell } from '../../src-main/core/import/reader/read/model.ts';
import { encodeTcvn3, encodeVni } from '../../src-main/core/import/reader/text/index.ts';
import { type Converted, convertCell } from '../../src-main/core/import/reader/values/convert.ts';
import {
  matchSectors,
  matchStars,
  matchStatus,
  orgTypeOfName,
  ownerKindOfName,
} from '../../src-main/core/import/reader/values/vocab-match.ts';

const ALL = [...ORG_FIELDS, ...FIGURE_VALUE_FIELDS, ...OCOP_FIELDS, ...CERT_FIELDS];
function field(key: string): FieldSpec {
  const spec = ALL.find((f) => f.key === key);
  if (spec === undefined) throw new Error(key);
  return spec;
}

const text = (t: string): Cell => ({ type: 's', value: t, text: t });
const num = (n: number, format?: string): Cell =>
  format === undefined ? { type: 'n', value: n, text: String(n) } : { type: 'n', value: n, text: String(n), format };

function read(
  key: string,
  cell: Cell | undefined,
  opts: { unit?: MoneyUnit | null; date1904?: boolean; perYear?: boolean } = {},
): Converted {
  const t = cell === undefined ? '' : cell.text;
  return convertCell(cell, t, {
    field: field(key),
    date1904: opts.date1904 ?? false,
    unit: opts.unit ?? null,
    perYear: opts.perYear ?? false,
  });
}

function value(key: string, cell: Cell | undefined, opts?: Parameters<typeof read>[2]): unknown {
  const r = read(key, cell, opts);
  if (!r.ok) throw new Error(`unexpected error: ${r.error}`);
  return r.value;
}

function error(key: string, cell: Cell | undefined, opts?: Parameters<typeof read>[2]): string {
  const r = read(key, cell, opts);
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('numbers and money', () => {
  it('reads Vietnamese number text', () => {
    expect(value('members', text('1.580'))).toBe(1580);
    expect(value('workers', text('15 người'))).toBe(15);
    expect(value('revenue', text('4,67'), { unit: 'trieu' })).toBe(4_670_000);
    expect(value('revenue', text('1.234.567,5'), { unit: 'dong' })).toBe(1_234_568);
    expect(value('profit', text('(1.234)'), { unit: 'nghin' })).toBe(-1_234_000);
    expect(value('revenue', num(1580.5), { unit: 'trieu' })).toBe(1_580_500_000);
    expect(value('charterCapital', text('1,5 tỷ'), { unit: null })).toBe(1_500_000_000);
    expect(value('charterCapital', text('250 triệu đồng'), { unit: 'dong' })).toBe(250_000_000);
  });

  it('turns an average income per year into per month', () => {
    expect(value('avgIncome', text('60'), { unit: 'trieu', perYear: true })).toBe(5_000_000);
  });

  it('reports what it cannot read', () => {
    expect(error('members', text('mười lăm'))).toMatch(/Không đọc được/);
    expect(error('members', text('16,3'))).toMatch(/số nguyên/);
    expect(error('members', num(-3))).toMatch(/không được âm/);
    expect(error('revenue', num(-3), { unit: 'trieu' })).toMatch(/không được âm/);
    expect(value('profit', num(-3), { unit: 'trieu' })).toBe(-3_000_000);
    expect(error('revenue', num(1500))).toMatch(/đơn vị tính/);
    // Nought needs no unit: it is nought in đồng, nghìn, triệu and tỷ alike.
    expect(value('revenue', num(0))).toBe(0);
    expect(value('revenue', text('0'))).toBe(0);
    expect(error('revenue', text('12'))).toMatch(/đơn vị tính/);
    expect(error('revenue', text('1,2,3'), { unit: 'trieu' })).toMatch(/Không đọc được/);
    expect(error('revenue', { type: 'e', value: '#DIV/0!', text: '#DIV/0!' }, { unit: 'trieu' })).toMatch(/#DIV\/0!/);
  });
});

describe('the blank rule', () => {
  it.each([
    ['empty', undefined, null, null, 'empty'],
    ['spaces', text('   '), null, null, 'empty'],
    ['dash', text('-'), 0, null, 'dash'],
    ['en dash', text('–'), 0, null, 'dash'],
    ['x', text('x'), null, null, 'x'],
    ['X', text('X'), null, null, 'x'],
    ['N/A', text('N/A'), null, null, 'na'],
    ['không có', text('Không có'), null, null, 'na'],
    ['zero text', text('0'), 0, null, 'zero'],
    ['zero number', num(0), 0, null, 'zero'],
  ] as const)('%s', (_name, cell, numberValue, otherValue, kind) => {
    const n = read('members', cell);
    expect(n).toMatchObject({ ok: true, value: numberValue });
    const d = read('foundedOn', cell);
    expect(d).toMatchObject({ ok: true, value: otherValue });
    if (d.ok && kind !== 'empty') expect(d.blank).toBe(kind);
    const t = read('status', cell);
    expect(t).toMatchObject({ ok: true, value: null });
  });
});

describe('dates', () => {
  it.each([
    ['15/03/2019', '2019-03-15'],
    ['5/3/2019', '2019-03-05'],
    ['15.03.2019', '2019-03-15'],
    ['15-03-2019', '2019-03-15'],
    ['15/03/19', '2019-03-15'],
    ['2019-03-15', '2019-03-15'],
    ['ngày 15 tháng 3 năm 2019', '2019-03-15'],
    ['tháng 3/2019', '2019-03'],
    ['03/2019', '2019-03'],
    ['năm 2019', '2019'],
    ['2019', '2019'],
    ['15/03/2019 08:30', '2019-03-15'],
  ])('text %s', (input, iso) => {
    expect(value('foundedOn', text(input))).toBe(iso);
  });

  it('reads Excel serials in both date systems', () => {
    expect(value('foundedOn', num(43539, 'dd/mm/yyyy'))).toBe('2019-03-15');
    expect(value('foundedOn', num(42077, 'dd/mm/yyyy'), { date1904: true })).toBe('2019-03-15');
    expect(value('foundedOn', num(43539))).toBe('2019-03-15');
    expect(value('decisionDate', text('43539'))).toBe('2019-03-15');
  });

  it('reads a bare 4-digit number as a year, unless formatted as a date', () => {
    expect(value('foundedOn', num(2015))).toBe('2015');
    expect(value('foundedOn', num(2015, 'dd/mm/yyyy'))).toBe('1905-07-07');
    expect(value('recognitionYear', num(2023))).toBe(2023);
    expect(value('recognitionYear', text('Năm 2023'))).toBe(2023);
    expect(value('recognitionYear', num(45000, 'dd/mm/yyyy'))).toBe(2023);
  });

  it('reports dates that do not exist or cannot be read', () => {
    expect(error('foundedOn', text('31/02/2019'))).toMatch(/không có trong lịch/);
    expect(error('foundedOn', text('đầu năm'))).toMatch(/Không đọc được/);
    expect(error('foundedOn', num(60))).toMatch(/29\/02\/1900/);
    expect(error('recognitionYear', text('1850'))).toMatch(/không hợp lệ/);
  });
});

describe('codes stay text', () => {
  it('rebuilds digits from numbers', () => {
    expect(value('regCode', num(5400000789))).toBe('5400000789');
    expect(value('regCode', num(5.4e9))).toBe('5400000000');
    expect(value('regCode', num(107000456))).toBe('0107000456');
    expect(value('regCode', num(123, '0000000000'))).toBe('0000000123');
    expect(value('phone', num(912345678))).toBe('0912345678');
    expect(value('phone', num(842183852000))).toBe('842183852000');
    expect(value('regCode', text(' 0107000456 '))).toBe('0107000456');
    expect(value('decisionNo', text('125/QĐ-UBND'))).toBe('125/QĐ-UBND');
  });

  it('refuses codes whose digits are lost', () => {
    expect(error('regCode', text('5,4E+09'))).toMatch(/số mũ/);
    expect(error('regCode', text('5.4e9'))).toMatch(/số mũ/);
    expect(error('regCode', num(12.5))).toMatch(/thập phân/);
    expect(error('regCode', num(1e20))).toMatch(/làm tròn/);
  });
});

describe('vocabulary from free text', () => {
  it.each([
    ['Đang hoạt động', 'dang_hoat_dong'],
    ['đang HĐ', 'dang_hoat_dong'],
    ['Tạm ngừng hoạt động', 'tam_ngung'],
    ['tạm dừng', 'tam_ngung'],
    ['Ngừng hoạt động', 'ngung_hoat_dong'],
    ['Không hoạt động', 'ngung_hoat_dong'],
    ['Đang giải thể', 'dang_giai_the'],
    ['Đã giải thể', 'da_giai_the'],
    ['Giải thể năm 2020', 'da_giai_the'],
    ['Đã chấm dứt hoạt động', 'cham_dut'],
    ['Bị thu hồi GCN', 'thu_hoi_gcn'],
    ['Phá sản', 'pha_san'],
  ])('status %s', (input, code) => {
    expect(matchStatus(input)).toBe(code);
    expect(value('status', text(input))).toBe(code);
  });

  it('reads a legacy-font status or type left undecoded because it also reads as Vietnamese', () => {
    const vni = encodeVni('Thu hồi GCN');
    expect(vni).toBe('Thu hoài GCN');
    expect(value('status', text(vni))).toBe('thu_hoi_gcn');
    expect(value('status', text(encodeVni('Đã giải thể')))).toBe('da_giai_the');
    expect(value('status', text(encodeTcvn3('Tạm ngừng hoạt động')))).toBe('tam_ngung');
    expect(value('type', text(encodeVni('Tổ hợp tác')))).toBe('THT');
    // Only a decoding that names a value of the list is taken: other text stays refused, as written.
    expect(error('status', text('Chờ xác minh'))).toContain('“Chờ xác minh”');
  });

  it('reads types, sectors, model, OCOP groups, cert kinds and owner kinds', () => {
    expect(value('type', text('Hợp tác xã'))).toBe('HTX');
    expect(value('type', text('QTDND'))).toBe('QTDND');
    expect(value('type', text('Quỹ TDND'))).toBe('QTDND');
    expect(value('type', text('Liên hiệp HTX'))).toBe('LHHTX');
    expect(value('type', text('tổ hợp tác'))).toBe('THT');
    expect(value('sectors', text('Nông nghiệp, dịch vụ'))).toEqual(['nong_nghiep', 'dich_vu']);
    expect(value('sectors', text('Trồng trọt; chăn nuôi'))).toEqual(['nong_nghiep']);
    expect(value('sectors', text('Vận tải'))).toEqual(['van_tai']);
    expect(value('model', text('Hỗn hợp'))).toBe('hon_hop');
    expect(value('productGroup', text('Đồ uống'))).toBe('do_uong');
    expect(value('productGroup', text('Hoa, cây cảnh'))).toBe('sinh_vat_canh');
    expect(value('kind', text('VietGAP'))).toBe('vietgap');
    expect(value('kind', text('Chứng nhận hữu cơ'))).toBe('huu_co');
    expect(value('externalOwnerKind', text('Công ty TNHH'))).toBe('doanh_nghiep');
    expect(value('externalOwnerKind', text('Hộ kinh doanh'))).toBe('ho_kinh_doanh');
    expect(orgTypeOfName('HTX Nông nghiệp Tân Lập')).toBe('HTX');
    expect(orgTypeOfName('Hợp tác xã Dịch vụ Hòa Sơn')).toBe('HTX');
    expect(orgTypeOfName('Quỹ tín dụng nhân dân Hòa Bình')).toBe('QTDND');
    expect(orgTypeOfName('Công ty TNHH Hoa Ban')).toBeUndefined();
    expect(ownerKindOfName('Công ty CP Chè Tân Lạc')).toBe('doanh_nghiep');
    expect(ownerKindOfName('Hộ kinh doanh Bùi Văn Minh')).toBe('ho_kinh_doanh');
    expect(ownerKindOfName('Cơ sở sản xuất mật ong Hương Rừng')).toBe('ho_kinh_doanh');
  });

  it('reports free text it does not understand, listing what is accepted', () => {
    expect(error('status', text('Không rõ ràng lắm'))).toMatch(/Đang hoạt động/);
    expect(matchSectors('NN - TM').codes).toEqual(['nong_nghiep', 'thuong_mai']);
  });

  it('keeps a sector cell with a piece outside the lexicon, as "khác", instead of refusing the row', () => {
    expect(value('sectors', text('Nông nghiệp, vũ trụ'))).toEqual(['nong_nghiep', 'khac']);
    expect(matchSectors('Nông nghiệp, vũ trụ').unknown).toEqual(['vũ trụ']);
  });

  it.each([
    ['4 sao', 4],
    ['4*', 4],
    ['4★', 4],
    ['4 ★', 4],
    ['★★★', 3],
    ['***', 3],
    ['5', 5],
    ['Hạng 3 sao', 3],
    ['bốn sao', 4],
    ['3 sao OCOP', 3],
  ])('OCOP stars %s', (input, stars) => {
    expect(matchStars(input)).toBe(stars);
    expect(value('stars', text(input))).toBe(stars);
  });

  it('reads stars as numbers and refuses counts OCOP does not certify', () => {
    expect(value('stars', num(4))).toBe(4);
    expect(error('stars', num(2))).toMatch(/từ 3 đến 5/);
    expect(error('stars', text('tiềm năng'))).toMatch(/hạng sao/);
  });
});

describe('text fields', () => {
  it('keeps text and enforces the field length', () => {
    expect(value('name', text('HTX Tân Lập'))).toBe('HTX Tân Lập');
    expect(value('name', num(123))).toBe('123');
    expect(error('shortName', text('x'.repeat(101)))).toMatch(/quá giới hạn 100/);
  });
});
