/**
 * The grid's public surface: pages import the grid only from here, so the files behind it can be
 * rearranged without touching the features. What a page needs is the registry grid itself, the hook
 * that feeds it a registry list, the row and column types its adapter is written in, the cell
 * formatting shared with the pages that show the same values outside a grid, and the AG Grid setup
 * for a feature's own read-only grids.
 */

// The registry grid and its data
export { RegistryGrid, type RegistryGridProps } from './RegistryGrid.tsx';
export { useRegistrySource, type RegistrySource } from './useRegistrySource.ts';
export { YearSelect } from './YearSelect.tsx';

// Rows, columns and adapters
export { keyOfId, type ApplyFn, type GridAdapter, type GridField, type GridRow } from './types.ts';
export {
  certCells,
  figureCells,
  FIGURE_PREFIX,
  isCertRow,
  isFigureRow,
  isOcopRow,
  mergeOrgAnswer,
  ocopCells,
  orgGridRow,
} from './registry-rows.ts';

// Values as the grids show and read them, and the lookups behind them
export { formatCell, headerOf, parseCell, type ValueContext } from './values.ts';
export { gridServices, lookupCommune, type GridServices } from './services.ts';
export type { OrgEntry } from './books.ts';
export { orgEntriesOf, orgGridRows } from './packed-rows.ts';

// Rows restored from the recycle bin, so the grid showing them can undo the restore
export { announceRestore } from './restored.ts';

// A grid of rows no one edits in place, with the same Excel habits (range, copy, filters, CSV)
export { ReadOnlyGrid, type ReadOnlyGridProps } from './ReadOnlyGrid.tsx';

// A grid's own saves, told from other views' changes when the core announces them
export { EchoFilter } from './echo.ts';

// AG Grid set up the app's way, for grids that are not registry grids
export { GRID_LOCALE, GRID_THEME, setupAgGrid } from './setup.ts';
