import { describe, expect, it } from 'vitest';
import { buildSearchKey, compileSearch, foldVietnamese, matchesSearch, ORG_ABBREVIATIONS } from '../../src-main/shared/index.ts';

describe('foldVietnamese removes what search should ignore', () => {
  it.each([
    ['Hòa Bình', 'hoa binh'],
    ['Hoà Bình', 'hoa binh'],
    ['HỢP TÁC XÃ', 'hop tac xa'],
    ['Đồng Tâm', 'dong tam'],
    ['đường', 'duong'],
    ['Nguyễn Thị Thuỷ', 'nguyen thi thuy'],
    ['Ướt ướt ỞỞ ữữ', 'uot uot oo uu'],
    ['  Hợp   tác\u00a0xã\t\n Đồng  ', 'hop tac xa dong'],
    ['Ðồng (eth)', 'dong (eth)'],
    ['Hợp\u00adtác\u200bxã', 'hoptacxa'],
    ['VietGAP 4★', 'vietgap 4★'],
    ['', ''],
  ])('%s → %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('gives the same result for NFC and NFD input', () => {
    const samples = ['Hòa Bình', 'Quỹ tín dụng nhân dân', 'Thủy Nguyên', 'Ẩm thực Đắk Lắk', 'Người lập biểu'];
    for (const s of samples) {
      expect(foldVietnamese(s.normalize('NFD'))).toBe(foldVietnamese(s.normalize('NFC')));
      expect(foldVietnamese(s.normalize('NFD'))).toMatch(/^[a-z ]+$/);
    }
  });

  it('folds every Vietnamese letter to ASCII', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const folded = foldVietnamese(letters + letters.toUpperCase());
    expect(folded).toMatch(/^[aeiouyd]+$/);
    expect(folded).toHaveLength(letters.length * 2);
  });

  it('is idempotent', () => {
    const once = foldVietnamese(' HTX  Hòa Bình ');
    expect(foldVietnamese(once)).toBe(once);
  });
});

describe('matchesSearch finds rows the way clerks type', () => {
  it('ignores diacritics, case and đ/Đ', () => {
    expect(matchesSearch('Hợp tác xã Hòa Bình', 'hoa binh')).toBe(true);
    expect(matchesSearch('HTX Đồng Tâm', 'dong tam')).toBe(true);
    expect(matchesSearch('HTX Đồng Tâm', 'ĐỒNG')).toBe(true);
    expect(matchesSearch('Hợp tác xã Hòa Bình'.normalize('NFD'), 'Hoà Bình')).toBe(true);
  });

  it('finds the expansion of an abbreviation, both ways', () => {
    expect(matchesSearch('Hợp tác xã Hòa Bình', 'htx')).toBe(true);
    expect(matchesSearch('Hợp tác xã Hòa Bình', 'HTX hoa binh')).toBe(true);
    expect(matchesSearch('HTX Hòa Bình', 'hợp tác xã')).toBe(true);
    expect(matchesSearch('HTX Hòa Bình', 'hop tac')).toBe(true);
    expect(matchesSearch('Quỹ tín dụng nhân dân Lương Sơn', 'qtdnd')).toBe(true);
    expect(matchesSearch('QTDND Lương Sơn', 'quy tin dung')).toBe(true);
    expect(matchesSearch('Tổ hợp tác rau sạch', 'tht')).toBe(true);
    expect(matchesSearch('HTX DV NN Tân Lập', 'dich vu nong nghiep')).toBe(true);
  });

  it('still matches a partly typed abbreviation', () => {
    expect(matchesSearch('HTX Hòa Bình', 'ht')).toBe(true);
    expect(matchesSearch('HTX Hòa Bình', 'h')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matchesSearch('Hợp tác xã Hòa Bình', 'binh hoa')).toBe(true);
    expect(matchesSearch('Hợp tác xã Hòa Bình', 'hoa lac')).toBe(false);
    expect(matchesSearch('Hợp tác xã Hòa Bình', 'tht')).toBe(false);
    expect(matchesSearch('Tổ hợp tác Hòa Bình', 'htx')).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesSearch('anything', '')).toBe(true);
    expect(matchesSearch('anything', '   ')).toBe(true);
  });

  it('lets a grid precompute keys once', () => {
    const rows = ['HTX Hòa Bình', 'Hợp tác xã Thủy Nguyên', 'Quỹ TDND Đồng Tâm', 'Tổ hợp tác Hoà Lạc'];
    const keys = rows.map(buildSearchKey);
    const hit = compileSearch('hoa');
    expect(rows.filter((_, i) => hit(keys[i] ?? ''))).toEqual(['HTX Hòa Bình', 'Tổ hợp tác Hoà Lạc']);
    const htx = compileSearch('htx');
    expect(rows.filter((_, i) => htx(keys[i] ?? ''))).toEqual(['HTX Hòa Bình', 'Hợp tác xã Thủy Nguyên']);
  });

  it('builds a key word by word that equals folding the whole text at once', () => {
    // The key as first defined: the whole text folded, then each word's abbreviation expanded.
    const abbreviations = new Map(ORG_ABBREVIATIONS.map(([a, full]) => [a, foldVietnamese(full)]));
    const reference = (text: string) => {
      const folded = foldVietnamese(text);
      const expanded = folded.replace(/[\p{L}\p{N}]+/gu, (w) => abbreviations.get(w) ?? w);
      return expanded === folded ? folded : `${folded}\n${expanded}`;
    };
    const pieces = [
      'HTX',
      'Hợp',
      'tác',
      'xã',
      'QTDND',
      'Hoà',
      'Bình',
      'ĐỒNG',
      'tâm',
      'Ð',
      '\u00AD',
      '\u200B',
      '\uFEFF',
      'x\u0301',
      '\u0301',
      'Thủy',
      'tht',
      '123',
      '-',
      '(',
      ')',
      ',',
      ' ',
      '  ',
      '\u00A0',
      '\t',
      '\n',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(
        next() < 0.5 ? ' ' : '',
      );
      expect(buildSearchKey(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
