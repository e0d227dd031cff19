/**
 * AG Grid Community set up once for every grid of the app: all Community modules, the Vietnamese texts
 * of its menus and filters, and a compact spreadsheet-like theme in the app's colours.
 */
import { AllCommunityModule, ModuleRegistry, themeBalham } from 'ag-grid-community';
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';

let registered = false;

export function setupAgGrid(): void {
  if (registered) return;
  ModuleRegistry.registerModules([AllCommunityModule]);
  registered = true;
}

/** AG Grid's own Vietnamese texts, with a few words the office uses differently. */
export const GRID_LOCALE: Record<string, string> = {
  ...AG_GRID_LOCALE_VN,
  noRowsToShow: 'Không có dòng nào',
  loadingOoo: 'Đang tải…',
};

export const GRID_THEME = themeBalham.withParams({
  accentColor: '#1f6f43',
  fontFamily: ['Segoe UI', 'Liberation Sans', 'Arial', 'sans-serif'],
  fontSize: 13,
  rowHeight: 28,
  headerFontWeight: 600,
  oddRowBackgroundColor: '#f8faf9',
  rowHoverColor: '#eef5f0',
  wrapperBorderRadius: 4,
});
