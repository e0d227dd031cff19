import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERT_FIELDS, FIGURE_VALUE_FIELDS, OCOP_FIELDS, ORG_FIELDS, type FieldSpec } from '../../src-main/contract/fields.ts';
import type { MoneyUnit } from '../../src-main/shared/vn-money.ts';
import { CommuneBook, OrgBook } from '../../src-renderer/grid/books.ts';
import {
  acceptEditorValue,
  checkCell,
  formatCell,
  headerOf,
  parseCell,
  sameValue,
  type ValueContext,
} from '../../src-renderer/grid/values.ts';

function spec(fields: readonly FieldSpec[], key: string): FieldSpec {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
}

function context(unit: MoneyUnit = 'dong'): ValueContext {
  const communes = new CommuneBook();
  communes.addList([
    { code: '08773', name: 'Phường Tân Hòa' },
    { code: '08800', name: 'Xã Hòa Bình' },
    { code: '09001', name: 'Xã Đồng Tâm' },
    { code: '09002', name: 'Phường Đồng Tâm' },
  ]);
  const orgs = new OrgBook();
  orgs.setAll([
    { id: 1, name: 'Hợp tác xã Nông nghiệp Hòa Bình', regCode: '2501000123', type: 'HTX' },
    { id: 2, name: 'HTX Dịch vụ Đồng Tâm', regCode: null, type: 'HTX' },
    { id: 3, name: 'HTX Dịch vụ Đồng Tâm', regCode: '2501000999', type: 'HTX' },
  ]);
  return { unit, communes, orgs };
}

const ok = (value: unknown) => ({ ok: true, value });

describe('numbers and money, the Vietnamese way', () => {
  const members = spec(FIGURE_VALUE_FIELDS, 'members');
  const revenue = spec(FIGURE_VALUE_FIELDS, 'revenue');
  const profit = spec(FIGURE_VALUE_FIELDS, 'profit');

  it('shows and reads grouped thousands and decimal commas', () => {
    const ctx = context();
    expect(formatCell(members, 1580000, ctx)).toBe('1.580.000');
    expect(parseCell(members, '1.580.000', ctx)).toEqual(ok(1580000));
    expect(parseCell(members, '16,3', ctx).ok).toBe(false);
  });

  it('shows money in the grid unit and stores integer đồng', () => {
    expect(formatCell(revenue, 1_580_000, context('trieu'))).toBe('1,58');
    expect(parseCell(revenue, '1,58', context('trieu'))).toEqual(ok(1_580_000));
    expect(parseCell(revenue, '2.500', context('nghin'))).toEqual(ok(2_500_000));
    expect(headerOf(revenue, 'trieu')).toBe('Doanh thu (triệu đồng)');
  });

  it('keeps blank apart from zero', () => {
    const ctx = context();
    expect(parseCell(revenue, '', ctx)).toEqual(ok(null));
    expect(parseCell(revenue, '0', ctx)).toEqual(ok(0));
    expect(formatCell(revenue, null, ctx)).toBe('');
    expect(formatCell(revenue, 0, ctx)).toBe('0');
    expect(sameValue(null, 0)).toBe(false);
  });

  it('refuses negative amounts except where a loss is possible', () => {
    const ctx = context();
    expect(parseCell(revenue, '-5', ctx).ok).toBe(false);
    expect(parseCell(profit, '-1.200.000', ctx)).toEqual(ok(-1_200_000));
  });

  it('reads back what it shows, for any amount in any unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e12, max: 9e12 }), fc.constantFrom<MoneyUnit>('dong', 'nghin', 'trieu'), (dong, unit) => {
        const ctx = context(unit);
        expect(parseCell(profit, formatCell(profit, dong, ctx), ctx)).toEqual(ok(dong));
      }),
    );
  });
});

describe('dates', () => {
  const founded = spec(ORG_FIELDS, 'foundedOn');
  it('reads dd/mm/yyyy, d/m/yyyy and dd.mm.yyyy and shows dd/mm/yyyy', () => {
    const ctx = context();
    for (const typed of ['05/03/2019', '5/3/2019', '05.03.2019']) expect(parseCell(founded, typed, ctx)).toEqual(ok('2019-03-05'));
    expect(formatCell(founded, '2019-03-05', ctx)).toBe('05/03/2019');
  });
  it('refuses dates not in the calendar and partial dates, with the reason', () => {
    const ctx = context();
    const r = parseCell(founded, '31/02/2019', ctx);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.reason).toMatch(/tháng 2\/2019 có 28 ngày/);
    expect(parseCell(founded, '03/2019', ctx).ok).toBe(false);
  });
  it('round-trips any date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const ctx = context();
        expect(parseCell(founded, formatCell(founded, iso, ctx), ctx)).toEqual(ok(iso));
      }),
    );
  });
});

