/**
 * Vietnamese formatting, parsing and text folding shared by the renderer grids, the importer and the
 * reports. Pure TypeScript: no Node, no DOM, no locale data, so every door prints the same bytes.
 */
export type { VnErrorCode, VnFailure } from './result.ts';
export { type FormatNumberOptions, formatNumber } from './vn-number.ts';
export { type NumberNotation, type ParseNumberOptions, type ParseNumberResult, parseVnNumber } from './vn-number-parse.ts';
export {
  type MoneyUnit,
  MONEY_UNIT_LABEL,
  MONEY_UNIT_POWER,
  detectMoneyUnit,
  fromDong,
  parseMoney,
  toDong,
  unitFactor,
} from './vn-money.ts';
export { type ParseDateOptions, type ParseDateResult, type VnDateValue, parseVnDate } from './vn-date.ts';
export { type ExcelDateResult, type ExcelDateSystem, excelSerialToIso, isoToExcelSerial } from './vn-excel-date.ts';
export { formatVnDate, formatVnDateLong, formatVnDateTime } from './vn-date-format.ts';
export { type CountScaleOptions, type MoneyScaleOptions, formatCountScale, formatMoneyScale, formatShare } from './vn-scale.ts';
export { buildSearchKey, compileSearch, foldVietnamese, matchesSearch } from './text-fold.ts';
export { normalizeOrgName } from './org-name.ts';
export { ORG_ABBREVIATIONS } from './abbreviations.ts';
export { type ToneStyle, placeToneMarks } from './vn-tone.ts';
export { xmlSafeDeep, xmlSafeText } from './xml-text.ts';
