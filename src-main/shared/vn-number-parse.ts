/**
 * Reading numbers typed by clerks or stored as text in old spreadsheets.
 *
 * The one real ambiguity is a single dot: in Vietnamese files "1.580" is one thousand five hundred and
 * eighty, but a number written by a program (or typed on an English keyboard habit) may use the dot as the
 * decimal point: "1580.5", "4.67". The 'auto' rule, in order:
 *   1. If every dot is followed by exactly 3 digits and the first group is 1–3 digits not starting with 0
 *      ("1.580", "12.000.000"), the dots group thousands. This is how every Vietnamese file writes
 *      thousands, so it wins: "1.580" = 1580, "4.670" = 4670.
 *   2. Otherwise a single dot cannot be a thousands separator and can only be a decimal point:
 *      "1580.5", "4.67", "0.580", ".5".
 *   3. A comma is always the decimal point ("4,67", "1,580" = 1,58); two commas ("1,2,3" and even the English
 *      "1,234,567") are refused rather than guessed, since a column mixing conventions would be misread.
 *   4. With both signs, the later one is the decimal point: "1.234.567,5" (Vietnamese), "1,234.5" (English).
 * `notation` says which convention a value was read with, so the importer can notice a column that mixes
 * 'vn' and 'en' readings and ask the clerk, and can re-read a whole column with `separators: 'en'`.
 * Failures never fall back to 0: a cell that cannot be read is reported.
 */
import { decimalFromPlain, decimalToNumber } from './decimal.ts';
import { type VnFailure, fail, quote } from './result.ts';

/** 'vn': "1.234,5"; 'en': "1,234.5"; 'plain': no separator at all ("1580"), or a number value. */
export type NumberNotation = 'vn' | 'en' | 'plain';

export interface ParseNumberOptions {
  /** 'auto' (default) as described above; 'vn' or 'en' force one convention for a whole column. */
  separators?: 'auto' | 'vn' | 'en';
  /** Refuse fractions (member and worker counts): "16,3" is an error, "16,0" is 16. */
  integer?: boolean;
}

export type ParseNumberResult = { ok: true; value: number; notation: NumberNotation } | VnFailure;

interface Unsigned {
  int: string;
  frac: string;
  notation: NumberNotation;
}

const MINUS = new Set(['-', '\u2212', '\u2013']); // hyphen-minus, minus sign, en dash (Word autocorrect)
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g; // zero-width characters and a stray BOM from CSV
const GROUPING_MSG = 'dấu ngăn cách hàng nghìn phải đứng trước đúng 3 chữ số (ví dụ 1.580.000)';

/** First group 1–3 digits without a leading zero, then groups of exactly 3. */
function isGrouped(groups: readonly string[]): boolean {
  return groups.length > 1 && /^[1-9]\d{0,2}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** Splits "int<sep>frac" where the integer part may be grouped by `group` (or be ungrouped digits). */
function withDecimal(s: string, decimalSep: string, group: string, notation: NumberNotation): Unsigned | string {
  const at = s.lastIndexOf(decimalSep);
  const intText = s.slice(0, at);
  const frac = s.slice(at + 1);
  if (!/^\d+$/.test(frac)) return 'sau dấu thập phân phải có chữ số';
  if (intText.includes(group)) {
    if (!isGrouped(intText.split(group))) return GROUPING_MSG;
    return { int: intText.split(group).join(''), frac, notation };
  }
  if (!/^\d*$/.test(intText)) return 'chỉ được có một dấu thập phân';
  return { int: intText, frac, notation };
}

/** Spaces group thousands ("1 580 000", French-style exports); then "," or "." may only mark decimals. */
function readSpaceGrouped(s: string, mode: 'auto' | 'vn' | 'en'): Unsigned | string {
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots + commas > 1) return 'không được vừa dùng dấu cách vừa dùng dấu chấm, dấu phẩy để ngăn cách';
  if (dots + commas === 0) {
    return isGrouped(s.split(' ')) ? { int: s.split(' ').join(''), frac: '', notation: 'plain' } : GROUPING_MSG;
  }
  const sep = dots === 1 ? '.' : ',';
  // "1 580.000" could be a decimal or a mistyped "1.580.000": refuse rather than guess.
  if (sep === '.' && /\.\d{3}$/.test(s)) return 'không rõ dấu chấm ngăn cách hàng nghìn hay là dấu thập phân';
  if ((sep === '.' && mode === 'vn') || (sep === ',' && mode === 'en')) return 'dấu thập phân không đúng định dạng đã chọn';
  return withDecimal(s, sep, ' ', sep === ',' ? 'vn' : 'en');
}

