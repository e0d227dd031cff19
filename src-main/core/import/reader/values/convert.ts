/**
 * One cell → the value of one field (CellValue of contract/fields.ts), or an error on that cell.
 * A value that cannot be read is an error with a Vietnamese reason, never a silent 0 or blank.
 */
import type { CellValue, FieldSpec } from '../../../../contract/fields.ts';
import {
  type MoneyUnit,
  MONEY_UNIT_LABEL,
  detectMoneyUnit,
  excelSerialToIso,
  parseMoney,
  parseVnDate,
  parseVnNumber,
  toDong,
} from '../../../../shared/index.ts';
import type { Cell } from '../read/model.ts';
import { type BlankKind, blankOf } from './blanks.ts';
import { readCode } from './codes.ts';
import { readEnum, readSectors, readStars } from './enums.ts';
import { aliasKey } from './aliases.ts';
import type { Sector } from '../../../../contract/vocab.ts';

/** A value read; `review` says why the clerk should still look at it (a sector taken as "Khác"). */
export type Converted = { ok: true; value: CellValue; blank?: BlankKind; review?: string } | { ok: false; error: string };

export interface ConvertContext {
  field: FieldSpec;
  date1904: boolean;
  /** Money unit of the column (from its header or the sheet's "ĐVT:"); null when unknown. */
  unit: MoneyUnit | null;
  /** Divide money by 12: an average income given per year where the field is per month. */
  perYear?: boolean;
  /** The clerk's readings of texts of this field met before (text key → code or codes). */
  aliases?: Record<string, string | string[]> | undefined;
}

const COUNT_UNITS = /\s*(?:người|ng|lđ|lao động|thành viên|tv|hộ|hộ thành viên|ngưòi)\.?$/iu;

function ok(value: CellValue): Converted {
  return { ok: true, value };
}

const UNIT_UNKNOWN = 'Chưa rõ đơn vị tính của cột (đồng, nghìn, triệu hay tỷ đồng); hãy chọn đơn vị cho cột.';

function fail(error: string): Converted {
  return { ok: false, error };
}

/** A money amount with its own unit written in the cell: "1,5 tỷ", "250 triệu", "300.000 đ". */
function inlineMoneyUnit(text: string): { number: string; unit: MoneyUnit } | undefined {
  const m = /^([-+(]?\d[\d.,\s]*?\)?)\s*([^\d.,\s()].*)$/u.exec(text.trim());
  if (!m) return undefined;
  const unit = detectMoneyUnit(m[2] ?? '');
  return unit === undefined ? undefined : { number: m[1] ?? '', unit };
}

function readMoney(cell: Cell, text: string, ctx: ConvertContext): Converted {
  const { field } = ctx;
  let dong: number;
  if (cell.type === 'n') {
    // Nought is nought in đồng, nghìn, triệu or tỷ: an unknown unit leaves nothing to ask about it.
    if (ctx.unit === null && cell.value !== 0) return fail(UNIT_UNKNOWN);
    try {
      dong = toDong(cell.value as number, ctx.unit ?? 'dong');
    } catch {
      return fail(`Số tiền “${text}” quá lớn.`);
    }
  } else {
    const inline = inlineMoneyUnit(text);
    const unit = inline?.unit ?? ctx.unit;
    const r = parseMoney(inline?.number ?? text, unit ?? 'dong');
    if (unit === null && !(r.ok && r.value === 0)) return fail(UNIT_UNKNOWN);
    if (!r.ok) return fail(r.reason);
    dong = r.value;
  }
  if (ctx.perYear === true) dong = Math.round(dong / 12);
  if (dong < 0 && field.allowNegative !== true) return fail(`${field.label} không được âm (${text}).`);
  return ok(dong);
}

function readInt(cell: Cell, text: string, field: FieldSpec): Converted {
  const r =
    cell.type === 'n'
      ? parseVnNumber(cell.value as number, { integer: true })
      : parseVnNumber(text.replace(COUNT_UNITS, ''), { integer: true });
  if (!r.ok) return fail(r.reason);
  if (r.value < 0 && field.allowNegative !== true) return fail(`${field.label} không được âm (${text}).`);
  return ok(r.value);
}

function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  // Strip quoted text and colour/locale tags before looking for day, month or year codes.
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(f) && !/^[#0.,%\s]*$/.test(f);
}

