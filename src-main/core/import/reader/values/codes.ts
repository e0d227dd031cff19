/**
 * Codes (mã số HTX, mã số thuế, phone numbers, decision numbers) are text even when Excel stored them as
 * numbers. A number loses its leading zeros and Excel may show it as 5,4E+09; we rebuild the digits:
 * - from the raw number (exact up to 2^53, so every 10- or 13-digit code survives);
 * - padded to the width of a "0000000000" number format, when the cell has one;
 * - registration and tax codes have 10 or 13 digits: a 9- or 12-digit number lost one leading zero;
 * - Vietnamese phone numbers start with 0 (or the country code 84): a number without it lost it.
 * Text in scientific notation ("5,4E+09") was copied from Excel's display: its digits are gone, and
 * the cell is an error rather than a guess.
 */
import type { Cell } from '../read/model.ts';

export type CodeResult = { ok: true; value: string } | { ok: false; error: string };

function digitsOf(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || !Number.isSafeInteger(n)) return undefined;
  return BigInt(n).toString();
}

/** Width of an all-zero number format: "0000000000" → 10, '00000' → 5. */
function zeroFormatWidth(format: string | undefined): number | undefined {
  if (format === undefined) return undefined;
  const f = format.replace(/\\|"/g, '');
  return /^0{2,}$/.test(f) ? f.length : undefined;
}

export function readCode(cell: Cell, text: string, fieldKey: string): CodeResult {
  if (cell.type === 'n') {
    const value = cell.value as number;
    const digits = digitsOf(value);
    if (digits === undefined) {
      return Number.isSafeInteger(Math.trunc(value)) || !Number.isFinite(value)
        ? { ok: false, error: `Mã “${cell.text}” có phần lẻ thập phân; mã phải là dãy chữ số.` }
        : { ok: false, error: `Mã “${cell.text}” quá dài nên Excel đã làm tròn; hãy định dạng cột là Văn bản (Text) rồi nhập lại.` };
    }
    const width = zeroFormatWidth(cell.format);
    let code = width !== undefined ? digits.padStart(width, '0') : digits;
    if (fieldKey === 'regCode' && (code.length === 9 || code.length === 12)) code = `0${code}`;
    if (fieldKey === 'phone' && !code.startsWith('0') && !code.startsWith('84')) code = `0${code}`;
    return { ok: true, value: code };
  }
  const t = text.trim().replace(/\s+/g, ' ');
  if (/^\d+(?:[.,]\d+)?e\+?\d+$/i.test(t.replace(/\s/g, ''))) {
    return { ok: false, error: `Mã “${t}” đã bị Excel rút gọn thành dạng số mũ nên mất chữ số; hãy lấy lại mã đầy đủ.` };
  }
  return { ok: true, value: t };
}
