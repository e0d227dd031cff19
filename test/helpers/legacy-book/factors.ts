/**
 * One-factor-at-a-time triage: a plain baseline (a Unicode list, one header row, every column but the
 * free-text sectors, statuses in a column, no traps in the data) and the factors that each add one trap to it — one layout option, or one
 * trait of the data (copied rows, namesakes, unreadable cells…). A failure that appears with a factor and not
 * with the baseline is caused, as seen from outside, by that factor.
 */
import type { Layout } from './layout.ts';
import type { Truth, TruthOrg } from './model.ts';

export const BASELINE: Layout = {
  seed: 1,
  format: 'xlsx-sheetjs',
  agencies: false,
  quocHieu: false,
  listDate: 'den',
  attachedTo: false,
  headerRows: 1,
  numberRow: 'none',
  shuffleColumns: false,
  upperHeaders: false,
  sections: 'none',
  subtotals: false,
  total: 'none',
  countLine: false,
  signature: false,
  blankRows: false,
  encoding: 'unicode',
  capitalsFont: false,
  moneyUnit: 'trieu',
  moneyUnitWhere: 'header',
  incomeUnit: 'trieu',
  numbersAsText: 0,
  negatives: 'minus',
  dates: ['slash'],
  statusMode: 'column',
  blankWhenActive: false,
  address: 'split',
  districtFromSection: false,
  columns: {
    type: false,
    regCode: true,
    founded: true,
    sectors: false,
    certificates: true,
    members: true,
    workers: true,
    regularWorkers: true,
    revenue: true,
    profit: true,
    income: true,
    status: true,
    leader: false,
    phone: false,
    capital: false,
    previousYear: false,
  },
  regCodeAsNumber: false,
  formulasInTotals: false,
  thtSheet: false,
  ocop: { stars: 'plain', decision: 'split', address: false, sectionsByStar: false, ownerVariants: false, title: false },
  emptySheets: false,
  ocopFirst: false,
};

export type Trait =
  | 'copies'
  | 'marked-copies'
  | 'namesakes'
  | 'unreadable'
  | 'unknown-founding'
  | 'year-founding'
  | 'status-dates'
  | 'negative-profit'
  | 'ocop';

/** The truth without the traits not asked for: no copies, unique names, readable figures, known full dates… */
export function simplify(truth: Truth, keep: ReadonlySet<Trait>): Truth {
  const seen = new Set<string>();
  const orgs = truth.orgs.map((o): TruthOrg => {
    let name = o.name;
    if (!keep.has('namesakes') && seen.has(name)) name = `${name} ${o.place.communeName}`;
    seen.add(name);
    const figures = Object.fromEntries(
      Object.entries(o.figures).map(([k, f]) => {
        if (f.kind === 'unreadable' && !keep.has('unreadable')) return [k, { kind: 'blank' }];
        if (k === 'profit' && f.kind === 'value' && f.value < 0 && !keep.has('negative-profit'))
          return [k, { kind: 'value', value: -f.value }];
        return [k, f];
      }),
    ) as TruthOrg['figures'];
    const founded =
      o.founded.kind === 'unknown' && !keep.has('unknown-founding')
        ? { kind: 'date' as const, date: { y: truth.year - 6, m: 3, d: 15 } }
        : o.founded.kind === 'year' && !keep.has('year-founding')
          ? { kind: 'date' as const, date: { y: o.founded.y, m: 6, d: 10 } }
          : o.founded;
    const duplicate =
      o.duplicate === 'copy' && keep.has('copies') ? 'copy' : o.duplicate === 'marked' && keep.has('marked-copies') ? 'marked' : 'none';
    return { ...o, name, figures, founded, duplicate, statusSince: keep.has('status-dates') ? o.statusSince : { kind: 'unknown' } };
  });
  return { ...truth, orgs, ocop: keep.has('ocop') ? truth.ocop : [] };
}

export interface Factor {
  name: string;
  layout?: (l: Layout) => Layout;
  traits?: Trait[];
}

const L = (name: string, change: Partial<Layout>, traits: Trait[] = []): Factor => ({ name, layout: (l) => ({ ...l, ...change }), traits });
const C = (name: string, change: Partial<Layout['columns']>): Factor => ({
  name,
  layout: (l) => ({ ...l, columns: { ...l.columns, ...change } }),
});
const O = (name: string, change: Partial<Layout['ocop']>): Factor => ({
  name,
  layout: (l) => ({ ...l, ocop: { ...l.ocop, ...change } }),
  traits: ['ocop'],
});
const T = (trait: Trait): Factor => ({ name: `data: ${trait}`, traits: [trait] });

