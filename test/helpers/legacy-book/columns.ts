/**
 * The columns of an organization list: their many names (header synonyms), their group headers, their units,
 * and how each writes an organization's value into a cell.
 */
import type { OrgType } from '../../../src-main/contract/vocab.ts';
import { dateCell, moneyCell } from './cells.ts';
import type { Cell } from './grid.ts';
import { num, text } from './grid.ts';
import type { IncomeUnit, Layout, MoneyUnit } from './layout.ts';
import type { FigureKey, TruthOrg } from './model.ts';
import { addressText, communeText, districtText, noteText, statusWord, TYPE_WORDS } from './phrases.ts';
import type { Rng } from './rng.ts';
import { newTonePlacement } from './tones.ts';
import { NOT_CERT_TEXTS } from './words.ts';

/** A random source for one header decision, by the decision's name (see rngFor). */
export type HeaderRng = (id: string) => Rng;

export interface RowContext {
  rng: Rng;
  layout: Layout;
  /** This row is the second copy of a duplicated organization. */
  copy: boolean;
  stt: number;
  /** Sections by district already say the district. */
  districtInSection: boolean;
}

export interface Column {
  id: string;
  /** Group headers of a 3-row header, outer first ("Tình hình hoạt động năm 2024" › "Lao động" › "Tổng số"). */
  path: string[];
  /** Group headers of a 2-row header; by default the innermost group of `path`. */
  path2?: string[];
  /** Header in a multi-row header, under its groups. */
  label: string;
  /** Header when the whole header is one row. */
  flat: string;
  width: number;
  /** Sum in subtotal rows: the figure to add up. */
  sums?: FigureKey | 'previousRevenue' | 'previousProfit';
  cell(org: TruthOrg, ctx: RowContext): Cell;
}

const UNIT_WORDS: Record<MoneyUnit, readonly string[]> = {
  ty: ['tỷ đồng', 'tỷ đ'],
  trieu: ['tr.đ', 'triệu đồng', 'Tr.đồng', 'trđ'],
  nghin: ['nghìn đồng', '1.000 đ', 'ngàn đồng', '1000đ'],
  dong: ['đồng', 'VNĐ'],
};
const INCOME_UNIT_WORDS: Record<IncomeUnit, readonly string[]> = {
  trieu: ['tr.đ/người/tháng', 'triệu đồng/người/tháng', 'tr.đ/LĐ/tháng'],
  nghin: ['nghìn đồng/người/tháng', '1.000đ/người/tháng'],
  dong: ['đồng/người/tháng'],
};

export function moneyUnitWord(unit: MoneyUnit, rng: Rng): string {
  return rng.pick(UNIT_WORDS[unit]);
}

export function incomeUnitWord(unit: IncomeUnit, rng: Rng): string {
  return rng.pick(INCOME_UNIT_WORDS[unit]);
}

export function col(
  id: string,
  path: string[],
  label: string,
  flat: string,
  width: number,
  cell: Column['cell'],
  sums?: Column['sums'],
): Column {
  return sums === undefined ? { id, path, label, flat, width, cell } : { id, path, label, flat, width, cell, sums };
}

/** The name as typed: sometimes in capitals, with a doubled space, or with the new tone placement ("Hoà"). */
function nameVariant(org: TruthOrg, ctx: RowContext): string {
  const upper = ctx.rng.chance(0.15);
  const toned = ctx.rng.chance(0.1) ? newTonePlacement(org.name) : org.name;
  const spaced = ctx.rng.chance(0.1) ? toned.replace(' ', '  ') : toned;
  return upper ? spaced.toUpperCase() : spaced;
}

/** Identity and place columns. */
export function identityColumns(layout: Layout, hr: HeaderRng, sheetTypes: readonly OrgType[]): Column[] {
  const tht = sheetTypes.length === 1 && sheetTypes[0] === 'THT';
  const cols: Column[] = [];
  const sttName = hr('columns-3').pick(['STT', 'TT', 'Số TT', 'Số thứ tự']);
  cols.push(col('stt', [], sttName, sttName, 5, (_o, c) => num(c.stt)));
  const name = tht
    ? hr('columns-4').pick(['Tên tổ hợp tác', 'Tên THT', 'Tên Tổ hợp tác'])
    : hr('columns-5').pick(['Tên HTX', 'Tên hợp tác xã', 'Tên tổ chức', 'Tên tổ chức KTTT', 'Tên đơn vị', 'Tên HTX, QTDND']);
  cols.push(col('name', [], name, name, 40, (o, c) => text(nameVariant(o, c))));
  if (layout.columns.type && !tht) {
    const h = hr('columns-6').pick(['Loại hình', 'Loại hình tổ chức', 'Loại']);
    cols.push(col('type', [], h, h, 10, (o, c) => text(c.rng.pick(TYPE_WORDS[o.type]))));
  }
  if (layout.columns.regCode && !tht) {
    const h = hr('columns-7').pick(['Mã số HTX', 'Mã số thuế', 'Mã số HTX/MST', 'Số GCN ĐKHTX', 'Số ĐKKD']);
    cols.push(
      col('regCode', ['Đăng ký'], h, h, 14, (o) =>
        o.regCode === null ? { kind: 'blank' } : layout.regCodeAsNumber ? num(Number(o.regCode), '0') : text(o.regCode),
      ),
    );
  }
  if (layout.columns.founded) {
    const h = tht
      ? hr('columns-8').pick(['Ngày chứng thực hợp đồng hợp tác', 'Ngày chứng thực HĐHT', 'Ngày chứng thực hợp đồng'])
      : hr('columns-9').pick(['Ngày thành lập', 'Ngày cấp GCN', 'Ngày đăng ký', 'Năm thành lập', 'Thời gian thành lập', 'Ngày cấp ĐKKD']);
    cols.push(col('founded', ['Đăng ký'], h, h, 12, (o, c) => dateCell(o.founded, c.layout, c.rng)));
  }
  cols.push(...addressColumns(layout, hr));
  return cols;
}

