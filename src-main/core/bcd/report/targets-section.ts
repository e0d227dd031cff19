/**
 * "Thực hiện các chỉ tiêu kế hoạch": the figure of each indicator beside its target, "đạt x% kế hoạch", in a
 * "TH năm N−1 / KH năm N / Ước TH năm N / Đạt % KH / KH năm N+1" table. Pure.
 */
import type { TargetDto } from '../../../contract/bcd-dto.ts';
import { TARGET_INDICATORS, type TargetIndicator } from '../../../contract/bcd-vocab.ts';
import { formatNumber, formatMoneyScale, formatShare } from '../../../shared/index.ts';
import type { AnnualIndicators } from '../../reports/annual/input.ts';
import { heading, paragraph, type Block, type CellValue, type NumberFormat, type TableBlock } from '../../reports/model.ts';

type Def = (typeof TARGET_INDICATORS)[number];

/** The value of an indicator key (indicators.md, dotted) in a year's indicators; null when not computable. */
export function indicatorValue(i: AnnualIndicators, key: TargetIndicator): number | null {
  switch (key) {
    case 'active.total':
      return i.active.total;
    case 'active.HTX':
      return i.active.HTX;
    case 'active.THT':
      return i.active.THT;
    case 'newInYear.HTX':
      return i.newInYear.HTX;
    case 'newInYear.THT':
      return i.newInYear.THT;
    case 'ocop.kttt.3':
      return i.ocop.kttt[3];
    case 'ocop.kttt.4':
      return i.ocop.kttt[4];
    case 'ocop.kttt.5':
      return i.ocop.kttt[5];
    default:
      return i[key];
  }
}

/** Share of the target reached; null without a target above 0 or without a figure. */
export function reachedShare(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target <= 0) return null;
  return actual / target;
}

const FORMAT: Record<Def['kind'], NumberFormat> = {
  count: { kind: 'integer' },
  money: { kind: 'money', unit: 'trieu', decimals: 2 },
  share: { kind: 'percent', decimals: 1 },
};
const UNIT: Record<Def['kind'], (d: Def) => string> = {
  count: (d) => d.unit,
  money: (d) => (d.key === 'avgIncomePerWorkerMonth' ? 'triệu đồng/ người/ tháng' : 'triệu đồng'),
  share: () => '%',
};

/** "1,58 tỷ đồng", "63 HTX", "32%": a value as the prose writes it. */
export function targetText(def: Def, value: number): string {
  if (def.kind === 'money') return formatMoneyScale(value);
  if (def.kind === 'share') return formatShare(value);
  return `${formatNumber(value)} ${def.unit}`;
}

export interface TargetsInput {
  year: number;
  current: AnnualIndicators;
  previous: AnnualIndicators | null;
  targets: TargetDto[];
}

function targetOf(targets: TargetDto[], year: number, key: TargetIndicator): TargetDto | undefined {
  return targets.find((t) => t.year === year && t.indicator === key);
}

export function targetsTable(input: TargetsInput, caption: string): TableBlock {
  const y = input.year;
  const f = (value: number | null, format: NumberFormat): CellValue => (value === null ? null : { value, format });
  const defs = TARGET_INDICATORS.filter((d) => targetOf(input.targets, y, d.key) || targetOf(input.targets, y + 1, d.key));
  return {
    kind: 'table',
    sheetName: 'Chỉ tiêu kế hoạch',
    caption,
    columns: [
      { header: 'TT', format: 'text', width: 6, align: 'center' },
      { header: 'Chỉ tiêu', format: 'text', width: 34 },
      { header: 'Đơn vị tính', format: 'text', width: 13 },
      { header: `TH năm ${String(y - 1)}`, format: { kind: 'integer' }, width: 11 },
      { header: `KH năm ${String(y)}`, format: { kind: 'integer' }, width: 11 },
      { header: `Ước TH năm ${String(y)}`, format: { kind: 'integer' }, width: 11 },
      { header: 'Đạt % KH', format: { kind: 'percent', decimals: 1 }, width: 10 },
      { header: `KH năm ${String(y + 1)}`, format: { kind: 'integer' }, width: 11 },
    ],
    rows: defs.map((d, i) => {
      const format = FORMAT[d.kind];
      const actual = indicatorValue(input.current, d.key);
      const target = targetOf(input.targets, y, d.key)?.value ?? null;
      return {
        kind: 'data',
        cells: [
          String(i + 1),
          d.label,
          UNIT[d.kind](d),
          f(input.previous ? indicatorValue(input.previous, d.key) : null, format),
          f(target, format),
          f(actual, format),
          f(reachedShare(actual, target), { kind: 'percent', decimals: 1 }),
          f(targetOf(input.targets, y + 1, d.key)?.value ?? null, format),
        ],
      };
    }),
    notes: documentsNote(input.targets, y),
  };
}

function documentsNote(targets: TargetDto[], year: number): string[] {
  const docs = [...new Set(targets.filter((t) => t.year === year || t.year === year + 1).flatMap((t) => (t.document ? [t.document] : [])))];
  return docs.length === 0 ? [] : [`Chỉ tiêu kế hoạch theo: ${docs.join('; ')}.`];
}

/** "Tổ chức KTTT đang hoạt động 694 tổ chức, đạt 102,1% kế hoạch; …": one clause per indicator with a target for N. */
export function reachedSentence(input: TargetsInput): string | null {
  const clauses: string[] = [];
  let reached = 0;
  let counted = 0;
  for (const d of TARGET_INDICATORS) {
    const target = targetOf(input.targets, input.year, d.key);
    if (!target) continue;
    const actual = indicatorValue(input.current, d.key);
    const share = reachedShare(actual, target.value);
    if (actual === null || share === null) {
      clauses.push(`${d.label}: chưa có số liệu để so với kế hoạch (${targetText(d, target.value)})`);
      continue;
    }
    counted++;
    if (share >= 1) reached++;
    clauses.push(`${d.label} ${targetText(d, actual)}, đạt ${formatShare(share)} kế hoạch`);
  }
  if (clauses.length === 0) return null;
  return `Kết quả thực hiện các chỉ tiêu kế hoạch năm ${String(input.year)}: ${String(reached)}/${String(counted)} chỉ tiêu đạt và vượt kế hoạch; ${clauses.join('; ')}.`;
}

/** The blocks added at the end of part I; empty when no target is set for N or N+1. */
export function targetsBlocks(input: TargetsInput, caption: (title: string) => string): Block[] {
  const any = input.targets.some((t) => t.year === input.year || t.year === input.year + 1);
  if (!any) return [];
  const sentence = reachedSentence(input);
  return [
    heading(2, 'Thực hiện các chỉ tiêu kế hoạch'),
    ...(sentence ? [paragraph(sentence)] : []),
    targetsTable(input, caption(`Thực hiện một số chỉ tiêu chủ yếu năm ${String(input.year)} và kế hoạch năm ${String(input.year + 1)}`)),
  ];
}