export const FACTORS: readonly Factor[] = [
  { name: 'baseline' },
  L('file: xlsx by ExcelJS', { format: 'xlsx-exceljs' }),
  L('file: xls BIFF8', { format: 'xls-biff8' }),
  L('title: agencies and Quốc hiệu', { agencies: true, quocHieu: true }),
  L('title: "… NĂM N"', { listDate: 'nam' }),
  L('title: no date (--year N)', { listDate: 'none' }),
  L('title: "(Kèm theo Báo cáo …)" line', { attachedTo: true }),
  L('header: 2 rows, merged groups', { headerRows: 2 }),
  L('header: 3 rows, merged groups', { headerRows: 3 }),
  L('header: capitals', { upperHeaders: true }),
  L('header: columns in another order', { shuffleColumns: true, seed: 5 }),
  L('column numbers (1) (2)…', { numberRow: 'paren' }),
  L('column numbers 1 2 3', { numberRow: 'plain' }),
  L('column numbers A B C', { numberRow: 'letters' }),
  L('sections by district', { sections: 'district' }),
  L('sections by district, no district in the rows', { sections: 'district', districtFromSection: true }),
  L('sections by type', { sections: 'type' }),
  L('sections by field', { sections: 'field' }),
  L('sections with "Cộng" subtotals', { sections: 'district', subtotals: true }),
  L('total row at the bottom', { total: 'bottom' }),
  L('total row on top', { total: 'top' }),
  L('total row with SUM formulas', { total: 'bottom', formulasInTotals: true }),
  L('count line ("Số lượng: N", "Tổng số: N tổ chức", "Có N đơn vị")', { countLine: true }),
  L('signature block', { signature: true }),
  L('blank rows', { blankRows: true }),
  L('text: TCVN3', { encoding: 'tcvn3' }),
  L('text: TCVN3 with .VnTimeH capitals', { encoding: 'tcvn3', format: 'xlsx-exceljs', capitalsFont: true, upperHeaders: true }),
  L('text: VNI', { encoding: 'vni' }),
  L('text: NFD', { encoding: 'nfd' }),
  L('text: encodings column by column', { encoding: 'columns' }),
  L('money in nghìn đồng', { moneyUnit: 'nghin' }),
  L('money in đồng', { moneyUnit: 'dong' }),
  L('money in tỷ đồng', { moneyUnit: 'ty' }),
  L('money unit on an "ĐVT:" line', { moneyUnitWhere: 'dvt' }),
  L('money unit in the group header', { moneyUnitWhere: 'group', headerRows: 2 }),
  L('income in nghìn đồng', { incomeUnit: 'nghin' }),
  L('income in đồng', { incomeUnit: 'dong' }),
  L('numbers as Vietnamese text (all)', { numbersAsText: 2 }),
  L('negatives in brackets, as text', { numbersAsText: 2, negatives: 'paren' }, ['negative-profit']),
  L('dates as Excel serials', { dates: ['serial'] }),
  L('dates 15.03.2019', { dates: ['dot'] }),
  L('dates 5/3/2019', { dates: ['short'] }),
  L('dates 15-03-2019', { dates: ['dash'] }),
  L('dates "ngày 5 tháng 3 năm 2019"', { dates: ['words'] }),
  L('status only in notes', { statusMode: 'notes', columns: { ...BASELINE.columns, status: false } }),
  L('status only in notes, active left blank', {
    statusMode: 'notes',
    blankWhenActive: true,
    columns: { ...BASELINE.columns, status: false },
  }),
  L('address: "Thôn, xã" + district', { address: 'village-commune' }),
  L('address: one column', { address: 'single' }),
  L('address: commune without "xã"', { address: 'bare-commune' }),
  C('column: free-text sectors ("nuôi cá lồng, homestay")', { sectors: true }),
  C('column: type ("Loại hình")', { type: true }),
  C('column: year N−1 beside N', { previousYear: true }),
  C('columns: director, phone, charter capital', { leader: true, phone: true, capital: true }),
  L('codes as numbers (leading zeros lost)', { regCodeAsNumber: true }),
  L('THT on their own sheet', { thtSheet: true }),
  L('empty Sheet2, Sheet3', { emptySheets: true }),
  T('copies'),
  T('marked-copies'),
  T('namesakes'),
  T('unreadable'),
  T('unknown-founding'),
  T('year-founding'),
  T('status-dates'),
  T('negative-profit'),
  T('ocop'),
  O('OCOP: stars "4 sao"', { stars: 'sao' }),
  O('OCOP: stars "4*"', { stars: 'asterisk' }),
  O('OCOP: stars "4★" / "★★★★"', { stars: 'blackstar' }),
  O('OCOP: decision "Số … ngày …" in one cell', { decision: 'combined' }),
  O('OCOP: recognition year only', { decision: 'year' }),
  O('OCOP: owner address column', { address: true }),
  O('OCOP: sections by star', { sectionsByStar: true }),
  O('OCOP: owners written another way', { ownerVariants: true }),
  O('OCOP: title', { title: true }),
  { name: 'OCOP sheet first', layout: (l) => ({ ...l, ocopFirst: true }), traits: ['ocop'] },
];