function addressColumns(layout: Layout, hr: HeaderRng): Column[] {
  const group = [hr('columns-10').pick(['Địa chỉ', 'Địa chỉ trụ sở', 'Địa bàn'])];
  const dropDistrict = layout.sections === 'district' && layout.districtFromSection;
  if (layout.address === 'single') {
    const h = hr('columns-11').pick(['Địa chỉ', 'Địa chỉ trụ sở', 'Trụ sở chính']);
    return [col('address', [], h, h, 40, (o, c) => text(addressText(o.place, 'single', !c.districtInSection, c.rng)))];
  }
  const cols: Column[] = [];
  if (layout.address === 'split') {
    const h = hr('columns-12').pick(['Thôn/xóm', 'Thôn, xóm', 'Thôn, bản']);
    cols.push(col('village', group, h, h, 14, (o) => (o.place.village === null ? { kind: 'blank' } : text(o.place.village))));
  }
  const bare = layout.address === 'bare-commune';
  const communeHeader =
    layout.address === 'village-commune'
      ? hr('columns-13').pick(['Thôn, xã', 'Thôn (xóm), xã'])
      : hr('columns-14').pick(['Xã', 'Xã/phường/thị trấn', 'Xã, phường, TT']);
  cols.push(
    col('commune', group, communeHeader, communeHeader, 18, (o, c) =>
      text(
        layout.address === 'village-commune' ? addressText(o.place, 'village-commune', false, c.rng) : communeText(o.place, c.rng, bare),
      ),
    ),
  );
  if (!dropDistrict) {
    const h = hr('columns-15').pick(['Huyện', 'Huyện/thành phố', 'Huyện, TP']);
    cols.push(col('district', group, h, h, 14, (o, c) => text(districtText(o.place, c.rng, bare || c.rng.chance(0.3)))));
  }
  return cols;
}

/** Free-text columns: sectors, status, certificates, extras, notes. */
export function textColumns(layout: Layout, hr: HeaderRng, tht: boolean): { before: Column[]; after: Column[] } {
  const before: Column[] = [];
  const after: Column[] = [];
  if (layout.columns.sectors) {
    const h = hr('columns-16').pick([
      'Ngành nghề',
      'Ngành nghề kinh doanh',
      'Lĩnh vực hoạt động',
      'Ngành nghề SXKD chính',
      'Sản phẩm, dịch vụ chính',
    ]);
    const sep = hr('columns-17').pick([', ', '; ', ' - ', '\n']);
    before.push(col('sectors', [], h, h, 30, (o) => (o.sectors.length === 0 ? { kind: 'blank' } : text(o.sectors.join(sep)))));
  }
  if (layout.columns.status) {
    const h = hr('columns-18').pick(['Tình trạng hoạt động', 'Tình trạng', 'Hiện trạng', 'Trạng thái']);
    after.push(col('status', [], h, h, 16, (o, c) => text(statusWord(o, c.rng))));
  }
  if (layout.columns.certificates && !tht) {
    const h = hr('columns-19').pick(['Sản phẩm được chứng nhận', 'Chứng nhận', 'Chứng nhận VietGAP, hữu cơ…', 'SP có chứng nhận']);
    // A planned or absent certificate beside held ones is its own statement: "Đang xây dựng VietGAP; GlobalGAP"
    // (with a comma, "Đang xây dựng VietGAP, GlobalGAP" would say both are being built).
    const certText = (items: readonly string[]): string => items.join(items.some((i) => NOT_CERT_TEXTS.includes(i)) ? '; ' : ', ');
    after.push(
      col('certificates', [], h, h, 22, (o) => (o.certificates.length === 0 ? { kind: 'blank' } : text(certText(o.certificates)))),
    );
  }
  if (layout.columns.leader) {
    const h = tht ? 'Tổ trưởng' : hr('columns-20').pick(['Họ tên Giám đốc', 'Chủ tịch HĐQT kiêm GĐ', 'Người đại diện']);
    after.push(col('leader', [], h, h, 20, (o) => text(o.leader)));
  }
  if (layout.columns.phone) {
    after.push(
      col('phone', [], 'Số điện thoại', 'Số điện thoại', 13, (o, c) =>
        c.rng.chance(0.5)
          ? num(Number(`9${String(o.key).padStart(8, '1')}`), '0')
          : text(
              `09${String(o.key * 7919)
                .padStart(8, '3')
                .slice(0, 8)}`,
            ),
      ),
    );
  }
  if (layout.columns.capital && !tht) {
    const unit = hr('columns-21').pick(['triệu đồng', 'tr.đ']);
    const h = `Vốn điều lệ (${unit})`;
    after.push(
      col('capital', [], h, h, 12, (o, c) =>
        o.charterCapital === null ? { kind: 'blank' } : moneyCell(o.charterCapital, 'trieu', c.layout, c.rng),
      ),
    );
  }
  const notes = hr('columns-22').pick(['Ghi chú', 'Ghi chú', 'Ghi chú khác']);
  after.push(
    col('notes', [], notes, notes, 30, (o, c) => {
      const t = noteText(o, c.layout, c.rng, c.copy);
      return t === '' ? { kind: 'blank' } : text(t);
    }),
  );
  return { before, after };
}
