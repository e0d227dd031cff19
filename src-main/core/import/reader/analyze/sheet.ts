/**
 * One sheet, end to end: text → table layout → year → entity and mapping → rows and values → totals.
 */
import type { ImportEntity } from '../../../../contract/fields.ts';
import { type MoneyUnit, detectMoneyUnit, foldVietnamese } from '../../../../shared/index.ts';
import { type SheetGrid, buildGrid, refineRecordEncodings } from '../layout/grid.ts';
import { type TableLayout, findTable } from '../layout/header.ts';
import { type ClassifiedRow, classifyRows } from '../layout/rows.ts';
import { REQUIRED_TARGETS, decideEntity } from '../mapping/entity.ts';
import type { HeaderPath } from '../mapping/map-columns.ts';
import { yearsIn } from '../mapping/normalize.ts';
import { shapeSignature } from '../mapping/shape.ts';
import { findPeriod, findYear, listDateOf } from '../mapping/year.ts';
import { excludedRows } from './excluded.ts';
import { notRegistryReason } from './likeness.ts';
import type { Sheet, Workbook } from '../read/model.ts';
import { type ResolvedColumn, fieldsOf, resolveColumns } from './columns.ts';
import { buildRows } from './rows.ts';
import { checkTotals } from './totals.ts';
import type { AnalyzeOptions, ColumnAnalysis, SavedMapping, SheetAnalysis, TotalCheck } from './types.ts';

function emptyAnalysis(grid: SheetGrid, sheet: Sheet, index: number, warnings: string[]): SheetAnalysis {
  return {
    ...excludedRows(grid, undefined, []),
    listDate: null,
    keptColumns: [],
    notRegistry: null,
    name: sheet.name,
    index,
    hidden: sheet.hidden !== 0,
    entity: null,
    orgType: null,
    confidence: 0,
    year: null,
    yearSource: null,
    period: null,
    title: [],
    headerRows: [],
    columnNumberRow: null,
    footerRow: null,
    columns: [],
    shape: '',
    missingRequired: [],
    defaults: {},
    rows: [],
    totalsCheck: [],
    warnings,
    mapping: { entity: null, columns: {} },
  };
}

/** "ĐVT: triệu đồng" in the title block: the unit of money columns whose header names none. */
function sheetUnitOf(lines: readonly string[]): MoneyUnit | undefined {
  for (const line of lines) {
    if (!/\b(dvt|don vi tinh)\b|(^|\s)don vi\s*:/.test(foldVietnamese(line))) continue;
    const unit = detectMoneyUnit(line);
    if (unit !== undefined) return unit;
  }
  return undefined;
}

/** Years named by header cells of columns that hold figures (not "Năm thành lập"). */
function headerYears(headers: readonly HeaderPath[]): number[] {
  return headers.flatMap((h) => {
    const text = foldVietnamese(h.path.join(' '));
    return /thanh lap|dang ky|cong nhan|cap|quyet dinh|sinh/.test(text) ? [] : h.path.flatMap(yearsIn);
  });
}

function confidenceOf(columns: readonly ResolvedColumn[], missing: readonly string[], score: number): number {
  const mapped = columns.filter((c) => c.analysis.target.kind === 'field' || c.analysis.target.kind === 'address');
  if (mapped.length === 0) return 0;
  const mean = mapped.reduce((s, c) => s + c.analysis.confidence, 0) / mapped.length;
  const evidence = Math.min(1, score / 4);
  const value = mean * (0.6 + 0.4 * evidence) * (missing.length === 0 ? 1 : 0.5);
  return Math.round(value * 100) / 100;
}

function savedMappingOf(entity: ImportEntity | null, columns: readonly ResolvedColumn[], orgType: SheetAnalysis['orgType']): SavedMapping {
  const saved: SavedMapping = { entity, orgType, columns: {} };
  for (const c of columns) {
    // Ignored columns are saved too: a column the clerk left out stays out in the next file of this shape.
    saved.columns[c.analysis.index] = c.analysis.target;
    if (c.analysis.unit !== null) (saved.units ??= {})[c.analysis.index] = c.analysis.unit;
  }
  return saved;
}

