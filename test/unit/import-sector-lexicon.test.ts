// The "Lĩnh vực / ngành nghề" cell of clerks' files: sub-sectors, activities and products, several in one
// cell, abbreviated, in capitals or decomposed Unicode, all read to sector codes; a piece outside the
// lexicon comes back as unknown for the clerk, and no text ever throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTOR_LABEL, SECTORS, type Sector } from '../../src-main/contract/vocab.ts';
import { classifySectors, sectorKey } from '../../src-main/core/import/reader/values/sector-lexicon.ts';
import { matchSector, matchSectors } from '../../src-main/core/import/reader/values/vocab-match.ts';
import { readSectors } from '../../src-main/core/import/reader/values/enums.ts';

const nfd = (s: string): string => s.normalize('NFD');

const CASES: ReadonlyArray<readonly [string, Sector[]]> = [
  // The brief's sub-sectors, one by one.
  ['nuôi cá lồng', ['nong_nghiep']],
  ['trồng nấm', ['nong_nghiep']],
  ['xay xát', ['cong_nghiep']],
  ['cấp nước', ['nuoc_sach']],
  ['thu gom rác', ['moi_truong']],
  ['homestay', ['du_lich']],
  ['đan lát', ['cong_nghiep']],
  ['kinh doanh xăng dầu', ['thuong_mai']],
  ['dịch vụ tưới tiêu', ['nong_nghiep']],
  ['chăn nuôi lợn', ['nong_nghiep']],
  ['sản xuất chè', ['nong_nghiep']],
  ['vận tải hành khách', ['van_tai']],
  ['dịch vụ điện', ['dien']],
  ['tín dụng nội bộ', ['tin_dung']],
  ['trồng rau an toàn', ['nong_nghiep']],
  ['may mặc', ['cong_nghiep']],
  ['mộc dân dụng', ['cong_nghiep']],
  ['khai thác cát sỏi', ['cong_nghiep']],
  // Several in one cell.
  ['Trồng trọt, chăn nuôi và dịch vụ', ['nong_nghiep', 'dich_vu']],
  ['NN - TM - DV', ['nong_nghiep', 'thuong_mai', 'dich_vu']],
  ['Sản xuất, kinh doanh chè; du lịch trải nghiệm', ['nong_nghiep', 'du_lich']],
  ['Vận tải, thương mại, dịch vụ', ['van_tai', 'thuong_mai', 'dich_vu']],
  ['Điện, nước', ['dien', 'nuoc_sach']],
  ['Dịch vụ điện nước', ['dien', 'nuoc_sach']],
  ['Trồng và chế biến chè', ['nong_nghiep', 'cong_nghiep']],
  ['Sản xuất, chế biến chè', ['nong_nghiep', 'cong_nghiep']],
  ['Dịch vụ vận tải, du lịch', ['van_tai', 'du_lich']],
  ['Thương mại - dịch vụ', ['thuong_mai', 'dich_vu']],
  ['TM-DV', ['thuong_mai', 'dich_vu']],
  ['Chè (trồng, chế biến)', ['nong_nghiep', 'cong_nghiep']],
  ['- Trồng trọt\n- Chăn nuôi\n- Dịch vụ', ['nong_nghiep', 'dich_vu']],
  ['Nông nghiệp + du lịch', ['nong_nghiep', 'du_lich']],
  ['Xây dựng/vận tải', ['xay_dung', 'van_tai']],
  ['Nông nghiệp & môi trường', ['nong_nghiep', 'moi_truong']],
  // A category's own name stays one piece across its commas and dashes.
  ['Nông, lâm, thủy sản', ['nong_nghiep']],
  ['Nông – lâm – thủy sản', ['nong_nghiep']],
  ['Nông, lâm, ngư nghiệp', ['nong_nghiep']],
  ['Nông, lâm nghiệp, thủy sản', ['nong_nghiep']],
  ['Nông, lâm nghiệp và thủy sản', ['nong_nghiep']],
  ['Nông lâm ngư diêm nghiệp', ['nong_nghiep']],
  ['Công nghiệp – TTCN', ['cong_nghiep']],
  ['CN - TTCN', ['cong_nghiep']],
  ['Công nghiệp, tiểu thủ công nghiệp', ['cong_nghiep']],
  // Capitals, no accents, decomposed Unicode, old tone placement, abbreviations.
  ['NÔNG NGHIỆP', ['nong_nghiep']],
  ['nong nghiep', ['nong_nghiep']],
  [nfd('Trồng trọt, Chăn nuôi'), ['nong_nghiep']],
  [nfd('Dịch vụ điện'), ['dien']],
  ['Thuỷ sản', ['nong_nghiep']],
  ['NÔNG - LÂM - THỦY SẢN', ['nong_nghiep']],
  ['NN', ['nong_nghiep']],
  ['TM', ['thuong_mai']],
  ['DV', ['dich_vu']],
  ['TTCN', ['cong_nghiep']],
  ['CN', ['cong_nghiep']],
  ['XD', ['xay_dung']],
  ['VT', ['van_tai']],
  ['GTVT', ['van_tai']],
  ['VSMT', ['moi_truong']],
  ['QTDND', ['tin_dung']],
  ['Quỹ TDND', ['tin_dung']],
  ['DVNN', ['nong_nghiep']],
  ['SXKD nông nghiệp', ['nong_nghiep']],
  ['SX-KD chè', ['nong_nghiep']],
  ['Kinh doanh VLXD', ['thuong_mai']],
  ['  Vận   tải  ', ['van_tai']],
  // Which sector a phrase belongs to when words of two sectors meet.
  ['Dịch vụ nông nghiệp', ['nong_nghiep']],
  ['Thương mại dịch vụ', ['thuong_mai']],
  ['Dịch vụ', ['dich_vu']],
  ['Dịch vụ tổng hợp', ['dich_vu']],
  ['Tổng hợp', ['khac']],
  ['Kinh doanh tổng hợp', ['khac']],
  ['Đa ngành nghề', ['khac']],
  ['Khác', ['khac']],
  ['Nông nghiệp, tổng hợp', ['nong_nghiep']],
  ['Nông nghiệp; Khác', ['nong_nghiep', 'khac']],
  ['Trồng cây khác', ['nong_nghiep']],
  ['Thủy lợi', ['nong_nghiep']],
  ['Dịch vụ thủy nông', ['nong_nghiep']],
  ['Cấp nước sinh hoạt', ['nuoc_sach']],
  ['Nước sạch nông thôn', ['nuoc_sach']],
  ['Lắp đặt điện nước', ['xay_dung']],
  ['Chế biến nông sản', ['cong_nghiep']],
  ['Vận tải cát sỏi', ['van_tai']],
  ['Sản xuất gạch không nung', ['cong_nghiep']],
  ['Sản xuất nước mắm', ['cong_nghiep']],
  ['Diện tích 5 ha lúa', ['nong_nghiep']],
  ['Biểu diễn nghệ thuật', ['dich_vu']],
  ['Sửa chữa điện thoại', ['dich_vu']],
  ['Lắp ráp linh kiện điện tử', ['cong_nghiep']],
  ['Du lịch nông nghiệp', ['du_lich']],
  ['Thu mua phế liệu', ['moi_truong']],
  // Everyday sub-sectors of provincial lists.
  ['Nuôi trồng thủy sản', ['nong_nghiep']],
  ['Khai thác hải sản', ['nong_nghiep']],
  ['Trồng rừng, khai thác gỗ', ['nong_nghiep']],
  ['Chế biến gỗ', ['cong_nghiep']],
  ['Trồng dược liệu', ['nong_nghiep']],
  ['Sâm Ngọc Linh', ['nong_nghiep']],
  ['Chăn nuôi gà, lợn', ['nong_nghiep']],
  ['Trồng bưởi Diễn', ['nong_nghiep']],
  ['Nuôi ong lấy mật', ['nong_nghiep']],
  ['Làm muối', ['nong_nghiep']],
  ['Cung ứng vật tư, phân bón', ['nong_nghiep']],
  ['Tưới tiêu, làm đất', ['nong_nghiep']],
  ['Mây tre đan xuất khẩu', ['cong_nghiep']],
  ['Dệt thổ cẩm', ['cong_nghiep']],
  ['Gốm sứ Bát Tràng', ['cong_nghiep']],
  ['Nấu rượu', ['cong_nghiep']],
  ['Giết mổ gia súc', ['cong_nghiep']],
  ['Khai thác, chế biến đá', ['cong_nghiep']],
  ['Thi công xây dựng công trình dân dụng', ['xay_dung']],
  ['Cửa hàng tạp hóa', ['thuong_mai']],
  ['Kinh doanh gas, xăng dầu', ['thuong_mai']],
  ['Taxi', ['van_tai']],
  ['Đò ngang', ['van_tai']],
  ['Bốc xếp', ['van_tai']],
  ['Kinh doanh điện', ['dien']],
  ['Điện', ['dien']],
  ['Thủy điện nhỏ', ['dien']],
  ['Vệ sinh môi trường', ['moi_truong']],
  ['Thu gom và xử lý rác thải', ['moi_truong']],
  ['Homestay, du lịch sinh thái', ['du_lich']],
  ['Du lịch cộng đồng', ['du_lich']],
  ['Tiết kiệm và cho vay', ['tin_dung']],
  ['Quỹ tín dụng nhân dân', ['tin_dung']],
  ['Quản lý vận hành nhà chung cư', ['nha_o']],
  ['Nhà ở', ['nha_o']],
  ['Quản lý chợ', ['dich_vu']],
  ['Dịch vụ mai táng', ['dich_vu']],
  ['Vệ sinh công nghiệp', ['dich_vu']],
  ['Dịch vụ ăn uống', ['dich_vu']],
  ['Trông giữ xe', ['van_tai']],
  // List numbering and section headings.
  ['A. NÔNG NGHIỆP', ['nong_nghiep']],
  ['II. Thương mại', ['thuong_mai']],
  ['a) trồng trọt; b) du lịch', ['nong_nghiep', 'du_lich']],
  ['Lĩnh vực thương mại', ['thuong_mai']],
  ['HTX Nông nghiệp', ['nong_nghiep']],
];

