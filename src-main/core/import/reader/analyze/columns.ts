/**
 * The final mapping of a sheet's columns: what analysis found, replaced by a remembered mapping for a
 * sheet of the same shape, replaced in turn by the clerk's choices; plus each money column's unit.
 */
import { type ImportEntity, type FieldSpec, IMPORT_FIELDS } from '../../../../contract/fields.ts';
import { type MoneyUnit, MONEY_UNIT_LABEL, detectMoneyUnit, foldVietnamese } from '../../../../shared/index.ts';
import { ADDRESS_PARTS, type TargetId } from '../mapping/dictionary.ts';
import type { ColumnChoice } from '../mapping/map-columns.ts';
import { columnLetter } from '../read/model.ts';
import type { SheetGrid } from '../layout/grid.ts';
import type { TableColumn } from '../layout/header.ts';
import { columnText } from '../layout/rows.ts';
import type { ColumnAnalysis, ColumnTarget, SavedMapping, SheetOverride } from './types.ts';

/** Fields a sheet of `entity` can fill (contract/fields.ts IMPORT_FIELDS). */
export function fieldsOf(entity: ImportEntity): readonly FieldSpec[] {
  return IMPORT_FIELDS[entity];
}

export function toColumnTarget(id: TargetId | null): ColumnTarget {
  if (id === null) return { kind: 'ignore' };
  if (id === 'stt') return { kind: 'rowNumber' };
  if (id.startsWith('a:')) {
    const part = ADDRESS_PARTS.find((p) => `a:${p}` === id);
    return part === undefined ? { kind: 'ignore' } : { kind: 'address', part };
  }
  return { kind: 'field', field: id.slice(2) };
}

const KEEP: ColumnTarget = { kind: 'keep' };

export interface ResolvedColumn {
  column: TableColumn;
  analysis: ColumnAnalysis;
  spec?: FieldSpec;
  /** An average income given per year: divided by 12. */
  perYear: boolean;
}

interface ResolveInput {
  grid: SheetGrid;
  columns: readonly TableColumn[];
  choices: readonly ColumnChoice[];
  entity: ImportEntity | null;
  dataStart: number;
  remembered?: SavedMapping | undefined;
  override?: SheetOverride | undefined;
  /** Unit from the title block ("ĐVT: triệu đồng"), for money columns whose header names none. */
  sheetUnit: MoneyUnit | undefined;
  warnings: string[];
}

function describe(c: ColumnAnalysis): string {
  return c.header === '' ? `cột ${c.letter}` : `cột ${c.letter} “${c.header}”`;
}