/** What the sheet holds (entity, organization type) and for which year, as its title, headers and the options say. */
function sheetIdentity(
  sheet: Sheet,
  headers: HeaderPath[],
  titleLines: string[],
  options: AnalyzeOptions,
  remembered: SavedMapping | undefined,
  warnings: string[],
) {
  const override = options.sheets?.[sheet.name];
  const yearFinding = findYear(titleLines, headerYears(headers), sheet.name, override?.year ?? options.year);
  for (const other of yearFinding.conflicts) {
    if (yearFinding.source !== 'option') continue;
    warnings.push(`Tệp ghi năm ${String(other)} nhưng đang nhập cho năm ${String(yearFinding.year)} theo lựa chọn.`);
  }
  const context = `${sheet.name} ${titleLines.join(' ')}`;
  const forced = override?.entity !== undefined ? override.entity : remembered?.entity;
  const decision = decideEntity(headers, context, yearFinding.year, forced);
  const orgType = override?.orgType !== undefined ? override.orgType : (remembered?.orgType ?? decision.orgType);
  return { yearFinding, decision, entity: decision.entity, orgType };
}

/** The values the sheet gives every row it does not fill itself: the figures' year and period, the organizations' type. */
function defaultsOf(
  entity: SheetAnalysis['entity'],
  orgType: SheetAnalysis['orgType'],
  figuresYear: number | null,
  period: SheetAnalysis['period'],
): SheetAnalysis['defaults'] {
  const defaults: SheetAnalysis['defaults'] = {};
  if (figuresYear !== null) defaults.year = figuresYear;
  if (period !== null) defaults.period = period;
  if (entity === 'organizations' && orgType !== null) defaults.type = orgType;
  return defaults;
}

/** The fields the sheet's entity needs that no column gives. */
function missingRequiredOf(entity: SheetAnalysis['entity'], columns: readonly { analysis: ColumnAnalysis }[]): string[] {
  const mapped = new Set(columns.map((c) => (c.analysis.target.kind === 'field' ? `f:${c.analysis.target.field}` : '')));
  return entity === null ? [] : REQUIRED_TARGETS[entity].filter((t) => !mapped.has(t)).map((t) => t.slice(2));
}

/** Each row's kind (record, section, total, …), found by the numbering and name columns; the records' texts re-read once known. */
function classifyRecords(
  grid: SheetGrid,
  layout: TableLayout,
  columns: readonly { analysis: ColumnAnalysis }[],
): ReturnType<typeof classifyRows> {
  const stt = columns.find((c) => c.analysis.target.kind === 'rowNumber')?.analysis.index ?? null;
  const nameCol = columns.find((c) => c.analysis.field === 'name' || c.analysis.field === 'organizationId')?.analysis.index ?? null;
  const classified = classifyRows(grid, layout, { stt, name: nameCol });
  refineRecordEncodings(
    grid,
    classified.rows.filter((c) => c.kind === 'record').map((c) => c.r),
  );
  return classified;
}

