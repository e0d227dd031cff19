/**
 * Values written the clerks' ways: Vietnamese number text ("1.234,5"), accounting negatives "(1.234)", money
 * in a chosen unit with exactly the decimals it needs, dates as Excel serials or day-first text.
 */
import type { Cell } from './grid.ts';
import { num, text } from './grid.ts';
import type { DateStyle, IncomeUnit, Layout, MoneyUnit } from './layout.ts';
import type { Figure, KnownDate, Ymd } from './model.ts';
import type { Rng } from './rng.ts';

export const MONEY_FACTOR: Record<MoneyUnit, number> = { ty: 1e9, trieu: 1e6, nghin: 1e3, dong: 1 };

/** Digits after the comma needed to write `dong` exactly in a unit of `factor` đồng. */
export function decimalsFor(dong: number, factor: number): number {
  let d = 0;
  while (d < 9 && Math.abs(dong) % (factor / 10 ** d) !== 0) d++;
  return d;
}

/** 1234567.5 → "1.234.567,5" with exactly `decimals` digits after the comma. */
export function viNumber(value: number, decimals: number): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

function numberFormat(decimals: number): string {
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** A number as a number cell or as Vietnamese text, negatives with a minus or in brackets. */
export function numberCell(value: number, decimals: number, layout: Layout, rng: Rng): Cell {
  const asText = layout.numbersAsText === 2 || (layout.numbersAsText === 1 && rng.chance(0.4));
  if (!asText) {
    const fmt = layout.negatives === 'paren' ? `${numberFormat(decimals)};(${numberFormat(decimals)})` : numberFormat(decimals);
    return num(value, fmt);
  }
  if (value < 0 && layout.negatives === 'paren') return text(`(${viNumber(-value, decimals)})`);
  return text(viNumber(value, decimals));
}

export function moneyCell(dong: number, unit: MoneyUnit | IncomeUnit, layout: Layout, rng: Rng): Cell {
  const factor = MONEY_FACTOR[unit];
  const decimals = decimalsFor(dong, factor);
  return numberCell(Number((dong / factor).toFixed(decimals)), decimals, layout, rng);
}

const UNREADABLE: Record<string, (rng: Rng) => Cell> = {
  about: (rng) => text(`khoảng ${10 + rng.int(40)}`),
  'ref-error': () => ({ kind: 'error', error: '#REF!' }),
  na: (rng) => text(rng.pick(['N/A', 'n/a', 'Chưa báo cáo'])),
  range: (rng) => text(`${10 + rng.int(10)}-${25 + rng.int(10)}`),
  question: (rng) => text(rng.pick(['?', 'không rõ', '#VALUE!'])),
};

/** A yearly figure: its value (people as integers, money in `unit`), a blank, or something unreadable. */
export function figureCell(f: Figure, unit: MoneyUnit | IncomeUnit | 'people', layout: Layout, rng: Rng): Cell {
  if (f.kind === 'blank') return { kind: 'blank' };
  if (f.kind === 'unreadable') {
    const make = UNREADABLE[f.text];
    return make ? make(rng) : text('?');
  }
  if (unit === 'people') return numberCell(f.value, 0, layout, rng);
  return moneyCell(f.value, unit, layout, rng);
}

/** Days since 30/12/1899: the 1900 date system for every date after 28/2/1900. */
export function excelSerial({ y, m, d }: Ymd): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateText({ y, m, d }: Ymd, style: DateStyle): string {
  switch (style) {
    case 'dot':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'short':
      return `${d}/${m}/${y}`;
    case 'dash':
      return `${pad(d)}-${pad(m)}-${y}`;
    case 'words':
      return `ngày ${d} tháng ${m} năm ${y}`;
    default:
      return `${pad(d)}/${pad(m)}/${y}`;
  }
}

/** A founding or decision date in one of the layout's styles; a year alone as a number or "Năm 2019". */
export function dateCell(date: KnownDate, layout: Layout, rng: Rng): Cell {
  if (date.kind === 'unknown') return { kind: 'blank' };
  if (date.kind === 'year') return rng.chance(0.6) ? num(date.y) : text(rng.pick([String(date.y), `Năm ${date.y}`]));
  const style = rng.pick(layout.dates);
  if (style === 'serial')
    return num(excelSerial(date.date), rng.pick(['dd/mm/yyyy', 'd/m/yyyy', 'dd\\.mm\\.yyyy', 'dd-mm-yyyy', 'm/d/yyyy']));
  return text(dateText(date.date, style));
}

/** A date inside a sentence ("Giải thể ngày 15/8/2024", "… từ năm 2023"): always text. */
export function dateInText(date: KnownDate, layout: Layout, rng: Rng): string {
  if (date.kind === 'unknown') return '';
  if (date.kind === 'year') return `${rng.pick(['năm', 'từ năm', 'trong năm'])} ${date.y}`;
  const styles = layout.dates.filter((s) => s !== 'serial' && s !== 'words');
  return `${rng.pick(['ngày', 'từ ngày', 'từ'])} ${dateText(date.date, styles.length > 0 ? rng.pick(styles) : 'slash')}`;
}
