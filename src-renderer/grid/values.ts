/**
 * Cell values ⇄ the text a clerk sees, types and pastes, for each kind of field in contract/fields.ts.
 * Stored values are the contract's: integer đồng, ISO dates, option codes, commune codes, organization
 * ids; null is blank and never the same as 0. Text is Vietnamese: 1.580.000; 1,58; 15/03/2019; labels.
 * What formatCell writes, parseCell reads back to the same value (the copy → paste round trip).
 */
import type { CellValue, FieldSpec, Option } from '../../src-main/contract/fields.ts';
import { compileSearch, buildSearchKey, foldVietnamese } from '../../src-main/shared/text-fold.ts';
import { formatVnDate } from '../../src-main/shared/vn-date-format.ts';
import { parseVnDate } from '../../src-main/shared/vn-date.ts';
import { MONEY_UNIT_LABEL, fromDong, parseMoney, type MoneyUnit } from '../../src-main/shared/vn-money.ts';
import { formatNumber } from '../../src-main/shared/vn-number.ts';
import { parseVnNumber } from '../../src-main/shared/vn-number-parse.ts';
import type { CommuneBook, OrgBook } from './books.ts';

export interface ValueContext {
  /** The money unit the grid shows and reads money in; stored values stay in đồng. */
  unit: MoneyUnit;
  communes: CommuneBook;
  orgs: OrgBook;
}

export type Parsed =
  | { ok: true; value: CellValue }
  | { ok: false; reason: string }
  /** Not known locally: the caller asks the core (communes by former names) before deciding. */
  | { ok: 'lookup'; text: string };

/** Separator of several options in one cell; labels themselves contain commas ("Nông, lâm, ngư nghiệp"). */
export const MULTI_SEPARATOR = '; ';

const YEAR_MIN = 1945;
const YEAR_MAX = 2100;

function optionLabel(options: readonly Option[] | undefined, value: string): string {
  return options?.find((o) => o.value === value)?.label ?? value;
}

/** The text of a cell as shown, copied and printed. */
export function formatCell(spec: FieldSpec, value: CellValue | undefined, ctx: ValueContext): string {
  if (value === null || value === undefined) return '';
  switch (spec.kind) {
    case 'int':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'money':
      return typeof value === 'number' ? formatNumber(fromDong(value, ctx.unit)) : String(value);
    case 'year':
    case 'stars':
      return String(value);
    case 'date':
      if (typeof value !== 'string') return String(value);
      try {
        return formatVnDate(value);
      } catch {
        return value; // a malformed date from old data is shown as stored rather than hidden
      }
    case 'enum':
      return optionLabel(spec.options, String(value));
    case 'multiEnum':
      return (Array.isArray(value) ? value : [String(value)]).map((v) => optionLabel(spec.options, v)).join(MULTI_SEPARATOR);
    case 'commune':
      return ctx.communes.label(String(value)) ?? String(value);
    case 'organization':
      return typeof value === 'number' ? (ctx.orgs.name(value) ?? `Tổ chức số ${String(value)}`) : String(value);
    case 'text':
    case 'code':
      return Array.isArray(value) ? value.join(MULTI_SEPARATOR) : String(value);
  }
}

/** Column header: money columns say their unit, "Doanh thu (triệu đồng)". */
export function headerOf(spec: FieldSpec, unit: MoneyUnit): string {
  return spec.kind === 'money' ? `${spec.label} (${MONEY_UNIT_LABEL[unit]})` : spec.label;
}

function matchOption(options: readonly Option[], text: string): Option | 'ambiguous' | undefined {
  const t = text.trim();
  const folded = foldVietnamese(t);
  const exact = options.find((o) => o.value.toLowerCase() === t.toLowerCase() || foldVietnamese(o.label) === folded);
  if (exact) return exact;
  // "htx" finds "Hợp tác xã", "tam ngung" finds "Tạm ngừng hoạt động"; only a single match is taken.
  const test = compileSearch(t);
  const found = options.filter((o) => test(buildSearchKey(`${o.label} ${o.value}`)));
  if (found.length === 1) return found[0];
  return found.length > 1 ? 'ambiguous' : undefined;
}

function allowedList(options: readonly Option[] | undefined): string {
  return (options ?? []).map((o) => o.label).join('; ');
}

function quote(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 37)}…` : text}”`;
}

/** Checks a value already in stored form (from a dropdown, a fill or an undo): required, range, length. */
export function checkCell(spec: FieldSpec, value: CellValue): string | null {
  if (value === null || (Array.isArray(value) && value.length === 0) || value === '') {
    return spec.required ? `“${spec.label}” không được để trống.` : null;
  }
  switch (spec.kind) {
    case 'text':
    case 'code':
      if (typeof value !== 'string') return `“${spec.label}” phải là chữ.`;
      if (spec.maxLength !== undefined && value.length > spec.maxLength) return `“${spec.label}” dài quá ${String(spec.maxLength)} ký tự.`;
      return null;
    case 'int':
    case 'money':
      if (typeof value !== 'number' || !Number.isInteger(value)) return `“${spec.label}” phải là số nguyên.`;
      if (value < 0 && !spec.allowNegative) return `“${spec.label}” không được âm.`;
      return null;
    case 'year':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX)
        return `Năm phải từ ${String(YEAR_MIN)} đến ${String(YEAR_MAX)}.`;
      return null;
    case 'stars':
      return typeof value === 'number' && Number.isInteger(value) && value >= 3 && value <= 5 ? null : 'Hạng sao phải là 3, 4 hoặc 5.';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : `“${spec.label}” phải là một ngày.`;
    case 'enum':
      return typeof value === 'string' && (spec.options ?? []).some((o) => o.value === value)
        ? null
        : `“${spec.label}” chỉ nhận: ${allowedList(spec.options)}.`;
    case 'multiEnum':
      return Array.isArray(value) && value.every((v) => (spec.options ?? []).some((o) => o.value === v))
        ? null
        : `“${spec.label}” chỉ nhận: ${allowedList(spec.options)}.`;
    case 'commune':
      return typeof value === 'string' ? null : `“${spec.label}” phải là một xã/phường.`;
    case 'organization':
      return typeof value === 'number' && Number.isInteger(value) && value > 0 ? null : `“${spec.label}” phải là một tổ chức trong sổ.`;
  }
}

