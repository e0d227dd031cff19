// Header → field mapping from Vietnamese headers with or without diacritics and with the usual
// abbreviations; the entity a sheet holds; the year its figures belong to; the shape signature that lets
// a remembered mapping be reused.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src-main/contract/fields.ts';
import { decideEntity, orgTypeOfTitle } from '../../src-main/core/import/reader/mapping/entity.ts';
import { mapColumns, scoreHeader } from '../../src-main/core/import/reader/mapping/map-columns.ts';
import { normalizeHeader } from '../../src-main/core/import/reader/mapping/normalize.ts';
import { shapeSignature } from '../../src-main/core/import/reader/mapping/shape.ts';
import { findPeriod, findYear, yearOfTitle } from '../../src-main/core/import/reader/mapping/year.ts';

function best(entity: Entity, ...path: string[]): string | undefined {
  const top = scoreHeader(path, entity)[0];
  return top !== undefined && top.score >= 0.5 ? top.target : undefined;
}

describe('normalizing headers', () => {
  it('folds, drops units and spells out abbreviations', () => {
    expect(normalizeHeader('Mã số HTX/MST')).toBe('ma so hop tac xa ma so thue');
    expect(normalizeHeader('DOANH THU (tr.đ)')).toBe('doanh thu');
    expect(normalizeHeader('Thu nhập BQ của LĐ (tr.đ/người/tháng)')).toBe('thu nhap binh quan cua lao dong');
    expect(normalizeHeader('Số TV')).toBe('so thanh vien');
    expect(normalizeHeader('1. Tên QTDND')).toBe('ten quy tin dung nhan dan');
    expect(normalizeHeader('Kết quả SXKD năm 2024')).toBe('ket qua san xuat kinh doanh nam 2024');
  });
});