describe('sector lexicon: what a cell names', () => {
  it.each(CASES)('%j → %j', (text, codes) => {
    const r = classifySectors(text);
    expect(r.codes).toEqual(codes);
    expect(r.unknown).toEqual([]);
  });

  it('has a case for every sector code', () => {
    const named = new Set(CASES.flatMap(([, codes]) => codes));
    expect(SECTORS.filter((s) => !named.has(s))).toEqual([]);
  });

  it("reads back the labels the app itself writes, today's and the former ones", () => {
    for (const code of SECTORS) expect(classifySectors(SECTOR_LABEL[code]).codes).toEqual([code]);
    expect(classifySectors(SECTORS.map((c) => SECTOR_LABEL[c]).join('; ')).codes).toEqual([...SECTORS]);
    expect(classifySectors('Nông, lâm, ngư nghiệp; Dịch vụ; Vệ sinh môi trường').codes).toEqual(['nong_nghiep', 'dich_vu', 'moi_truong']);
  });

  it('returns pieces it does not know as written, in order, once each', () => {
    expect(classifySectors('Nông nghiệp, vũ trụ')).toEqual({ codes: ['nong_nghiep'], unknown: ['vũ trụ'] });
    expect(classifySectors('Cắt tóc, karaoke; lặn biển, Lặn  biển')).toEqual({ codes: ['dich_vu'], unknown: ['lặn biển'] });
    expect(classifySectors('Thiên văn, vũ trụ')).toEqual({ codes: [], unknown: ['Thiên văn', 'vũ trụ'] });
    expect(classifySectors(nfd('Điêu luyện')).unknown).toEqual(['Điêu luyện']);
  });

  it('takes verbs alone as saying nothing: unknown when the cell names no sector either', () => {
    expect(classifySectors('Sản xuất, kinh doanh')).toEqual({ codes: [], unknown: ['Sản xuất', 'kinh doanh'] });
    expect(classifySectors('Sản xuất, vận tải')).toEqual({ codes: ['van_tai'], unknown: [] });
    expect(classifySectors('HTX phi nông nghiệp').codes).toEqual([]);
  });

  it('reads nothing from an empty cell or punctuation', () => {
    for (const t of ['', '   ', '-', '…', ';;', 'và']) expect(classifySectors(t)).toEqual({ codes: [], unknown: [] });
  });

  it('lets what the clerk chose before win over the lexicon, for a piece or the whole cell', () => {
    const learned = new Map<string, readonly Sector[]>([
      [sectorKey('Lặn biển'), ['du_lich']],
      [sectorKey('Nuôi cá lồng'), ['khac']],
      [sectorKey('Trồng trọt, chăn nuôi'), ['nong_nghiep', 'thuong_mai']],
      [sectorKey('Ghi chú'), []],
    ]);
    expect(classifySectors('LẶN BIỂN; vận tải', learned)).toEqual({ codes: ['du_lich', 'van_tai'], unknown: [] });
    expect(classifySectors('nuôi cá lồng', learned).codes).toEqual(['khac']);
    expect(classifySectors('Trồng trọt, chăn nuôi', learned).codes).toEqual(['nong_nghiep', 'thuong_mai']);
    expect(classifySectors('Vận tải; ghi chú', learned)).toEqual({ codes: ['van_tai'], unknown: [] });
    expect(classifySectors('Trồng trọt, chăn nuôi', new Map()).codes).toEqual(['nong_nghiep']);
  });

  it('folds keys the same way whatever the spelling', () => {
    expect(sectorKey('  Nuôi  cá LỒNG, ')).toBe('nuoi ca long');
    expect(sectorKey(nfd('Thủy sản'))).toBe(sectorKey('Thuỷ sản'));
    expect(sectorKey('Đan lát')).toBe('dan lat');
  });
});

