/**
 * Rows → values: each mapped cell converted for its field, address pieces collected, values the file
 * implies filled in (and listed as inferred), OCOP owners split into cooperatives and outside owners,
 * and repeated records pointed at their first occurrence.
 */
import type { CellValue, ImportEntity } from '../../../../contract/fields.ts';
import type { FigurePeriod, OrgType } from '../../../../contract/vocab.ts';
import { foldVietnamese, normalizeOrgName } from '../../../../shared/index.ts';
import { type SheetGrid, textAt } from '../layout/grid.ts';
import { type ClassifiedRow, valuePosition } from '../layout/rows.ts';
import type { Cell } from '../read/model.ts';
import { type Converted, convertCell } from '../values/convert.ts';
import { matchOrgType, matchOwnerKind, orgTypeOfName, ownerKindOfName } from '../values/vocab-match.ts';
import type { VocabularyAliases } from '../values/aliases.ts';
import { firstFullDate, statusDateIn, statusInNotes } from '../values/status-notes.ts';
import type { ResolvedColumn } from './columns.ts';
import type { RowAnalysis } from './types.ts';

export interface RowsContext {
  /** First row under the header block (0-based). */
  dataStart: number;
  entity: ImportEntity | null;
  orgType: OrgType | null;
  date1904: boolean;
  year: number | null;
  period: FigurePeriod | null;
  aliases?: VocabularyAliases | undefined;
}

/** The cell holding a column's value in row r (see valuePosition). */
function valueCell(grid: SheetGrid, r: number, rc: ResolvedColumn, dataStart: number): { cell: Cell | undefined; text: string } {
  const own = grid.sheet.rows[r]?.[rc.column.index] ?? undefined;
  // Most cells hold their own value; valuePosition would say so too, after a second look-up.
  if (own !== undefined && own.text !== '') return { cell: own, text: own.text };
  const at = valuePosition(grid, r, rc.column, dataStart);
  if (at === undefined) return { cell: own, text: '' };
  return { cell: grid.sheet.rows[at.r]?.[at.c] ?? undefined, text: textAt(grid, at.r, at.c) };
}

/** Conversions remembered for one column: text cells by their text, other cells by value, format and text. */
interface Memo {
  byText: Map<string, Converted>;
  byCell: Map<string, Converted>;
}

const memos = new WeakMap<ResolvedColumn, Memo>();

/** Conversion of a cell, remembered per column for repeated texts of the kinds in MEMO_KINDS. */
function convertMemo(rc: ResolvedColumn, cell: Cell | undefined, text: string, convert: () => Converted): Converted {
  if (cell === undefined || rc.spec === undefined || !MEMO_KINDS.has(rc.spec.kind)) return convert();
  let memo = memos.get(rc);
  if (memo === undefined) memos.set(rc, (memo = { byText: new Map(), byCell: new Map() }));
  // A text cell converts by its text alone (see convertCell), which spares building a key for it.
  const isText = cell.type === 's';
  const map = isText ? memo.byText : memo.byCell;
  const key = isText ? text : `${cell.type}|${String(cell.value)}|${cell.format ?? ''}|${text}`;
  const known = map.get(key);
  // Sector lists are arrays: each row gets its own copy, so that changing one row never changes another.
  if (known !== undefined) return known.ok && Array.isArray(known.value) ? { ...known, value: [...known.value] } : known;
  const result = convert();
  if (map.size < MEMO_LIMIT) map.set(key, result);
  return result;
}

function setInferred(row: RowAnalysis, key: string, value: CellValue): void {
  row.values[key] = value;
  row.inferred.push(key);
}

function isBlank(row: RowAnalysis, key: string): boolean {
  return !(key in row.cellErrors) && (row.values[key] === undefined || row.values[key] === null);
}

