/**
 * How a clerk laid the registry out on paper. Every option combines with every other; `layoutArb` draws one.
 * Per-cell choices (which date style this cell, number or text…) come from `seed`.
 */
import fc from 'fast-check';

export type BookFormat = 'xlsx-exceljs' | 'xlsx-sheetjs' | 'xls-biff8';
export type MoneyUnit = 'ty' | 'trieu' | 'nghin' | 'dong';
export type IncomeUnit = 'trieu' | 'nghin' | 'dong';
export type DateStyle = 'serial' | 'slash' | 'dot' | 'short' | 'dash' | 'words';
/** Whole sheet in one encoding, or each text column its own ('columns'). */
export type SheetEncoding = 'unicode' | 'nfd' | 'tcvn3' | 'vni' | 'columns';
export type AddressStyle = 'split' | 'village-commune' | 'single' | 'bare-commune';
export type NumberRow = 'none' | 'paren' | 'plain' | 'letters' | 'mixed';
export type StarStyle = 'sao' | 'asterisk' | 'blackstar' | 'plain' | 'mixed';

export interface OptionalColumns {
  type: boolean;
  regCode: boolean;
  founded: boolean;
  sectors: boolean;
  certificates: boolean;
  members: boolean;
  workers: boolean;
  regularWorkers: boolean;
  revenue: boolean;
  profit: boolean;
  income: boolean;
  status: boolean;
  leader: boolean;
  phone: boolean;
  capital: boolean;
  /** Revenue and profit of year N−1 beside year N's. */
  previousYear: boolean;
}

export interface OcopLayout {
  stars: StarStyle;
  /** Number and date in two columns, "Số 12/QĐ-UBND ngày 15/3/2023" in one, or only the year. */
  decision: 'split' | 'combined' | 'year';
  address: boolean;
  /** Rows grouped under "I. SẢN PHẨM 4 SAO"… (the star column stays). */
  sectionsByStar: boolean;
  /** Owners written differently from the registry ("Hợp tác xã" for "HTX", capitals, "Hoà"). */
  ownerVariants: boolean;
  title: boolean;
}

export interface Layout {
  seed: number;
  format: BookFormat;
  agencies: boolean;
  quocHieu: boolean;
  /** "… ĐẾN 31/12/N", "… NĂM N", or no date (the import then needs --year N). */
  listDate: 'den' | 'nam' | 'none';
  attachedTo: boolean;
  headerRows: 1 | 2 | 3;
  numberRow: NumberRow;
  shuffleColumns: boolean;
  upperHeaders: boolean;
  /** Section rows: by district ("I. Huyện Lương Sơn"), by type ("A. HỢP TÁC XÃ") or by field ("A. NÔNG NGHIỆP"). */
  sections: 'none' | 'district' | 'type' | 'field';
  subtotals: boolean;
  total: 'none' | 'top' | 'bottom';
  countLine: boolean;
  signature: boolean;
  blankRows: boolean;
  encoding: SheetEncoding;
  /** TCVN3 capitals typed as small letters in a .VnTimeH font (ExcelJS writes the font name). */
  capitalsFont: boolean;
  moneyUnit: MoneyUnit;
  moneyUnitWhere: 'header' | 'dvt' | 'group';
  incomeUnit: IncomeUnit;
  /** 0: numbers as numbers; 1: some as Vietnamese text; 2: all as text. */
  numbersAsText: 0 | 1 | 2;
  negatives: 'minus' | 'paren';
  dates: DateStyle[];
  statusMode: 'column' | 'notes';
  /** In notes mode, an active organization's note is left empty. */
  blankWhenActive: boolean;
  address: AddressStyle;
  /** With district sections, no district in the rows (the section says it). */
  districtFromSection: boolean;
  columns: OptionalColumns;
  regCodeAsNumber: boolean;
  formulasInTotals: boolean;
  thtSheet: boolean;
  ocop: OcopLayout;
  emptySheets: boolean;
  ocopFirst: boolean;
}

const bool = (pTrue: number) =>
  fc.oneof(
    { weight: Math.round(pTrue * 10), arbitrary: fc.constant(true) },
    { weight: 10 - Math.round(pTrue * 10), arbitrary: fc.constant(false) },
  );