describe('matchSector / matchSectors / readSectors on the lexicon', () => {
  it('finds the sector of a section heading, and none in a heading that names no sector', () => {
    expect(matchSector('A. NÔNG NGHIỆP')).toBe('nong_nghiep');
    expect(matchSector('CÔNG NGHIỆP - TTCN')).toBe('cong_nghiep');
    expect(matchSector('B. DỊCH VỤ')).toBe('dich_vu');
    for (const heading of ['HTX thành lập mới năm 2024', 'Tổ hợp tác', 'Liên hiệp HTX', 'HTX PHI NÔNG NGHIỆP'])
      expect(matchSector(heading)).toBeUndefined();
  });

  it('gives matchSectors the lexicon reading', () => {
    expect(matchSectors('NN - TM - DV')).toEqual(classifySectors('NN - TM - DV'));
  });

  it('never refuses a sector cell for pieces outside the list: known codes, plus "khác" once', () => {
    expect(readSectors('Trồng trọt, lặn biển')).toEqual({ ok: true, value: ['nong_nghiep', 'khac'], unknown: ['lặn biển'] });
    expect(readSectors('Lặn biển, thiên văn')).toEqual({ ok: true, value: ['khac'], unknown: ['Lặn biển', 'thiên văn'] });
    expect(readSectors('Tổng hợp, lặn biển')).toEqual({ ok: true, value: ['khac'], unknown: ['lặn biển'] });
    expect(readSectors('Vận tải')).toEqual({ ok: true, value: ['van_tai'], unknown: [] });
    expect(readSectors('…').ok).toBe(false);
  });
});