function readUnsigned(s: string, mode: 'auto' | 'vn' | 'en'): Unsigned | string {
  const exp = /^(\d+)(?:([.,])(\d+))?[eE]([+-]?\d+)$/.exec(s);
  if (exp) {
    // Scientific notation ("5,4E+09" as Excel shows a long number): a single sign here is always decimal.
    const sep = exp[2];
    const notation: NumberNotation = sep === ',' ? 'vn' : sep === '.' ? 'en' : 'plain';
    const e = Number(exp[4]);
    const digits = (exp[1] ?? '') + (exp[3] ?? '');
    const pointAt = (exp[1] ?? '').length + e;
    if (pointAt > 400 || pointAt < -400) return 'số mũ quá lớn';
    const padded = pointAt > digits.length ? digits + '0'.repeat(pointAt - digits.length) : digits;
    return pointAt <= 0
      ? { int: '0', frac: '0'.repeat(-pointAt) + digits, notation }
      : { int: padded.slice(0, pointAt), frac: padded.slice(pointAt), notation };
  }
  if (s.includes(' ')) return readSpaceGrouped(s, mode);
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots === 0 && commas === 0) return { int: s, frac: '', notation: 'plain' };
  if (dots > 0 && commas > 0) {
    const decimalSep = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    if (count(s, decimalSep) > 1) return 'chỉ được có một dấu thập phân';
    if ((decimalSep === '.' && mode === 'vn') || (decimalSep === ',' && mode === 'en')) {
      return 'dấu thập phân không đúng định dạng đã chọn';
    }
    return withDecimal(s, decimalSep, decimalSep === ',' ? '.' : ',', decimalSep === ',' ? 'vn' : 'en');
  }
  if (dots > 0) {
    const groups = s.split('.');
    if (mode !== 'en' && isGrouped(groups)) return { int: groups.join(''), frac: '', notation: 'vn' };
    if (mode === 'vn') return GROUPING_MSG;
    if (dots > 1) return mode === 'en' ? 'chỉ được có một dấu thập phân' : GROUPING_MSG;
    return withDecimal(s, '.', ',', 'en');
  }
  if (mode === 'en') {
    const groups = s.split(',');
    return isGrouped(groups) ? { int: groups.join(''), frac: '', notation: 'en' } : GROUPING_MSG;
  }
  if (commas > 1) return 'dấu phẩy là dấu thập phân nên chỉ được có một';
  return withDecimal(s, ',', '.', 'vn');
}

/**
 * Reads a number from a cell: parseVnNumber("1.580.000") → 1580000, "4,67" → 4.67, "(1.234)" → -1234,
 * "- 1 580,5" → -1580.5. A number value passes through (NaN and ±Infinity are refused).
 */
export function parseVnNumber(input: string | number, options: ParseNumberOptions = {}): ParseNumberResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('not-finite', 'Giá trị không phải là một số hữu hạn.');
    return finish(input, 'plain', String(input), options);
  }
  const text = input.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (text === '') return fail('empty', 'Ô trống: không có số.');
  const q = quote(text);
  let s = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    // Accountants' negative: "(1.234)" is -1234.
    negative = true;
    s = (paren[1] ?? '').trim();
  } else if (s[0] === '+' || MINUS.has(s[0] ?? '')) {
    negative = s[0] !== '+';
    s = s.slice(1).trim();
  }
  if (s === '') return fail('invalid', `Không đọc được ${q} thành số.`);
  // An "e" is allowed only as the exponent of scientific notation; anywhere else it is a stray letter.
  const isScientific = /^[\d.,]+[eE][+-]?\d+$/.test(s);
  const bad = isScientific ? null : (/[^\d.,eE ]/.exec(s) ?? /[eE]/.exec(s));
  if (bad) return fail('invalid', `Không đọc được ${q} thành số: có ký tự “${bad[0]}”.`);
  const u = readUnsigned(s, options.separators ?? 'auto');
  if (typeof u === 'string') return fail('invalid', `Không đọc được ${q} thành số: ${u}.`);
  const d = decimalFromPlain(`${negative ? '-' : ''}${u.int === '' ? '0' : u.int}.${u.frac}`);
  if (!d) return fail('invalid', `Không đọc được ${q} thành số.`);
  if (options.integer && d.exponent < 0) return fail('invalid', `${q} phải là số nguyên.`);
  return finish(decimalToNumber(d), u.notation, text, options);
}

function finish(value: number, notation: NumberNotation, text: string, options: ParseNumberOptions): ParseNumberResult {
  // Beyond 2^53 integers are no longer exact: a figure that large in đồng is a typo, not data.
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return fail('out-of-range', `Số ${quote(text)} quá lớn.`);
  if (options.integer && !Number.isInteger(value)) return fail('invalid', `${quote(text)} phải là số nguyên.`);
  return { ok: true, value: value === 0 ? 0 : value, notation };
}