/** Median size of a column's numbers: a column of 1,500,000,000 is in đồng, one of 1,500 is not. */
function medianMagnitude(grid: SheetGrid, column: TableColumn, dataStart: number): number | undefined {
  const values: number[] = [];
  for (let r = dataStart; r < grid.rowCount && values.length < 500; r++) {
    const cell = grid.sheet.rows[r]?.[column.index];
    if (cell?.type === 'n' && typeof cell.value === 'number' && cell.value !== 0) values.push(Math.abs(cell.value));
    else {
      const t = columnText(grid, r, column, dataStart).replace(/[.\s]/g, '');
      if (/^\d{4,}$/.test(t)) values.push(Number(t));
    }
  }
  if (values.length === 0) return undefined;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

export function resolveColumns(input: ResolveInput): ResolvedColumn[] {
  const { grid, entity, remembered, override, warnings } = input;
  const specs = entity === null ? [] : fieldsOf(entity);
  const specOf = (key: string): FieldSpec | undefined => specs.find((s) => s.key === key);
  const usable = (t: ColumnTarget): boolean => t.kind !== 'field' || specOf(t.field) !== undefined;
  const out: ResolvedColumn[] = [];
  input.columns.forEach((column, i) => {
    const choice = input.choices[i];
    // A column no field takes is kept with the rows, never dropped in silence.
    let target = choice?.target === undefined || choice.target === null ? KEEP : toColumnTarget(choice.target);
    // Without an entity there are no fields to fill: the guesses stay as alternatives for the wizard.
    if (entity === null && target.kind !== 'rowNumber') target = KEEP;
    // A field this kind of sheet does not fill (notes on a figures sheet): its cells are kept, not dropped.
    if (entity !== null && !usable(target)) target = KEEP;
    let confidence = choice?.confidence ?? 0;
    let source: ColumnAnalysis['source'] = 'auto';
    const chosen = override?.columns?.[column.index] ?? remembered?.columns[column.index];
    if (chosen !== undefined && usable(chosen)) {
      target = chosen;
      confidence = 1;
      source = override?.columns?.[column.index] !== undefined ? 'override' : 'remembered';
    }
    const analysis: ColumnAnalysis = {
      index: column.index,
      letter: columnLetter(column.index),
      header: column.header,
      target,
      field: target.kind === 'field' ? target.field : null,
      confidence: target.kind === 'ignore' || target.kind === 'keep' ? 0 : confidence,
      source,
      unit: null,
      year: choice?.year ?? null,
      encoding: grid.encodings[column.index]?.encoding ?? 'ascii',
      alternatives: (choice?.alternatives ?? []).map((a) => ({ target: toColumnTarget(a.target), score: Math.round(a.score * 100) / 100 })),
    };
    if (choice?.note !== undefined && (target.kind === 'ignore' || target.kind === 'keep')) analysis.note = choice.note;
    const spec = analysis.field === null ? undefined : specOf(analysis.field);
    const resolved: ResolvedColumn = { column, analysis, perYear: false };
    if (spec !== undefined) resolved.spec = spec;
    if (spec?.kind === 'money') resolveUnit(resolved, input);
    out.push(resolved);
  });
  // Two columns mapped to one field (by remembered or chosen mappings): the first keeps it.
  const seen = new Set<string>();
  for (const r of out) {
    const key =
      r.analysis.target.kind === 'field'
        ? r.analysis.target.field
        : r.analysis.target.kind === 'address'
          ? `a:${r.analysis.target.part}`
          : '';
    if (key === '') continue;
    if (seen.has(key)) {
      warnings.push(`${describe(r.analysis)} trùng nội dung với một cột trước nên được bỏ qua.`);
      r.analysis.target = KEEP;
      r.analysis.field = null;
      r.analysis.confidence = 0;
      delete r.spec;
    }
    seen.add(key);
  }
  return out;
}

function resolveUnit(r: ResolvedColumn, input: ResolveInput): void {
  const { analysis, column } = r;
  const chosen = input.override?.units?.[column.index] ?? input.remembered?.units?.[column.index];
  const fromHeader = detectMoneyUnit(column.path.join(' '));
  let unit: MoneyUnit | undefined = chosen ?? fromHeader ?? input.sheetUnit;
  if (unit === undefined) {
    const median = medianMagnitude(input.grid, column, input.dataStart);
    if (median !== undefined && median >= 100_000) {
      unit = 'dong';
      input.warnings.push(`${describe(analysis)} không ghi đơn vị tính; các số lớn nên được hiểu là đồng — hãy kiểm tra lại.`);
    } else {
      input.warnings.push(`${describe(analysis)} không ghi đơn vị tính (đồng, nghìn, triệu, tỷ); hãy chọn đơn vị cho cột này.`);
    }
  }
  analysis.unit = unit ?? null;
  if (analysis.field === 'avgIncome' && /\/\s*nam\b|nguoi\s*\/?\s*nam\b/.test(foldVietnamese(column.header))) {
    r.perYear = true;
    input.warnings.push(`${describe(analysis)} ghi thu nhập theo năm; đã chia 12 để được thu nhập bình quân tháng.`);
  }
  if (unit !== undefined && fromHeader === undefined && chosen === undefined && input.sheetUnit !== undefined) {
    analysis.note = `Đơn vị lấy theo dòng “ĐVT” của biểu: ${MONEY_UNIT_LABEL[unit]}.`;
  }
}