/** OCOP owners: "HTX …"/"Hợp tác xã …" (or a kind column saying so) are cooperatives, others outside owners. */
function splitOwner(row: RowAnalysis, ownerKindText: string | undefined, hasOwnerKindColumn: boolean): void {
  const owner = row.values.organizationId;
  if (typeof owner !== 'string' || owner === '') return;
  const kindSaysOrg = ownerKindText !== undefined && ownerKindText !== '' && matchOrgType(ownerKindText) !== undefined;
  const kindSaysOther = ownerKindText !== undefined && matchOwnerKind(ownerKindText) !== undefined;
  if (kindSaysOrg || (!kindSaysOther && orgTypeOfName(owner) !== undefined)) {
    delete row.values.externalOwnerKind;
    delete row.cellErrors.externalOwnerKind;
    return;
  }
  delete row.values.organizationId;
  row.values.externalOwnerName = owner;
  if (!hasOwnerKindColumn || isBlank(row, 'externalOwnerKind')) setInferred(row, 'externalOwnerKind', ownerKindOfName(owner));
}

/**
 * One column for the decision's number and date ("QĐ công nhận (số, ngày)": "Quyết định số 1/QĐ-UBND ngày
 * 01/01/2024", or "… năm 2024"): the date (or the year) is read from it, and the number keeps only what
 * names the decision.
 */
function decisionDateFromNumber(row: RowAnalysis): void {
  const text = row.values.decisionNo;
  if (typeof text !== 'string') return;
  const date = firstFullDate(text);
  const year = date === undefined ? /\bnam\s*((?:19|20)\d\d)\b/.exec(foldVietnamese(text))?.[1] : undefined;
  if (date === undefined && year === undefined) return;
  if (date !== undefined) setInferred(row, 'decisionDate', date);
  else if (isBlank(row, 'recognitionYear')) setInferred(row, 'recognitionYear', Number(year));
  const number = /(\d+\s*\/\s*[\p{L}\d.\-/]+)/u.exec(text)?.[1];
  if (number !== undefined) row.values.decisionNo = number.replace(/\s+/g, '');
}

function fillInferred(row: RowAnalysis, ctx: RowsContext, mapped: ReadonlySet<string>): void {
  if (ctx.entity === 'organizations') {
    const name = row.values.name;
    if (isBlank(row, 'type')) {
      const type = (typeof name === 'string' ? orgTypeOfName(name) : undefined) ?? ctx.orgType ?? undefined;
      if (type !== undefined) setInferred(row, 'type', type);
    }
  }
  if (ctx.entity === 'figures') {
    if (!mapped.has('year') && ctx.year !== null) setInferred(row, 'year', ctx.year);
    if (!mapped.has('period') && ctx.period !== null) setInferred(row, 'period', ctx.period);
  }
  if (ctx.entity === 'ocop' && isBlank(row, 'decisionDate')) decisionDateFromNumber(row);
  if (ctx.entity === 'ocop' && isBlank(row, 'recognitionYear')) {
    // The year of the decision, else the year the sheet is about ("DANH SÁCH SẢN PHẨM OCOP NĂM 2023").
    const date = row.values.decisionDate;
    if (typeof date === 'string' && /^\d{4}/.test(date)) setInferred(row, 'recognitionYear', Number(date.slice(0, 4)));
    else if (ctx.year !== null) setInferred(row, 'recognitionYear', ctx.year);
  }
}