function readDate(cell: Cell, text: string, ctx: ConvertContext): Converted {
  const system = ctx.date1904 ? '1904' : '1900';
  if (cell.type === 'd') return ok(String(cell.value));
  if (cell.type === 'n') {
    const v = cell.value as number;
    if (isDateFormat(cell.format)) {
      const serial = excelSerialToIso(v, system);
      return serial.ok ? ok(serial.value) : fail(serial.reason);
    }
    // A 4-digit whole number not formatted as a date is a year ("Năm thành lập: 2015").
    const r = parseVnDate(v, { excelDateSystem: system });
    return r.ok ? ok(r.value.iso) : fail(r.reason);
  }
  const r = parseVnDate(text, { excelDateSystem: system });
  return r.ok ? ok(r.value.iso) : fail(r.reason);
}

function readYear(cell: Cell, text: string, ctx: ConvertContext): Converted {
  let year: number | undefined;
  if (cell.type === 'n' && Number.isInteger(cell.value) && !isDateFormat(cell.format)) year = cell.value as number;
  else {
    const d = readDate(cell, text, ctx);
    if (!d.ok) return fail(`Không đọc được “${text}” thành năm.`);
    year = Number(String(d.value).slice(0, 4));
  }
  if (!(year >= 1900 && year <= 2100)) return fail(`Năm “${text}” không hợp lệ.`);
  return ok(year);
}

function readText(text: string, field: FieldSpec): Converted {
  if (field.maxLength !== undefined && text.length > field.maxLength) {
    return fail(`${field.label} dài ${String(text.length)} ký tự, quá giới hạn ${String(field.maxLength)} ký tự.`);
  }
  return ok(text);
}

/**
 * Convert a cell for a field. `text` is the cell's Unicode text (TCVN3/VNI already converted); `cell`
 * gives the raw value and number format. A missing cell is an empty blank. A text cell ('s') is read
 * from `text` alone, never from its raw value or format: analyze/rows.ts remembers conversions by text.
 */
export function convertCell(cell: Cell | undefined, text: string, ctx: ConvertContext): Converted {
  const { field } = ctx;
  if (cell === undefined) return { ok: true, value: null, blank: 'empty' };
  if (cell.type === 'e') return fail(`Ô có lỗi công thức (${cell.text}); hãy sửa trong tệp gốc.`);
  if (cell.type === 'n' && cell.value === 0) {
    const numeric = field.kind === 'int' || field.kind === 'money';
    return numeric ? ok(0) : { ok: true, value: null, blank: 'zero' };
  }
  if (cell.type !== 'n') {
    const blank = blankOf(text, field.kind);
    if (blank !== undefined) return { ok: true, value: blank.value, blank: blank.blank };
  }
  switch (field.kind) {
    case 'text':
    case 'organization':
    case 'commune':
      return readText(cell.type === 'b' ? (cell.value === true ? 'Có' : 'Không') : text, field);
    case 'code': {
      const r = readCode(cell, text, field.key);
      return r.ok ? readText(r.value, field) : fail(r.error);
    }
    case 'int':
      return readInt(cell, text, field);
    case 'money':
      return readMoney(cell, text, ctx);
    case 'date':
      return readDate(cell, text, ctx);
    case 'year':
      return readYear(cell, text, ctx);
    case 'enum': {
      const learned = ctx.aliases?.[aliasKey(text)];
      if (typeof learned === 'string') return ok(learned);
      const r = readEnum(field, cell.type === 'n' ? String(cell.value) : text);
      return r.ok ? ok(r.value) : fail(r.error);
    }
    case 'multiEnum': {
      const r = readSectors(text, learnedSectors(ctx.aliases));
      if (!r.ok) return fail(r.error);
      if (r.unknown.length === 0) return ok(r.value);
      return { ok: true, value: r.value, review: `Lĩnh vực chưa có trong danh mục: “${r.unknown.join('”, “')}” — tạm xếp vào “Khác”.` };
    }
    case 'stars': {
      const r = readStars(cell, text);
      return r.ok ? ok(r.value) : fail(r.error);
    }
  }
}

const learnedMaps = new WeakMap<Record<string, string | string[]>, ReadonlyMap<string, readonly Sector[]>>();

/** The clerk's sector readings as the lexicon takes them, made once per import. */
function learnedSectors(aliases: Record<string, string | string[]> | undefined): ReadonlyMap<string, readonly Sector[]> | undefined {
  if (aliases === undefined) return undefined;
  let map = learnedMaps.get(aliases);
  if (map === undefined) {
    map = new Map(Object.entries(aliases).map(([key, v]) => [key, (Array.isArray(v) ? v : [v]) as Sector[]]));
    learnedMaps.set(aliases, map);
  }
  return map;
}

/** "(triệu đồng)" → "triệu đồng", for column descriptions. */
export function unitLabel(unit: MoneyUnit | null): string | null {
  return unit === null ? null : MONEY_UNIT_LABEL[unit];
}
