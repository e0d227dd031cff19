/**
 * Writes a truth registry as a clerk's legacy workbook in the given layout: the organization list (THT maybe
 * on their own sheet), the OCOP sheet, maybe empty default sheets — as .xlsx (ExcelJS or SheetJS) or .xls.
 */
import path from 'node:path';
import type { OrgType } from '../../../src-main/contract/vocab.ts';
import { ORG_TYPES } from '../../../src-main/contract/vocab.ts';
import type { Column } from './columns.ts';
import type { CellEncoding, Grid } from './grid.ts';
import { newGrid } from './grid.ts';
import type { Layout } from './layout.ts';
import type { Truth } from './model.ts';
import { rngFor, type Rng } from './rng.ts';
import { extensionOf, saveGrids } from './save.ts';
import type { FrameText } from './sheet-frame.ts';
import { ocopSheet } from './sheet-ocop.ts';
import { orgSheet, type SheetEncodings } from './sheet-org.ts';

export interface WrittenBook {
  file: string;
  /** The title states no date: import with `--year N`. */
  needsYear: boolean;
  sheetNames: string[];
}

const TEXT_ENCODINGS: readonly CellEncoding[] = ['unicode', 'tcvn3', 'vni', 'nfd'];

function frameOf(encoding: CellEncoding, layout: Layout): FrameText {
  const capitals = encoding === 'tcvn3' && layout.capitalsFont && layout.format === 'xlsx-exceljs';
  return { encoding, upperEncoding: capitals ? 'tcvn3-capitals' : encoding };
}

/** Whole sheet in one encoding, or (layout 'columns', and some second sheets) mixed; drawn apart (rngFor). */
function sheetEncodings(layout: Layout, sheet: string, main: boolean): (cols: Column[]) => SheetEncodings {
  const rng = rngFor(layout.seed, 'encoding', sheet);
  const whole: CellEncoding = layout.encoding === 'columns' ? rng.pick(TEXT_ENCODINGS) : layout.encoding;
  const own = main || rng.chance(0.7) ? whole : rng.pick(TEXT_ENCODINGS);
  return (cols) => {
    const byColumn = new Map(
      cols.map((c) => [c.id, layout.encoding === 'columns' ? rngFor(layout.seed, 'encoding', sheet, c.id).pick(TEXT_ENCODINGS) : own]),
    );
    const capitals = frameOf('tcvn3', layout).upperEncoding;
    return {
      frame: frameOf(own, layout),
      column: (c, t) => {
        const e = byColumn.get(c.id) ?? own;
        return e === 'tcvn3' && t === t.toUpperCase() && /[A-ZĐ]/.test(t) ? capitals : e;
      },
    };
  };
}

function fileName(truth: Truth, layout: Layout, rng: Rng): string {
  const base = rng.pick([`ds-htx-${truth.year}`, `Danh sách HTX ${truth.year}`, `DS KTTT nam ${truth.year}`, 'Bieu 01 - Danh sach']);
  return `${base}${extensionOf(layout.format)}`;
}

export async function writeLegacyBook(truth: Truth, layout: Layout, dir: string): Promise<WrittenBook> {
  const grids: Grid[] = [];
  const thtApart = layout.thtSheet && truth.orgs.some((o) => o.type === 'THT');
  const mainTypes: OrgType[] = ORG_TYPES.filter((t) => (!thtApart || t !== 'THT') && truth.orgs.some((o) => o.type === t));
  const province = truth.provinceName;
  if (mainTypes.length > 0) {
    const name = rngFor(layout.seed, 'sheet-name', 'main').pick(['DS HTX', 'Sheet1', `HTX ${truth.year}`, 'Danh sach', 'Tổng hợp']);
    grids.push(
      orgSheet(
        { name, orgs: truth.orgs.filter((o) => mainTypes.includes(o.type)), types: mainTypes, year: truth.year, province },
        layout,
        rngFor(layout.seed, 'sheet', 'main'),
        sheetEncodings(layout, 'main', true),
      ),
    );
  }
  if (thtApart) {
    const name = rngFor(layout.seed, 'sheet-name', 'tht').pick(['THT', 'Tổ hợp tác', 'DS THT']);
    grids.push(
      orgSheet(
        { name, orgs: truth.orgs.filter((o) => o.type === 'THT'), types: ['THT'], year: truth.year, province },
        layout,
        rngFor(layout.seed, 'sheet', 'tht'),
        sheetEncodings(layout, 'tht', mainTypes.length === 0),
      ),
    );
  }
  if (truth.ocop.length > 0) {
    const enc = sheetEncodings(layout, 'ocop', false)([]);
    const sheet = ocopSheet(
      truth,
      rngFor(layout.seed, 'sheet-name', 'ocop').pick(['OCOP', 'SP OCOP', 'Sản phẩm OCOP']),
      layout,
      rngFor(layout.seed, 'ocop'),
      enc.frame,
      enc.frame.encoding,
    );
    if (layout.ocopFirst) grids.unshift(sheet);
    else grids.push(sheet);
  }
  if (layout.emptySheets) grids.push(newGrid('Sheet2'), newGrid('Sheet3'));
  const file = path.join(dir, fileName(truth, layout, rngFor(layout.seed, 'file-name')));
  await saveGrids(grids, file, layout.format);
  return { file, needsYear: layout.listDate === 'none', sheetNames: grids.map((g) => g.name) };
}