function checked(spec: FieldSpec, value: CellValue): Parsed {
  const reason = checkCell(spec, value);
  return reason === null ? { ok: true, value } : { ok: false, reason };
}

/** Reads typed or pasted text into a stored value, or says why it cannot. */
export function parseCell(spec: FieldSpec, input: string, ctx: ValueContext): Parsed {
  const text = input.replace(/\u00a0/g, ' ').trim();
  if (text === '') return checked(spec, null);
  switch (spec.kind) {
    case 'text':
    case 'code':
      return checked(spec, spec.kind === 'text' ? input.trim() : text);
    case 'int': {
      const r = parseVnNumber(text, { integer: true });
      return r.ok ? checked(spec, r.value) : { ok: false, reason: r.reason };
    }
    case 'money': {
      const r = parseMoney(text, ctx.unit);
      return r.ok ? checked(spec, r.value) : { ok: false, reason: r.reason };
    }
    case 'year': {
      const r = parseVnNumber(text, { integer: true, separators: 'en' });
      return r.ok ? checked(spec, r.value) : { ok: false, reason: `Năm ${quote(text)} không hợp lệ.` };
    }
    case 'stars': {
      const stars = /^[★☆*]+$/.test(text)
        ? [...text].filter((c) => c === '★' || c === '*').length
        : Number(/^(\d)\s*(sao)?$/i.exec(text)?.[1] ?? NaN);
      return Number.isNaN(stars) ? { ok: false, reason: 'Hạng sao phải là 3, 4 hoặc 5.' } : checked(spec, stars);
    }
    case 'date': {
      const r = parseVnDate(text);
      if (!r.ok) return { ok: false, reason: r.reason };
      if (r.value.precision !== 'day') return { ok: false, reason: `Cần ghi đủ ngày/tháng/năm, ví dụ 15/03/2019 (đã ghi ${quote(text)}).` };
      return checked(spec, r.value.iso);
    }
    case 'enum': {
      const o = matchOption(spec.options ?? [], text);
      if (o === 'ambiguous')
        return { ok: false, reason: `${quote(text)} khớp với nhiều lựa chọn; hãy ghi rõ hơn (${allowedList(spec.options)}).` };
      return o
        ? { ok: true, value: o.value }
        : { ok: false, reason: `${quote(text)} không có trong danh mục “${spec.label}”: ${allowedList(spec.options)}.` };
    }
    case 'multiEnum': {
      const values: string[] = [];
      const options = spec.options ?? [];
      for (const part of text
        .split(/[;\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== '')) {
        // A label may hold commas, so "," separates items only when the whole part is not one label.
        const whole = matchOption(options, part);
        const pieces =
          whole !== undefined && whole !== 'ambiguous'
            ? [part]
            : part
                .split(',')
                .map((p) => p.trim())
                .filter((p) => p !== '');
        for (const piece of pieces) {
          const o = matchOption(options, piece);
          if (o === undefined || o === 'ambiguous')
            return { ok: false, reason: `${quote(piece)} không có trong danh mục “${spec.label}” (các mục cách nhau bằng dấu chấm phẩy).` };
          if (!values.includes(o.value)) values.push(o.value);
        }
      }
      return checked(spec, values);
    }
    case 'commune': {
      const code = ctx.communes.resolve(text);
      if (code === 'ambiguous') return { ok: false, reason: `Có nhiều xã/phường tên ${quote(text)}; hãy chọn trong danh sách.` };
      return code === undefined ? { ok: 'lookup', text } : { ok: true, value: code };
    }
    case 'organization': {
      const id = ctx.orgs.resolve(text);
      if (id === 'ambiguous') return { ok: false, reason: `Có nhiều tổ chức tên ${quote(text)}; hãy ghi mã số hoặc chọn trong danh sách.` };
      return id === undefined ? { ok: false, reason: `Không tìm thấy tổ chức ${quote(text)} trong sổ.` } : { ok: true, value: id };
    }
  }
}

/**
 * What an editor hands back: typed text is parsed; a value picked from a list is only checked.
 * Editors return strings for text they collect and stored values for what they pick.
 */
export function acceptEditorValue(spec: FieldSpec, raw: unknown, ctx: ValueContext): Parsed {
  if (raw === undefined || raw === null) return checked(spec, null);
  if (typeof raw === 'string') {
    // A dropdown returns an option's code, which parseCell also reads.
    return parseCell(spec, raw, ctx);
  }
  if (typeof raw === 'number') return checked(spec, raw);
  if (Array.isArray(raw) && raw.every((v): v is string => typeof v === 'string')) return checked(spec, raw);
  return { ok: false, reason: 'Giá trị không hợp lệ.' };
}

/** Blank and equal values compare the way the core stores them: [] and null are both blank lists. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  if (blank(a) && blank(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