describe('closed lists, communes and organizations', () => {
  const type = spec(ORG_FIELDS, 'type');
  const status = spec(ORG_FIELDS, 'status');
  const sectors = spec(ORG_FIELDS, 'sectors');
  const commune = spec(ORG_FIELDS, 'communeCode');
  const org = spec(CERT_FIELDS, 'organizationId');

  it('reads a code, a label without diacritics, or a known abbreviation', () => {
    const ctx = context();
    expect(parseCell(type, 'HTX', ctx)).toEqual(ok('HTX'));
    expect(parseCell(type, 'hop tac xa', ctx)).toEqual(ok('HTX'));
    expect(parseCell(type, 'Tổ hợp tác', ctx)).toEqual(ok('THT'));
    expect(parseCell(status, 'tam ngung', ctx)).toEqual(ok('tam_ngung'));
    expect(parseCell(status, 'hoạt động', ctx).ok).toBe(false); // several statuses say "hoạt động"
  });

  it('reads several sectors separated by semicolons, labels with commas included', () => {
    const ctx = context();
    const shown = formatCell(sectors, ['nong_nghiep', 'dich_vu'], ctx);
    expect(shown).toBe('Nông, lâm nghiệp, thủy sản; Dịch vụ khác');
    expect(parseCell(sectors, shown, ctx)).toEqual(ok(['nong_nghiep', 'dich_vu']));
    expect(parseCell(sectors, 'Dịch vụ, Vận tải', ctx)).toEqual(ok(['dich_vu', 'van_tai']));
  });

  it('finds communes by code or name, with or without the unit word, and leaves unknown names to the core', () => {
    const ctx = context();
    expect(parseCell(commune, '08800', ctx)).toEqual(ok('08800'));
    expect(parseCell(commune, 'hoa binh', ctx)).toEqual(ok('08800'));
    expect(parseCell(commune, 'Xã Hòa Bình', ctx)).toEqual(ok('08800'));
    expect(parseCell(commune, 'Đồng Tâm', ctx).ok).toBe(false); // a xã and a phường share the name
    expect(parseCell(commune, 'Phường Đồng Tâm', ctx)).toEqual(ok('09002'));
    expect(parseCell(commune, 'xã Tân Hòa cũ', ctx)).toEqual({ ok: 'lookup', text: 'xã Tân Hòa cũ' });
    expect(formatCell(commune, '08773', ctx)).toBe('Phường Tân Hòa');
  });

  it('finds organizations by registration code or by a name that is unique', () => {
    const ctx = context();
    expect(parseCell(org, '2501000999', ctx)).toEqual(ok(3));
    expect(parseCell(org, 'hop tac xa nong nghiep hoa binh', ctx)).toEqual(ok(1));
    expect(parseCell(org, 'HTX Dịch vụ Đồng Tâm', ctx).ok).toBe(false);
    expect(formatCell(org, 1, ctx)).toBe('Hợp tác xã Nông nghiệp Hòa Bình');
  });

  it('checks required fields, stars and lengths before anything is sent', () => {
    const ctx = context();
    const name = spec(ORG_FIELDS, 'name');
    const stars = spec(OCOP_FIELDS, 'stars');
    expect(parseCell(name, '   ', ctx)).toEqual({ ok: false, reason: '“Tên tổ chức” không được để trống.' });
    expect(parseCell(stars, '4 sao', ctx)).toEqual(ok(4));
    expect(parseCell(stars, '★★★', ctx)).toEqual(ok(3));
    expect(parseCell(stars, '6', ctx).ok).toBe(false);
    expect(checkCell(spec(ORG_FIELDS, 'shortName'), 'x'.repeat(101))).toMatch(/dài quá 100 ký tự/);
  });

  it('takes a dropdown choice as a stored value and typed text through the parser', () => {
    const ctx = context();
    expect(acceptEditorValue(sectors, ['dich_vu'], ctx)).toEqual(ok(['dich_vu']));
    expect(acceptEditorValue(org, 2, ctx)).toEqual(ok(2));
    expect(acceptEditorValue(type, null, ctx).ok).toBe(false);
    expect(acceptEditorValue(spec(FIGURE_VALUE_FIELDS, 'workers'), '1.200', ctx)).toEqual(ok(1200));
  });
});
