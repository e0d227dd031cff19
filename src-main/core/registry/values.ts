import { classifySectors } from '../import/reader/values/sector-lexicon.ts';
import type { CellValue, FieldSpec, Option } from '../../contract/index.ts';
import { isBlankValue } from '../../contract/fields.ts';
import { localIsoDate, readIsoDate } from '../../shared/calendar.ts';
import { foldVietnamese, parseVnDate, parseVnNumber } from '../../shared/index.ts';
import { perObject } from '../../shared/memo.ts';

/** A cell's value after checking: what is stored (null = blank), or the reason it was refused. */
export type Checked = { ok: true; value: string | number | string[] | null } | { ok: false; message: string };

const ok = (value: string | number | string[] | null): Checked => ({ ok: true, value });
const bad = (message: string): Checked => ({ ok: false, message });

/** Folded label and folded code → code, built once per option list (an import asks for every row). */
const optionIndex = perObject((options: readonly Option[]): ReadonlyMap<string, string> => {
  const index = new Map<string, string>();
  for (const o of options) {
    index.set(o.value, o.value);
    index.set(foldVietnamese(o.label), o.value);
    index.set(foldVietnamese(o.value), o.value);
  }
  return index;
});

/** Finds an option by its code or its Vietnamese label, ignoring case and diacritics ("hop tac xa" → HTX). */
function matchOption(field: FieldSpec, text: string): string | undefined {
  const index = optionIndex(field.options ?? []);
  return index.get(text) ?? index.get(foldVietnamese(text));
}

/** The sectors a text names when the lexicon knows every piece of it; undefined otherwise. */
function onlySector(text: string): string[] | undefined {
  const { codes, unknown } = classifySectors(text);
  return codes.length > 0 && unknown.length === 0 ? codes : undefined;
}

function checkNumber(field: FieldSpec, v: string | number): Checked {
  const parsed = parseVnNumber(v, { integer: field.kind !== 'money' });
  if (!parsed.ok) return bad(`${field.label}: ${parsed.reason}`);
  const n = parsed.value;
  if (field.kind === 'money' && !Number.isInteger(n)) return bad(`${field.label}: số tiền phải là số đồng nguyên.`);
  if (!Number.isSafeInteger(n)) return bad(`${field.label}: số quá lớn.`);
  if (n < 0 && !field.allowNegative) return bad(`${field.label}: không được âm.`);
  return ok(n);
}

function checkDate(field: FieldSpec, v: string | number): Checked {
  if (typeof v === 'string' && readIsoDate(v.trim())) return ok(v.trim());
  const parsed = parseVnDate(v);
  if (!parsed.ok) return bad(`${field.label}: ${parsed.reason}`);
  if (parsed.value.precision !== 'day' && !field.partialDate) return bad(`${field.label}: cần ngày đầy đủ (dd/mm/yyyy).`);
  return ok(parsed.value.iso);
}

/**
 * Normalizes one value by its field's kind. Never turns a bad value into 0 or blank: it either returns
 * the stored form or a Vietnamese reason.
 */
export function checkValue(field: FieldSpec, v: CellValue): Checked {
  if (isBlankValue(v)) return field.required ? bad(`${field.label}: không được để trống.`) : ok(null);
  if (Array.isArray(v) && field.kind !== 'multiEnum') return bad(`${field.label}: giá trị không hợp lệ.`);
  switch (field.kind) {
    case 'text': {
      const s = String(v).trim();
      if (field.maxLength && s.length > field.maxLength) return bad(`${field.label}: dài quá ${field.maxLength} ký tự.`);
      return ok(s);
    }
    case 'code': {
      // A code typed or pasted as a number keeps its digits; a fraction or exponent form is not a code.
      const s = typeof v === 'number' ? (Number.isSafeInteger(v) ? String(v) : '') : String(v).trim();
      if (s === '') return bad(`${field.label}: mã phải là dãy ký tự, không phải số thập phân.`);
      if (field.maxLength && s.length > field.maxLength) return bad(`${field.label}: dài quá ${field.maxLength} ký tự.`);
      return ok(s);
    }
    case 'int':
    case 'money':
      return checkNumber(field, v as string | number);
    case 'year': {
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      const max = new Date().getFullYear() + 1;
      return Number.isInteger(n) && n >= 1945 && n <= max ? ok(n) : bad(`${field.label}: năm phải từ 1945 đến ${max}.`);
    }
    case 'stars': {
      const m = /^\s*([345])\s*(?:sao|\*|★)?\s*$/i.exec(String(v));
      return m ? ok(Number(m[1])) : bad(`${field.label}: hạng sao phải là 3, 4 hoặc 5.`);
    }
    case 'date':
      return checkDate(field, v as string | number);
    case 'enum': {
      const code = matchOption(field, String(v).trim());
      return code ? ok(code) : bad(`${field.label}: "${String(v)}" không có trong danh sách.`);
    }
    case 'multiEnum': {
      // Labels may hold commas ("Nông, lâm, ngư nghiệp"): split on ";" first, on "," only when that fails.
      // A label of an older version of the list, or a sub-sector ("trồng lúa"), names its sector too.
      const read = (text: string): string[] | undefined => {
        const code = matchOption(field, text);
        return code !== undefined ? [code] : field.key === 'sectors' ? onlySector(text) : undefined;
      };
      const parts = Array.isArray(v) ? v : String(v).split(/[;\n]/);
      const codes: string[] = [];
      for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
        const pieces = read(p)
          ? [p]
          : p
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean);
        for (const piece of pieces) {
          const found = read(piece);
          if (!found) return bad(`${field.label}: "${piece}" không có trong danh sách.`);
          for (const code of found) if (!codes.includes(code)) codes.push(code);
        }
      }
      return ok(codes);
    }
    case 'commune': {
      const s = String(v).trim();
      return /^\d{5}$/.test(s) ? ok(s) : bad(`${field.label}: chọn xã/phường trong danh sách.`);
    }
    case 'organization': {
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      return Number.isSafeInteger(n) && n > 0 ? ok(n) : bad(`${field.label}: chọn tổ chức trong danh sách.`);
    }
  }
}

export { localIsoDate };
