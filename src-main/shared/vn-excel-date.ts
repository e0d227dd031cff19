/**
 * Excel date serials. A workbook uses one of two systems (SheetJS reports which one: `wb.Workbook.WBProps.date1904`):
 *  - 1900 system (Windows default): serial 1 is 1900-01-01. Excel copies Lotus 1-2-3 in believing 1900 was a
 *    leap year, so serial 60 is the non-existent 29/02/1900 and every serial from 61 on is one more than the
 *    true day count. We reproduce this so serials ≥ 61 (every real date in the registry) convert the way
 *    Excel shows them, and refuse serial 60 rather than invent a date.
 *  - 1904 system (old Mac workbooks): serial 0 is 1904-01-01, no bug.
 * A fractional part is the time of day and is dropped; it is first rounded to the millisecond so a serial a
 * hair below midnight (float error from a computed cell) lands on the day Excel displays.
 */
import { type Ymd, MS_PER_DAY, epochDay, fromEpochDay, isoDate, readIsoDate } from './calendar.ts';
import { type VnFailure, fail } from './result.ts';

export type ExcelDateSystem = '1900' | '1904';

export type ExcelDateResult = { ok: true; value: string } | VnFailure;

const EPOCH_1899_12_30 = epochDay({ year: 1899, month: 12, day: 30 });
const EPOCH_1899_12_31 = epochDay({ year: 1899, month: 12, day: 31 });
const EPOCH_1904_01_01 = epochDay({ year: 1904, month: 1, day: 1 });
/** Largest serials Excel accepts: 31/12/9999 in each system. */
const MAX_SERIAL: Readonly<Record<ExcelDateSystem, number>> = { '1900': 2_958_465, '1904': 2_957_003 };

/** excelSerialToIso(43539) → '2019-03-15'; excelSerialToIso(42077, '1904') → '2019-03-15'. */
export function excelSerialToIso(serial: number, system: ExcelDateSystem = '1900'): ExcelDateResult {
  if (!Number.isFinite(serial)) return fail('not-finite', 'Giá trị không phải là một số hữu hạn.');
  const day = Math.floor(Math.round(serial * MS_PER_DAY) / MS_PER_DAY);
  const min = system === '1900' ? 1 : 0;
  if (day < min || day > MAX_SERIAL[system]) {
    return fail('out-of-range', `Số ${String(serial)} không phải là ngày Excel hợp lệ (hệ ngày ${system}).`);
  }
  if (system === '1904') return { ok: true, value: toIso(fromEpochDay(EPOCH_1904_01_01 + day)) };
  if (day === 60) {
    return fail('excel-1900-leap-bug', 'Ngày 29/02/1900 không có thật (lỗi năm nhuận 1900 của Excel); hãy nhập lại ngày.');
  }
  return { ok: true, value: toIso(fromEpochDay((day < 60 ? EPOCH_1899_12_31 : EPOCH_1899_12_30) + day)) };
}

/** The serial Excel stores for a date: isoToExcelSerial('2019-03-15') → 43539. Throws RangeError for a bad ISO date. */
export function isoToExcelSerial(iso: string, system: ExcelDateSystem = '1900'): number {
  const ymd = readIsoDate(iso);
  if (!ymd) throw new RangeError(`isoToExcelSerial: not an ISO date: ${iso}`);
  const days = epochDay(ymd);
  if (system === '1904') {
    if (days < EPOCH_1904_01_01) throw new RangeError(`isoToExcelSerial: ${iso} is before 1904-01-01`);
    return days - EPOCH_1904_01_01;
  }
  if (days <= EPOCH_1899_12_31) throw new RangeError(`isoToExcelSerial: ${iso} is before 1900-01-01`);
  // Dates from 1900-03-01 on carry Excel's phantom 29/02/1900.
  return days < EPOCH_1899_12_31 + 60 ? days - EPOCH_1899_12_31 : days - EPOCH_1899_12_30;
}

function toIso(ymd: Ymd): string {
  return isoDate(ymd.year, ymd.month, ymd.day);
}