function duplicateKey(row: RowAnalysis, entity: ImportEntity | null): string | undefined {
  const v = row.values;
  const str = (key: string): string => (typeof v[key] === 'string' ? (v[key] as string) : '');
  // Only organizations without a code are told apart by place; folding costs, so only for them.
  const place = (): string => {
    const commune = row.address.commune ?? row.context.commune ?? row.address.full ?? '';
    return `${foldVietnamese(commune)}|${foldVietnamese(row.address.district ?? row.context.district ?? '')}`;
  };
  switch (entity) {
    case 'organizations':
      if (str('regCode') !== '') return `code:${str('regCode')}`;
      return str('name') === '' ? undefined : `name:${normalizeOrgName(str('name'))}|${place()}`;
    case 'ocop':
      return str('name') === ''
        ? undefined
        : `${normalizeOrgName(str('name'))}|${normalizeOrgName(str('organizationId') || str('externalOwnerName'))}`;
    case 'figures':
      if (str('regCode') !== '') return `code:${str('regCode')}|${String(v.year ?? '')}|${String(v.period ?? '')}`;
      return str('name') === '' ? undefined : `${normalizeOrgName(str('name'))}|${String(v.year ?? '')}|${String(v.period ?? '')}`;
    case 'certifications':
      return str('organizationId') === ''
        ? undefined
        : `${normalizeOrgName(str('organizationId'))}|${str('kind')}|${str('number')}|${str('product')}`;
    default:
      return undefined;
  }
}

/** Kinds whose cells repeat (statuses, sectors, dates, numbers) and cost a parse each: worth a memo. */
const MEMO_KINDS = new Set(['enum', 'multiEnum', 'stars', 'date', 'year', 'int', 'money']);
const MEMO_LIMIT = 20_000;
/** Kinds read through a code list: the text as written is kept beside the code. */
const VOCAB_KINDS = new Set(['enum', 'multiEnum', 'stars']);

const ownLabels = new WeakMap<ResolvedColumn, Map<string, boolean>>();

/**
 * Whether a cell says no more than the code read from it: it is the code's own label ("Đang hoạt động").
 * Such a text is not kept beside the code. Remembered per column: a list repeats a few texts.
 */
function isOwnLabel(rc: ResolvedColumn, spec: NonNullable<ResolvedColumn['spec']>, value: CellValue, text: string): boolean {
  let memo = ownLabels.get(rc);
  if (memo === undefined) ownLabels.set(rc, (memo = new Map()));
  const known = memo.get(text);
  if (known !== undefined) return known;
  const codes = Array.isArray(value) ? value : [String(value)];
  const labels = codes.map((c) => spec.options?.find((o) => o.value === c)?.label ?? c).join('; ');
  const same = foldVietnamese(labels) === foldVietnamese(text) || (spec.kind === 'stars' && /^\d$/.test(text.trim()));
  if (memo.size < MEMO_LIMIT) memo.set(text, same);
  return same;
}

/** How a kept column is named beside its cells: its header, or its letter when it has none. */
function keptName(rc: ResolvedColumn): string {
  return rc.analysis.header === '' ? `Cột ${rc.analysis.letter}` : rc.analysis.header;
}

/**
 * A status the notes state, on a sheet without a status column ("Đã chấm dứt hoạt động"); and the day a
 * status began, when its own cell or the notes write it ("Giải thể ngày 15/8/2024").
 */
function statusFromNotes(row: RowAnalysis, hasStatusColumn: boolean): void {
  const notes = row.values.notes;
  const said = typeof notes === 'string' ? statusInNotes(notes) : undefined;
  if (!hasStatusColumn && said !== undefined && typeof notes === 'string') {
    setInferred(row, 'status', said.status);
    (row.raw ??= {}).status = notes;
  }
  const own = row.raw?.status !== undefined && row.raw.status !== notes ? statusDateIn(row.raw.status) : undefined;
  const date = own ?? (said !== undefined && said.status === row.values.status ? said.date : null);
  if (date !== undefined && date !== null) row.statusDate = date;
}