export function analyzeSheet(workbook: Workbook, sheet: Sheet, index: number, options: AnalyzeOptions): SheetAnalysis {
  const override = options.sheets?.[sheet.name];
  const warnings: string[] = [];
  const grid = buildGrid(sheet, workbook);
  const layout: TableLayout | undefined = findTable(
    grid,
    override?.headerRows?.map((r) => r - 1),
  );
  if (layout === undefined) {
    if (sheet.rows.length > 0) warnings.push('Không tìm thấy dòng tiêu đề cột của bảng trong trang này.');
    return emptyAnalysis(grid, sheet, index, warnings);
  }
  const headers: HeaderPath[] = layout.columns.map((c) => ({ index: c.index, path: c.path }));
  const titleLines = layout.titleLines.map((l) => l.text);
  const shape = shapeSignature(headers);
  const remembered = options.mappings?.[shape];
  const { yearFinding, decision, entity, orgType } = sheetIdentity(sheet, headers, titleLines, options, remembered, warnings);

  const columns = resolveColumns({
    grid,
    columns: layout.columns,
    choices: decision.choices,
    entity,
    dataStart: layout.dataStart,
    remembered,
    override,
    sheetUnit: sheetUnitOf(titleLines),
    warnings,
  });
  const { rows: classified, footerRow } = classifyRecords(grid, layout, columns);
  const hasFigures = columns.some((c) => c.spec !== undefined && FIGURE_KEYS.has(c.spec.key));
  const period = entity === 'figures' || hasFigures ? findPeriod([...titleLines, ...layout.columns.map((c) => c.header)]) : null;
  const rowsContext = {
    dataStart: layout.dataStart,
    entity,
    orgType,
    date1904: workbook.date1904,
    year: yearFinding.year,
    period,
    aliases: options.aliases,
  };
  const keptUsed = new Set<number>();
  const rows = buildRows(grid, classified, columns, rowsContext, keptUsed);
  const totalsCheck = checkTotals(rows, columns, totalInfo(classified));
  const notRegistry = notRegistryReason(entity, orgType, rows, override?.entity !== undefined && override.entity !== null);

  const missingRequired = missingRequiredOf(entity, columns);
  warnings.push(...problems(entity, layout.columns.length > 0, missingRequired, hasFigures && yearFinding.year === null, totalsCheck));
  if (sheet.hidden !== 0 && rows.length > 0) warnings.push('Trang này đang bị ẩn trong tệp.');
  const defaults = defaultsOf(entity, orgType, entity === 'figures' || hasFigures ? yearFinding.year : null, period);

  return {
    name: sheet.name,
    index,
    hidden: sheet.hidden !== 0,
    entity,
    orgType,
    confidence: entity === null ? 0 : confidenceOf(columns, missingRequired, decision.score),
    year: yearFinding.year,
    yearSource: yearFinding.source,
    period,
    title: titleLines,
    headerRows: layout.headerRows.map((r) => r + 1),
    columnNumberRow: layout.columnNumberRow === null ? null : layout.columnNumberRow + 1,
    footerRow: footerRow === null ? null : footerRow + 1,
    columns: columns.map((c) => c.analysis),
    shape,
    missingRequired,
    defaults,
    rows,
    totalsCheck,
    warnings,
    mapping: savedMappingOf(entity, columns, orgType),
    listDate: listDateOf(titleLines, yearFinding, period),
    ...excludedRows(grid, layout, classified),
    keptColumns: [...keptUsed].sort((a, b) => a - b),
    notRegistry,
  };
}

const FIGURE_KEYS = new Set(['members', 'workers', 'regularWorkers', 'revenue', 'profit', 'avgIncome', 'budgetPaid', 'charterCapitalEnd']);

function labelOf(entity: ImportEntity | null, key: string): string {
  const spec = entity === null ? undefined : fieldsOf(entity).find((s) => s.key === key);
  return spec?.label ?? key;
}

/** What the clerk must look at before importing the sheet, in Vietnamese. */
function problems(
  entity: ImportEntity | null,
  hasColumns: boolean,
  missingRequired: readonly string[],
  yearUnknown: boolean,
  totals: readonly TotalCheck[],
): string[] {
  const out: string[] = [];
  if (entity === null && hasColumns) {
    out.push('Không nhận ra trang này chứa loại dữ liệu nào (tổ chức, số liệu, OCOP, chứng nhận); hãy chọn loại dữ liệu và ghép cột.');
  }
  for (const f of missingRequired) out.push(`Chưa có cột nào cho trường bắt buộc “${labelOf(entity, f)}”.`);
  if (yearUnknown) out.push('Chưa rõ số liệu của năm nào; hãy chọn năm.');
  for (const t of totals) {
    if (t.ok) continue;
    const row = String(t.sourceRow);
    out.push(
      t.kind === 'count'
        ? `Dòng ${row} ghi ${String(t.stated)} nhưng có ${String(t.computed)} dòng dữ liệu.`
        : `Dòng tổng ${row} (“${t.label}”): cột “${labelOf(entity, t.field ?? '')}” ghi ${String(t.stated)} nhưng cộng các dòng được ${String(t.computed)}.`,
    );
  }
  return out;
}

function totalInfo(classified: readonly ClassifiedRow[]): Parameters<typeof checkTotals>[2] {
  const totals = new Map<number, { kind: 'grand' | 'subtotal' | 'count'; count?: number }>();
  const levels = new Map<number, number>();
  for (const c of classified) {
    if (c.total !== undefined) totals.set(c.r + 1, c.total);
    if (c.level !== undefined) levels.set(c.r + 1, c.level);
  }
  return { totals, levels };
}