const columnsArb: fc.Arbitrary<OptionalColumns> = fc.record({
  type: bool(0.3),
  regCode: bool(0.7),
  founded: bool(0.85),
  sectors: bool(0.7),
  certificates: bool(0.6),
  members: bool(0.9),
  workers: bool(0.8),
  regularWorkers: bool(0.6),
  revenue: bool(0.8),
  profit: bool(0.7),
  income: bool(0.6),
  status: bool(0.7),
  leader: bool(0.4),
  phone: bool(0.3),
  capital: bool(0.3),
  previousYear: bool(0.2),
});

const ocopArb: fc.Arbitrary<OcopLayout> = fc.record({
  stars: fc.constantFrom<StarStyle>('sao', 'asterisk', 'blackstar', 'plain', 'mixed'),
  decision: fc.constantFrom<OcopLayout['decision']>('split', 'combined', 'year'),
  address: fc.boolean(),
  sectionsByStar: bool(0.3),
  ownerVariants: bool(0.6),
  title: bool(0.7),
});

const DATE_STYLES: readonly DateStyle[] = ['serial', 'slash', 'dot', 'short', 'dash', 'words'];

export const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    seed: fc.nat(),
    format: fc.constantFrom<BookFormat>('xlsx-exceljs', 'xlsx-sheetjs', 'xls-biff8'),
    agencies: bool(0.7),
    quocHieu: bool(0.6),
    listDate: fc.constantFrom<Layout['listDate']>('den', 'nam', 'none'),
    attachedTo: bool(0.3),
    headerRows: fc.constantFrom<Layout['headerRows']>(1, 2, 3),
    numberRow: fc.constantFrom<NumberRow>('none', 'paren', 'plain', 'letters', 'mixed'),
    shuffleColumns: bool(0.5),
    upperHeaders: bool(0.3),
    sections: fc.constantFrom<Layout['sections']>('none', 'district', 'type', 'field'),
    subtotals: bool(0.5),
    total: fc.constantFrom<Layout['total']>('none', 'top', 'bottom'),
    countLine: bool(0.3),
    signature: bool(0.6),
    blankRows: bool(0.3),
    encoding: fc.oneof(
      { weight: 4, arbitrary: fc.constant<SheetEncoding>('unicode') },
      { weight: 1, arbitrary: fc.constant<SheetEncoding>('nfd') },
      { weight: 3, arbitrary: fc.constant<SheetEncoding>('tcvn3') },
      { weight: 2, arbitrary: fc.constant<SheetEncoding>('vni') },
      { weight: 1, arbitrary: fc.constant<SheetEncoding>('columns') },
    ),
    capitalsFont: bool(0.5),
    moneyUnit: fc.constantFrom<MoneyUnit>('trieu', 'nghin', 'dong', 'ty'),
    moneyUnitWhere: fc.constantFrom<Layout['moneyUnitWhere']>('header', 'dvt', 'group'),
    incomeUnit: fc.constantFrom<IncomeUnit>('trieu', 'nghin', 'dong'),
    numbersAsText: fc.constantFrom<Layout['numbersAsText']>(0, 1, 2),
    negatives: fc.constantFrom<Layout['negatives']>('minus', 'paren'),
    dates: fc.subarray([...DATE_STYLES], { minLength: 1 }),
    statusMode: fc.oneof(
      { weight: 3, arbitrary: fc.constant<Layout['statusMode']>('column') },
      { weight: 1, arbitrary: fc.constant<Layout['statusMode']>('notes') },
    ),
    blankWhenActive: fc.boolean(),
    address: fc.constantFrom<AddressStyle>('split', 'village-commune', 'single', 'bare-commune'),
    districtFromSection: fc.boolean(),
    columns: columnsArb,
    regCodeAsNumber: fc.boolean(),
    formulasInTotals: fc.boolean(),
    thtSheet: bool(0.4),
    ocop: ocopArb,
    emptySheets: bool(0.3),
    ocopFirst: bool(0.2),
  })
  .map((l) => ({ ...l, columns: { ...l.columns, status: l.statusMode === 'column' } }));