describe('mapping one header', () => {
  it.each([
    ['TT', 'stt'],
    ['STT', 'stt'],
    ['Số TT', 'stt'],
    ['Số thứ tự', 'stt'],
    ['Tên hợp tác xã', 'f:name'],
    ['TÊN HTX', 'f:name'],
    ['Ten hop tac xa', 'f:name'],
    ['Tên đơn vị', 'f:name'],
    ['Tên tổ hợp tác', 'f:name'],
    ['Tên QTDND', 'f:name'],
    ['Loại hình', 'f:type'],
    ['Mã số HTX', 'f:regCode'],
    ['Mã số thuế', 'f:regCode'],
    ['MST', 'f:regCode'],
    ['Số GCN ĐKKD', 'f:regCode'],
    ['Số ĐKKD', 'f:regCode'],
    ['Ngày thành lập', 'f:foundedOn'],
    ['Năm thành lập', 'f:foundedOn'],
    ['Ngày cấp GCN ĐK', 'f:foundedOn'],
    ['Cơ quan cấp', 'f:registeredBy'],
    ['Tình trạng hoạt động', 'f:status'],
    ['Trạng thái', 'f:status'],
    ['Địa chỉ trụ sở', 'f:legacyAddress'],
    ['Địa chỉ', 'f:legacyAddress'],
    ['Lĩnh vực hoạt động', 'f:sectors'],
    ['Ngành nghề SXKD', 'f:sectors'],
    ['Mô hình', 'f:model'],
    ['Vốn điều lệ (tr.đ)', 'f:charterCapital'],
    ['VĐL', 'f:charterCapital'],
    ['Họ tên Chủ tịch HĐQT kiêm Giám đốc', 'f:headName'],
    ['Người đại diện theo pháp luật', 'f:headName'],
    ['Tổ trưởng', 'f:headName'],
    ['Điện thoại', 'f:phone'],
    ['SĐT', 'f:phone'],
    ['Email', 'f:email'],
    ['E-mail', 'f:email'],
    ['Ghi chú', 'f:notes'],
    ['Số thành viên', 'f:members'],
    ['Tổng số TV', 'f:members'],
    ['Số lao động', 'f:workers'],
    ['LĐ thường xuyên', 'f:regularWorkers'],
    ['Doanh thu (tr.đ)', 'f:revenue'],
    ['DOANH THU', 'f:revenue'],
    ['Lợi nhuận', 'f:profit'],
    ['Lãi (lỗ)', 'f:profit'],
    ['Thu nhập BQ của LĐ (tr.đ/người/tháng)', 'f:avgIncome'],
    ['Nộp NSNN', 'f:budgetPaid'],
    ['Xã/phường', 'a:commune'],
    ['Xã, phường, thị trấn', 'a:commune'],
    ['Huyện/TP', 'a:district'],
    ['Quận/huyện', 'a:district'],
    ['Tỉnh', 'a:province'],
    ['Thôn/xóm', 'a:street'],
    ['Mã xã', 'a:communeCode'],
  ])('%s (organizations)', (header, target) => {
    expect(best('organizations', header)).toBe(target);
  });

  it.each([
    ['Ngày cấp ĐKKD', 'f:foundedOn'],
    ['Ngày cấp GCN', 'f:foundedOn'],
    ['Ngày ĐK', 'f:foundedOn'],
    ['Năm thành lập', 'f:foundedOn'],
    ['Kỳ báo cáo', 'f:period'],
    ['Kỳ', 'f:period'],
  ])('%s (yearly figures: a date of registration, never the period)', (header, target) => {
    expect(best('figures', header)).toBe(target);
  });

  it('uses the group header for generic sub-headers', () => {
    expect(best('organizations', 'Lao động (người)', 'Tổng số')).toBe('f:workers');
    expect(best('organizations', 'Lao động', 'Trong đó thường xuyên')).toBe('f:regularWorkers');
    expect(best('organizations', 'Thành viên', 'Tổng số')).toBe('f:members');
    expect(best('organizations', 'Kết quả SXKD năm 2024', 'Doanh thu')).toBe('f:revenue');
    expect(best('organizations', 'Kết quả SXKD năm 2024', 'Lợi nhuận (tr.đ)')).toBe('f:profit');
  });

  it.each([
    ['Tên sản phẩm', 'f:name'],
    ['Sản phẩm', 'f:name'],
    ['Chủ thể', 'f:organizationId'],
    ['Tên chủ thể sản xuất', 'f:organizationId'],
    ['Hạng sao', 'f:stars'],
    ['Xếp hạng', 'f:stars'],
    ['Số quyết định', 'f:decisionNo'],
    ['Số QĐ công nhận', 'f:decisionNo'],
    ['Ngày quyết định', 'f:decisionDate'],
    ['Năm công nhận', 'f:recognitionYear'],
    ['Nhóm sản phẩm', 'f:productGroup'],
    ['Loại hình chủ thể', 'f:externalOwnerKind'],
    ['Địa chỉ', 'a:full'],
  ])('%s (OCOP)', (header, target) => {
    expect(best('ocop', header)).toBe(target);
  });

  it.each([
    ['Tên HTX', 'f:organizationId'],
    ['Loại chứng nhận', 'f:kind'],
    ['Tiêu chuẩn', 'f:kind'],
    ['Sản phẩm được chứng nhận', 'f:product'],
    ['Số GCN', 'f:number'],
    ['Tổ chức chứng nhận', 'f:issuer'],
    ['Ngày cấp', 'f:issuedOn'],
    ['Ngày hết hạn', 'f:expiresOn'],
    ['Hiệu lực đến', 'f:expiresOn'],
  ])('%s (certifications)', (header, target) => {
    expect(best('certifications', header)).toBe(target);
  });

  it('does not take other names for the name', () => {
    expect(best('organizations', 'Tên tiếng Anh')).not.toBe('f:name');
    expect(best('organizations', 'Tên viết tắt')).toBe('f:shortName');
    expect(best('organizations', 'Họ tên người đại diện')).toBe('f:headName');
  });

  it('is surer of an exact header than of a loose one', () => {
    const exact = scoreHeader(['Doanh thu'], 'organizations')[0]?.score ?? 0;
    const loose = scoreHeader(['Tổng doanh thu năm'], 'organizations')[0]?.score ?? 0;
    const vague = scoreHeader(['Tên'], 'organizations')[0]?.score ?? 0;
    expect(exact).toBe(1);
    expect(loose).toBeLessThan(exact);
    expect(vague).toBeLessThan(0.8);
  });
});

