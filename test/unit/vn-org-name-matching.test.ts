import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeOrgName } from '../../src-main/shared/index.ts';

function same(a: string, b: string): void {
  expect(normalizeOrgName(a)).toBe(normalizeOrgName(b));
}

describe('normalizeOrgName makes equal the names that denote the same organization', () => {
  it('expands the usual abbreviations', () => {
    same('HTX Hòa Bình', 'Hợp tác xã Hòa Bình');
    same('QTDND Lương Sơn', 'Quỹ tín dụng nhân dân Lương Sơn');
    same('Quỹ TDND Lương Sơn', 'Quỹ tín dụng nhân dân Lương Sơn');
    same('THT rau sạch Tân Lạc', 'Tổ hợp tác rau sạch Tân Lạc');
    same('LHHTX Hòa Bình', 'Liên hiệp hợp tác xã Hòa Bình');
    same('Liên hiệp HTX Hòa Bình', 'Liên hiệp hợp tác xã Hòa Bình');
    same('HTX DV NN Tân Lập', 'Hợp tác xã dịch vụ nông nghiệp Tân Lập');
    same('HTX DVNN Tân Lập', 'Hợp tác xã dịch vụ nông nghiệp Tân Lập');
    same('HTX SXKD DV TM Thái Bình', 'Hợp tác xã sản xuất kinh doanh dịch vụ thương mại Thái Bình');
  });

  it('unifies tone placement, NFC/NFD, case, spacing and punctuation', () => {
    same('HTX Hoà Bình', 'HTX Hòa Bình');
    same('HTX Thuỷ Nguyên', 'HTX Thủy Nguyên');
    same('HTX Qúy Hương', 'HTX Quý Hương');
    same('HỢP TÁC XÃ  HÒA   BÌNH', 'hợp tác xã hòa bình');
    same('Hợp tác xã Hòa Bình'.normalize('NFD'), 'Hợp tác xã Hòa Bình');
    same('HTX “Hòa Bình”', 'HTX Hòa Bình');
    same('HTX DV-NN Tân Lập', 'HTX DV NN Tân Lập');
    same('  HTX\u00a0Hòa Bình. ', 'HTX Hòa Bình');
    same('HTX Ðồng Tâm', 'HTX Đồng Tâm');
  });

  it('gives a readable NFC key', () => {
    const key = normalizeOrgName('HTX  DV-NN “Hòa Bình”');
    expect(key).toBe('hợp tác xã dịch vụ nông nghiệp hoà bình');
    expect(key).toBe(key.normalize('NFC'));
    expect(normalizeOrgName('')).toBe('');
    expect(normalizeOrgName(' -- ')).toBe('');
  });

  it('keeps diacritics, so different cooperatives stay different', () => {
    expect(normalizeOrgName('HTX Thành Công')).not.toBe(normalizeOrgName('HTX Thanh Công'));
    expect(normalizeOrgName('HTX Hòa Bình')).not.toBe(normalizeOrgName('HTX Hóa Bình'));
    expect(normalizeOrgName('HTX Hòa Bình')).not.toBe(normalizeOrgName('THT Hòa Bình'));
    expect(normalizeOrgName('HTX số 1')).not.toBe(normalizeOrgName('HTX số 2'));
  });

  it('expands only whole words', () => {
    expect(normalizeOrgName('HTX Thanh Nhàn')).toBe('hợp tác xã thanh nhàn');
    expect(normalizeOrgName('HTX Dvd')).toBe('hợp tác xã dvd');
    expect(normalizeOrgName('HTXX')).toBe('htxx');
  });

  it('offers a looser, diacritic-blind key by folding', () => {
    expect(foldVietnamese(normalizeOrgName('HTX Hoa Binh'))).toBe(foldVietnamese(normalizeOrgName('Hợp tác xã Hòa Bình')));
  });
});
