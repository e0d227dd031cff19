/**
 * Vietnamese formatting, parsing and text folding shared by the renderer grids, the importer and the
 * reports. Pure TypeScript: no Node, no DOM, no locale data, so every door prints the same bytes.
 */
export type { VnErrorCode, VnFailure } from './result';
export { type FormatNumberOptions, formatNumber } from './vn-number';
export {
  type NumberNotation,
  type ParseNumberOptions,
  type ParseNumberResult,
  parseVnNumber,
} from './vn-number-parse';
export {
  type MoneyUnit,
  MONEY_UNIT_LABEL,
  MONEY_UNIT_POWER,
  detectMoneyUnit,
  fromDong,
  parseMoney,
  toDong,
  unitFactor,
} from './vn-money';
export { type ParseDateOptions, type ParseDateResult, type VnDateValue, parseVnDate } from './vn-date';
export { type ExcelDateResult, type ExcelDateSystem, excelSerialToIso, isoToExcelSerial } from './vn-excel-date';
export { formatVnDate, formatVnDateLong, formatVnDateTime } from './vn-date-format';
export {
  type CountScaleOptions,
  type MoneyScaleOptions,
  formatCountScale,
  formatMoneyScale,
  formatShare,
} from './vn-scale';
export { buildSearchKey, compileSearch, foldVietnamese, matchesSearch } from './text-fold';
export { normalizeOrgName } from './org-name';
export { ORG_ABBREVIATIONS } from './abbreviations';
export { type ToneStyle, placeToneMarks } from './vn-tone';