/** One mapped cell of a record (or a number of a total row) converted into the row. */
function readCell(
  row: RowAnalysis,
  rc: ResolvedColumn,
  spec: NonNullable<ResolvedColumn['spec']>,
  cell: Cell | undefined,
  text: string,
  ctx: RowsContext,
): void {
  const convert = (): Converted =>
    convertCell(cell, text, {
      field: spec,
      date1904: ctx.date1904,
      unit: rc.analysis.unit,
      perYear: rc.perYear,
      aliases: ctx.aliases?.[spec.key],
    });
  const result = convertMemo(rc, cell, text, convert);
  if (!result.ok) {
    row.cellErrors[spec.key] = result.error;
    (row.raw ??= {})[spec.key] = text;
    return;
  }
  row.values[spec.key] = result.value;
  if (result.blank !== undefined && result.blank !== 'empty') row.blanks[spec.key] = result.blank;
  if (result.review !== undefined) (row.flags ??= {})[spec.key] = result.review;
  if (result.review !== undefined || (text !== '' && VOCAB_KINDS.has(spec.kind) && !isOwnLabel(rc, spec, result.value, text)))
    (row.raw ??= {})[spec.key] = text;
}

/**
 * Every classified row with its values; `keptUsed` collects the kept columns that hold something in a
 * record (those are listed to the clerk as kept, not used).
 */
export function buildRows(
  grid: SheetGrid,
  classified: readonly ClassifiedRow[],
  columns: readonly ResolvedColumn[],
  ctx: RowsContext,
  keptUsed: Set<number>,
): RowAnalysis[] {
  const rows: RowAnalysis[] = [];
  const mapped = new Set(columns.flatMap((c) => (c.analysis.field === null ? [] : [c.analysis.field])));
  const statusColumn = mapped.has('status');
  const ownerKindColumn = ctx.entity === 'ocop' ? columns.find((c) => c.analysis.field === 'externalOwnerKind') : undefined;
  const firstOf = new Map<string, number>();
  let last = classified.length - 1;
  while (last >= 0 && classified[last]?.kind === 'blank') last--;
  for (let i = 0; i <= last; i++) {
    const c = classified[i];
    if (c === undefined) continue;
    const row: RowAnalysis = {
      sourceRow: c.r + 1,
      kind: c.kind,
      context: c.context,
      values: {},
      cellErrors: {},
      blanks: {},
      inferred: [],
      address: {},
    };
    if (c.label !== undefined) row.label = c.label;
    rows.push(row);
    if (c.kind === 'blank' || c.kind === 'header') continue;
    const numbersOnly = c.kind !== 'record';
    let ownerKindText: string | undefined;
    for (const rc of columns) {
      const { cell, text } = valueCell(grid, c.r, rc, ctx.dataStart);
      const target = rc.analysis.target;
      if (target.kind === 'address') {
        if (!numbersOnly && text !== '') row.address[target.part] = text;
        continue;
      }
      if (target.kind === 'keep') {
        if (!numbersOnly && text !== '') {
          (row.extras ??= []).push([keptName(rc), text]);
          keptUsed.add(rc.analysis.index);
        }
        continue;
      }
      const spec = rc.spec;
      if (spec === undefined) continue;
      if (numbersOnly && spec.kind !== 'int' && spec.kind !== 'money') continue;
      if (rc === ownerKindColumn) ownerKindText = text;
      readCell(row, rc, spec, cell, text, ctx);
    }
    if (c.kind !== 'record') continue;
    if (ctx.entity === 'organizations' || ctx.entity === 'figures') statusFromNotes(row, statusColumn);
    if (typeof row.values.legacyAddress === 'string' && row.address.full === undefined) row.address.full = row.values.legacyAddress;
    if (ctx.entity === 'ocop') {
      // A kind column saying "HTX" is not an outside owner's kind: it says the owner is a cooperative.
      if (ownerKindText !== undefined && matchOrgType(ownerKindText) !== undefined) delete row.cellErrors.externalOwnerKind;
      splitOwner(row, ownerKindText, ownerKindColumn !== undefined);
    }
    fillInferred(row, ctx, mapped);
    const notes = row.values.notes;
    if (typeof notes === 'string' && /\btrùng\b/iu.test(notes.normalize('NFC'))) row.markedDuplicate = true;
    const key = duplicateKey(row, ctx.entity);
    if (key !== undefined) {
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, row.sourceRow);
      else row.duplicateOf = first;
    }
  }
  return rows;
}
