/**
 * An organization list as a grid: title, header, column numbers, then the rows — grouped in sections by
 * district or by type, with subtotals ("Cộng"), a total ("Tổng cộng") on top or at the bottom, blank rows,
 * copied rows, a count line and a signature block.
 */
import { ORG_TYPES, type OrgType } from '../../../src-main/contract/vocab.ts';
import type { Column, HeaderRng, RowContext } from './columns.ts';
import { identityColumns, textColumns } from './columns.ts';
import { figureColumns, previousYear } from './figure-columns.ts';
import type { Cell, CellEncoding, Grid } from './grid.ts';
import { addRow, merge, newGrid, num, setCell, text } from './grid.ts';
import type { Layout } from './layout.ts';
import type { TruthOrg } from './model.ts';
import { rngFor, type Rng } from './rng.ts';
import { frameEncoding, writeHeader, writeNumberRow, writeSignature, writeTitle, type FrameText } from './sheet-frame.ts';

export interface SheetEncodings {
  frame: FrameText;
  /** Encoding of a text typed in a column (capitals may be typed in a capitals font). */
  column(c: Column, text: string): CellEncoding;
}

interface Section {
  label: string | null;
  orgs: TruthOrg[];
  districtInSection: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const TYPE_SECTION: Record<OrgType, readonly string[]> = {
  HTX: ['HỢP TÁC XÃ', 'Hợp tác xã'],
  LHHTX: ['LIÊN HIỆP HỢP TÁC XÃ', 'Liên hiệp HTX'],
  QTDND: ['QUỸ TÍN DỤNG NHÂN DÂN', 'Quỹ tín dụng nhân dân'],
  THT: ['TỔ HỢP TÁC', 'Tổ hợp tác'],
};

const AGRICULTURAL = /nông|chè|cam|bưởi|nuôi|rau|chăn|dược|trồng|lâm|nấm|ong/i;
const FIELD_SECTIONS: ReadonlyArray<{ labels: readonly string[]; holds: (o: TruthOrg) => boolean }> = [
  { labels: ['NÔNG NGHIỆP', 'Lĩnh vực nông nghiệp'], holds: (o) => o.type !== 'QTDND' && AGRICULTURAL.test(o.name) },
  { labels: ['PHI NÔNG NGHIỆP', 'Lĩnh vực phi nông nghiệp'], holds: (o) => o.type !== 'QTDND' && !AGRICULTURAL.test(o.name) },
  { labels: ['TÍN DỤNG', 'QUỸ TÍN DỤNG NHÂN DÂN'], holds: (o) => o.type === 'QTDND' },
];

function sectionsOf(orgs: readonly TruthOrg[], layout: Layout, rng: Rng): Section[] {
  if (layout.sections === 'none') return [{ label: null, orgs: [...orgs], districtInSection: false }];
  if (layout.sections === 'type') {
    const types = ORG_TYPES.filter((t) => orgs.some((o) => o.type === t));
    return types.map((t, i) => ({
      label: `${'ABCD'.charAt(i)}|${rng.pick(TYPE_SECTION[t])}`,
      orgs: orgs.filter((o) => o.type === t),
      districtInSection: false,
    }));
  }
  if (layout.sections === 'field') {
    const fields = FIELD_SECTIONS.map((f) => ({ ...f, orgs: orgs.filter(f.holds) })).filter((f) => f.orgs.length > 0);
    return fields.map((f, i) => ({ label: `${'ABC'.charAt(i)}|${rng.pick(f.labels)}`, orgs: f.orgs, districtInSection: false }));
  }
  const districts = [...new Set(orgs.map((o) => `${o.place.districtKind} ${o.place.districtName}`))];
  return districts.map((d, i) => ({
    label: `${ROMAN[i] ?? String(i + 1)}|${rng.chance(0.3) ? d.toUpperCase() : d}`,
    orgs: orgs.filter((o) => `${o.place.districtKind} ${o.place.districtName}` === d),
    districtInSection: layout.districtFromSection,
  }));
}

/** Stable order of columns; with shuffling, blocks (columns sharing an outer group) move as one. */
function orderColumns(cols: Column[], layout: Layout, rng: Rng): Column[] {
  if (!layout.shuffleColumns) return cols;
  const fixedHead = cols.slice(0, 2);
  const notes = cols.filter((c) => c.id === 'notes');
  const blocks: Column[][] = [];
  for (const c of cols.slice(2).filter((x) => x.id !== 'notes')) {
    const key = c.path[0] ?? c.id;
    const last = blocks[blocks.length - 1];
    if (last && (last[0]?.path[0] ?? last[0]?.id) === key) last.push(c);
    else blocks.push([c]);
  }
  return [...fixedHead, ...rng.shuffle(blocks).flat(), ...notes];
}

function figureOf(o: TruthOrg, sums: NonNullable<Column['sums']>): number {
  if (sums === 'previousRevenue') return previousYear(o, 'revenue');
  if (sums === 'previousProfit') return previousYear(o, 'profit');
  const f = o.figures[sums];
  return f.kind === 'value' ? f.value : 0;
}

/** A "Cộng" / "Tổng cộng" row: label in the name column, sums (values or SUM formulas) under the figures. */
function totalRow(
  g: Grid,
  cols: readonly Column[],
  label: string,
  rows: readonly TruthOrg[],
  span: [number, number] | null,
  layout: Layout,
  enc: SheetEncodings,
): void {
  const r = addRow(g);
  setCell(g, r, 1, text(label, true), frameEncoding(label, enc.frame));
  cols.forEach((c, ci) => {
    if (!c.sums) return;
    const sums = c.sums;
    const total = rows.reduce((s, o) => s + figureOf(o, sums), 0);
    const unit =
      c.id === 'members' || c.id === 'workers' || c.id === 'regularWorkers'
        ? 1
        : { ty: 1e9, trieu: 1e6, nghin: 1e3, dong: 1 }[layout.moneyUnit];
    const value = Number((total / unit).toFixed(6));
    const letter = String.fromCharCode(65 + ci);
    const cell: Cell =
      layout.formulasInTotals && span && ci < 26 && layout.format !== 'xls-biff8'
        ? { kind: 'formula', formula: `SUM(${letter}${span[0] + 1}:${letter}${span[1] + 1})`, result: value }
        : num(value);
    setCell(g, r, ci, cell);
  });
}

type RowCells = Array<{ cell: Cell; enc: CellEncoding | undefined }>;

/** Each cell draws its own choices (rngFor), so a layout with one column more or less keeps the other cells. */
function rowCells(cols: readonly Column[], org: TruthOrg, ctx: RowContext, enc: SheetEncodings): RowCells {
  return cols.map((c) => {
    const cell = c.cell(org, { ...ctx, rng: rngFor(ctx.layout.seed, 'cell', org.key, c.id, ctx.copy ? 'copy' : '') });
    return { cell, enc: cell.kind === 'text' ? enc.column(c, cell.text) : undefined };
  });
}

/** A copied row: the same cells, its own STT, and the note of a copy (maybe "Trùng"). */
function copyCells(cols: readonly Column[], original: RowCells, org: TruthOrg, ctx: RowContext, enc: SheetEncodings): RowCells {
  return original.map((x, ci) => {
    const c = cols[ci];
    return c && (c.id === 'stt' || (c.id === 'notes' && org.duplicate === 'marked')) ? (rowCells([c], org, ctx, enc)[0] ?? x) : x;
  });
}

function putRow(g: Grid, cells: RowCells): void {
  const r = addRow(g);
  cells.forEach((x, ci) => setCell(g, r, ci, x.cell, x.enc));
}

function writeSection(
  g: Grid,
  cols: readonly Column[],
  s: Section,
  layout: Layout,
  rng: Rng,
  enc: SheetEncodings,
  stt: { n: number },
): void {
  if (s.label !== null) {
    const [mark = '', label = ''] = s.label.split('|');
    const r = addRow(g);
    if (rng.chance(0.5)) {
      setCell(g, r, 0, text(mark, true));
      setCell(g, r, 1, text(label, true), frameEncoding(label, enc.frame));
    } else {
      setCell(g, r, 0, text(`${mark}. ${label}`, true), frameEncoding(label, enc.frame));
      merge(g, r, 0, r, Math.min(2, cols.length - 1));
    }
  }
  const first = g.rows.length;
  const written: TruthOrg[] = [];
  const later: Array<{ org: TruthOrg; cells: RowCells }> = [];
  const ctx = (copy: boolean): RowContext => ({ rng, layout, copy, stt: ++stt.n, districtInSection: s.districtInSection });
  const emit = (org: TruthOrg, cells: RowCells) => {
    if (layout.blankRows && rng.chance(0.1)) addRow(g);
    putRow(g, cells);
    written.push(org);
  };
  for (const org of s.orgs) {
    const cells = rowCells(cols, org, ctx(false), enc);
    emit(org, cells);
    if (org.duplicate === 'none') continue;
    if (rng.chance(0.5)) emit(org, copyCells(cols, cells, org, ctx(true), enc));
    else later.push({ org, cells });
  }
  for (const { org, cells } of later) emit(org, copyCells(cols, cells, org, ctx(true), enc));
  if (layout.subtotals && s.label !== null)
    totalRow(
      g,
      cols,
      rng.pick(['Cộng', 'Cộng:', `Cộng ${s.label.split('|')[1] ?? ''}`.trim()]),
      written,
      [first, g.rows.length - 1],
      layout,
      enc,
    );
}

export interface OrgSheetSpec {
  name: string;
  orgs: readonly TruthOrg[];
  types: readonly OrgType[];
  year: number;
  province: string;
}

export function orgSheet(spec: OrgSheetSpec, layout: Layout, rng: Rng, enc: (cols: Column[]) => SheetEncodings): Grid {
  const tht = spec.types.length === 1 && spec.types[0] === 'THT';
  const hr: HeaderRng = (id) => rngFor(layout.seed, 'header', spec.types.join(), id);
  const text_ = textColumns(layout, hr, tht);
  const cols = orderColumns(
    [...identityColumns(layout, hr, spec.types), ...text_.before, ...figureColumns(layout, hr, tht, spec.year), ...text_.after],
    layout,
    rngFor(layout.seed, 'order', spec.types.join()),
  );
  const encodings = enc(cols);
  const g = newGrid(spec.name);
  g.widths = cols.map((c) => c.width);
  const what = tht
    ? 'TỔ HỢP TÁC'
    : spec.types.length === 1
      ? 'HỢP TÁC XÃ'
      : rng.pick(['HỢP TÁC XÃ, QUỸ TÍN DỤNG NHÂN DÂN', 'TỔ CHỨC KINH TẾ TẬP THỂ', 'HỢP TÁC XÃ, LIÊN HIỆP HTX, QTDND']);
  writeTitle(g, layout, rng, encodings.frame, { width: cols.length, year: spec.year, what, province: spec.province });
  writeHeader(g, cols, layout, encodings.frame);
  writeNumberRow(g, cols, layout);
  if (layout.blankRows && rng.chance(0.5)) addRow(g);
  const sections = sectionsOf(spec.orgs, layout, rng);
  const allRows = spec.orgs.flatMap((o) => (o.duplicate === 'none' ? [o] : [o, o]));
  const totalLabel = rng.pick(['Tổng cộng', 'TỔNG CỘNG', 'Tổng số', 'Tổng']);
  if (layout.total === 'top') totalRow(g, cols, totalLabel, allRows, null, layout, encodings);
  const first = g.rows.length;
  const stt = { n: 0 };
  const restart = rng.chance(0.4);
  for (const s of sections) {
    if (restart) stt.n = 0;
    writeSection(g, cols, s, layout, rng, encodings, stt);
  }
  if (layout.total === 'bottom')
    totalRow(
      g,
      cols,
      totalLabel,
      allRows,
      layout.subtotals && layout.sections !== 'none' ? null : [first, g.rows.length - 1],
      layout,
      encodings,
    );
  if (layout.countLine) {
    const r = addRow(g);
    setCell(
      g,
      r,
      1,
      text(rng.pick([`Số lượng: ${spec.orgs.length}`, `Tổng số: ${spec.orgs.length} tổ chức`, `Có ${spec.orgs.length} đơn vị`])),
      encodings.frame.encoding,
    );
  }
  writeSignature(g, layout, rng, encodings.frame, cols.length, spec.year, spec.province);
  return g;
}