describe('mapping all columns', () => {
  const headers = [
    { index: 0, path: ['TT'] },
    { index: 1, path: ['Tên HTX'] },
    { index: 2, path: ['Doanh thu năm 2023 (tr.đ)'] },
    { index: 3, path: ['Doanh thu năm 2024 (tr.đ)'] },
    { index: 4, path: ['Họ tên'] },
    { index: 5, path: ['Cột lạ'] },
  ];

  it('gives each field one column and takes figures of the sheet year', () => {
    const choices = mapColumns(headers, 'organizations', 2024);
    expect(choices.map((c) => c.target)).toEqual(['stt', 'f:name', null, 'f:revenue', 'f:headName', null]);
    expect(choices[2]?.note).toMatch(/năm 2023/);
    expect(choices[2]?.year).toBe(2023);
    expect(choices[5]?.confidence).toBe(0);
    const for2023 = mapColumns(headers, 'organizations', 2023);
    expect(for2023.map((c) => c.target)[2]).toBe('f:revenue');
  });
});

describe('which entity a sheet holds', () => {
  const h = (...paths: string[][]): { index: number; path: string[] }[] => paths.map((path, index) => ({ index, path }));

  it('organizations, with their figures', () => {
    const d = decideEntity(
      h(['TT'], ['Tên HTX'], ['Mã số HTX'], ['Địa chỉ'], ['Số thành viên'], ['Doanh thu']),
      'DANH SÁCH HỢP TÁC XÃ',
      2024,
    );
    expect(d.entity).toBe('organizations');
    expect(d.orgType).toBe('HTX');
    expect(d.choices.map((c) => c.target)).toContain('f:members');
  });

  it('a sheet of tổ hợp tác', () => {
    const d = decideEntity(
      h(['STT'], ['Tên tổ hợp tác'], ['Tổ trưởng'], ['Địa chỉ'], ['Số thành viên']),
      'DANH SÁCH TỔ HỢP TÁC NĂM 2024',
      null,
    );
    expect(d).toMatchObject({ entity: 'organizations', orgType: 'THT' });
  });

  it('yearly figures', () => {
    const d = decideEntity(
      h(['TT'], ['Tên đơn vị'], ['Thành viên'], ['Lao động'], ['Doanh thu'], ['Lợi nhuận']),
      'KẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2024',
      2024,
    );
    expect(d.entity).toBe('figures');
    expect(d.choices.map((c) => c.target)).toEqual(['stt', 'f:name', 'f:members', 'f:workers', 'f:revenue', 'f:profit']);
  });

  it('OCOP products', () => {
    const d = decideEntity(
      h(['TT'], ['Tên sản phẩm'], ['Chủ thể'], ['Hạng sao'], ['Số QĐ'], ['Năm công nhận']),
      'DANH SÁCH SẢN PHẨM OCOP',
      null,
    );
    expect(d.entity).toBe('ocop');
  });

  it('certifications', () => {
    const d = decideEntity(
      h(['TT'], ['Tên HTX'], ['Sản phẩm'], ['Loại chứng nhận'], ['Số GCN'], ['Ngày cấp'], ['Ngày hết hạn']),
      'HTX ĐƯỢC CHỨNG NHẬN VIETGAP',
      null,
    );
    expect(d.entity).toBe('certifications');
  });

  it('none for lists of something else (the GSO commune lists)', () => {
    expect(decideEntity(h(['Mã'], ['Tên'], ['Tên Tiếng Anh'], ['Cấp'], ['Mã TP'], ['Tỉnh / Thành Phố']), 'Sheet1', null).entity).toBeNull();
    expect(decideEntity(h(['Name'], ['Value']), 'Sheet1', null).entity).toBeNull();
  });

  it('the entity the clerk chose', () => {
    expect(decideEntity(h(['Tên'], ['Giá trị']), 'x', null, 'figures').entity).toBe('figures');
  });

  it('reads an organization type from a title', () => {
    expect(orgTypeOfTitle('DANH SÁCH QUỸ TÍN DỤNG NHÂN DÂN')).toBe('QTDND');
    expect(orgTypeOfTitle('Danh sách HTX và THT')).toBeNull();
    expect(orgTypeOfTitle('DANH SÁCH LIÊN HIỆP HỢP TÁC XÃ')).toBe('LHHTX');
  });
});