// Pieces of known meaning and nonsense words, joined by every splitter a clerk uses.
const KNOWN: ReadonlyArray<readonly [string, Sector]> = [
  ['trồng trọt', 'nong_nghiep'],
  ['nuôi cá lồng', 'nong_nghiep'],
  ['xay xát', 'cong_nghiep'],
  ['may mặc', 'cong_nghiep'],
  ['xây dựng', 'xay_dung'],
  ['kinh doanh xăng dầu', 'thuong_mai'],
  ['vận tải hành khách', 'van_tai'],
  ['dịch vụ điện', 'dien'],
  ['cấp nước sinh hoạt', 'nuoc_sach'],
  ['thu gom rác', 'moi_truong'],
  ['homestay', 'du_lich'],
  ['tín dụng nội bộ', 'tin_dung'],
  ['nhà ở', 'nha_o'],
  ['dịch vụ', 'dich_vu'],
  ['NN', 'nong_nghiep'],
  ['TTCN', 'cong_nghiep'],
  ['DỊCH VỤ TƯỚI TIÊU', 'nong_nghiep'],
];
const SPLITTERS = [', ', '; ', ' và ', ' - ', ' – ', '/', ' + ', '\n', ' & '];
const piece = fc.oneof(
  fc.constantFrom(...KNOWN).map(([text, code]) => ({ text, code: code as Sector | null })),
  fc
    .tuple(fc.constantFrom('zq', 'xw', 'jf', 'wy'), fc.integer({ min: 1, max: 99 }))
    .map(([w, n]) => ({ text: `${w}${String(n)}k`, code: null })),
);

describe('sector lexicon: properties', () => {
  it('never throws; codes are sector codes without repeats; unknown pieces are text of the cell', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        const r = classifySectors(text);
        expect(new Set(r.codes).size).toBe(r.codes.length);
        for (const c of r.codes) expect(SECTORS).toContain(c);
        const cell = text.normalize('NFC').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
        for (const u of r.unknown) expect(u !== '' && cell.includes(u)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('puts every piece of a cell either in codes or in unknown, codes in order of appearance', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...SPLITTERS), { minLength: 6, maxLength: 6 }),
        (pieces, seps) => {
          const text = pieces.map((p, i) => (i === 0 ? p.text : `${seps[i] ?? ', '}${p.text}`)).join('');
          const r = classifySectors(text);
          expect(r.codes).toEqual([...new Set(pieces.flatMap((p) => (p.code === null ? [] : [p.code])))]);
          expect(r.unknown).toEqual([...new Set(pieces.filter((p) => p.code === null).map((p) => p.text))]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
