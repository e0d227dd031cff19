/**
 * Cells that hold no value, and what each kind of "nothing" means. A blank is never read as zero, and
 * none of these is an error:
 *
 * | cell                          | number fields (int, money)  | every other field                  |
 * |-------------------------------|-----------------------------|------------------------------------|
 * | empty, spaces only            | null — not given ('empty')  | null ('empty')                      |
 * | "-", "–", "—", "--", "…"      | 0 ('dash')                  | null ('dash')                       |
 * | "x", "X"                      | null ('x')                  | null ('x')                          |
 * | "N/A", "NA", "không có", "?"  | null ('na')                 | null ('na')                         |
 * | 0, "0"                        | 0 — a real zero             | null ('zero')                       |
 *
 * Why: Excel's accounting format prints zero as a dash and clerks copy it by hand, so in a number
 * column a dash is zero; "x" marks a cell that does not apply (totals rows, figures a THT does not
 * report); "N/A"-like words say the value is unknown; and a 0 in a date, code or name column is what a
 * formula or an empty date cell leaves behind, not data. The kind is kept on the row (`blanks`) so the
 * preview can show "x" and "N/A" apart from an empty cell.
 */
import type { FieldKind } from '../../../../contract/fields.ts';
import { foldVietnamese } from '../../../../shared/index.ts';

export type BlankKind = 'empty' | 'dash' | 'x' | 'na' | 'zero';

const DASH = /^(?:[-–—]{1,3}|…|\.{2,3}|_+)$/;
const NA = /^(?:n\/?a|#n\/a|khong co|chua co|k\/c|kc|khong ro|chua ro|chua xac dinh|khong xac dinh|\?+|none|null|nil)$/;

/**
 * Whether a text can fold into one of the NA words, told without folding it: folding every name, or
 * every number written as text, of a large sheet costs seconds. NA words are short, made of letters,
 * spaces, "/", "#" and "?", and have a letter or "?". Folding makes no letter or "?" out of anything
 * else, and leaves ASCII digits and punctuation as they are.
 */
function mayBeNa(t: string): boolean {
  return t.length <= 20 && /[\p{L}?]/u.test(t) && !/[^\sA-Za-z/#?\u0080-\uffff]/.test(t);
}

function isNumberKind(kind: FieldKind): boolean {
  return kind === 'int' || kind === 'money';
}

/**
 * The blank kind of a cell's text, and the value it stands for (0 for a dash or zero in a number field).
 * Undefined when the text is a value to be read.
 */
export function blankOf(text: string, kind: FieldKind): { blank: BlankKind; value: 0 | null } | undefined {
  const t = text.trim();
  if (t === '') return { blank: 'empty', value: null };
  if (DASH.test(t)) return { blank: 'dash', value: isNumberKind(kind) ? 0 : null };
  if (t === 'x' || t === 'X') return { blank: 'x', value: null };
  if (mayBeNa(t) && NA.test(foldVietnamese(t))) return { blank: 'na', value: null };
  if (/^0+(?:[.,]0+)?$/.test(t) && !isNumberKind(kind) && kind !== 'code') return { blank: 'zero', value: null };
  if (kind === 'code' && /^0$/.test(t)) return { blank: 'zero', value: null };
  return undefined;
}