describe('the year of the figures', () => {
  it('reads titles, skipping the dates of the document itself', () => {
    expect(yearOfTitle('DANH SÁCH HỢP TÁC XÃ ĐẾN 31/12/2024')).toBe(2024);
    expect(yearOfTitle('KẾT QUẢ HOẠT ĐỘNG NĂM 2023')).toBe(2023);
    expect(yearOfTitle('(Kèm theo Báo cáo số 15/BC-LMHTX ngày 10/01/2025)')).toBeUndefined();
    expect(yearOfTitle('Hòa Bình, ngày 15 tháng 01 năm 2025')).toBeUndefined();
    expect(yearOfTitle('Kế hoạch giai đoạn 2021 - 2025')).toBeUndefined();
    expect(yearOfTitle('Tính đến ngày 30/6/2024')).toBe(2024);
  });

  it('prefers the clerk, then headers, then the title, then the sheet name', () => {
    expect(findYear(['BÁO CÁO NĂM 2023'], [2024], '2022', undefined)).toMatchObject({ year: 2024, source: 'header' });
    expect(findYear(['BÁO CÁO NĂM 2023'], [], '2022', undefined)).toMatchObject({ year: 2023, source: 'title' });
    expect(findYear(['BÁO CÁO'], [], 'Năm 2022', undefined)).toMatchObject({ year: 2022, source: 'sheetName' });
    expect(findYear(['BÁO CÁO NĂM 2023'], [], 'x', 2025)).toMatchObject({ year: 2025, source: 'option', conflicts: [2023] });
    expect(findYear([], [], 'x', undefined)).toMatchObject({ year: null, source: null });
  });

  it('reads half-year periods', () => {
    expect(findPeriod(['KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024'])).toBe('H1');
    expect(findPeriod(['Sáu tháng cuối năm'])).toBe('H2');
    expect(findPeriod(['NĂM 2024'])).toBe('Y');
  });
});

describe('shape signature', () => {
  it('is the same for files laid out alike, whatever their year and spelling', () => {
    const a = shapeSignature([
      { index: 0, path: ['TT'] },
      { index: 1, path: ['Tên HTX'] },
      { index: 2, path: ['Kết quả SXKD năm 2023', 'Doanh thu (tr.đ)'] },
    ]);
    const b = shapeSignature([
      { index: 0, path: ['TT'] },
      { index: 1, path: ['TÊN HTX'] },
      { index: 2, path: ['KẾT QUẢ SXKD NĂM 2024', 'Doanh thu'] },
      { index: 3, path: [] },
    ]);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differs when columns differ or move', () => {
    const a = shapeSignature([
      { index: 0, path: ['TT'] },
      { index: 1, path: ['Tên HTX'] },
    ]);
    expect(
      shapeSignature([
        { index: 0, path: ['Tên HTX'] },
        { index: 1, path: ['TT'] },
      ]),
    ).not.toBe(a);
    expect(
      shapeSignature([
        { index: 0, path: ['TT'] },
        { index: 1, path: ['Tên THT'] },
      ]),
    ).not.toBe(a);
  });
});
