/**
 * AG Grid column definitions generated from the field specs: formatting, editors, sorting and filters
 * per field kind, and the cell classes that draw the range, pending saves and refused values.
 */
import type { ColDef, ITooltipParams, SuppressKeyboardEventParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { CellValue, FieldSpec } from '../../src-main/contract/fields.ts';
import { foldVietnamese } from '../../src-main/shared/text-fold.ts';
import { fromDong } from '../../src-main/shared/vn-money.ts';
import { parseVnNumber } from '../../src-main/shared/vn-number-parse.ts';
import type { GridController } from './controller.ts';
import { ChoiceEditor } from './editors/ChoiceEditor.tsx';
import { CommuneEditor, OrgEditor } from './editors/LookupEditors.tsx';
import type { EditorParams } from './editors/params.ts';
import type { RangeSelection } from './selection.ts';
import type { GridServices } from './services.ts';
import { ROW_NUMBER_COL, type GridField, type GridRow } from './types.ts';
import { formatCell, headerOf, type ValueContext } from './values.ts';
import { localIsoDate } from '../../src-main/shared/calendar.ts';

export interface ColumnHost {
  controller: GridController;
  selection: RangeSelection;
  services: GridServices;
  ctx(): ValueContext;
  onKey(params: SuppressKeyboardEventParams<GridRow>): boolean;
  takeTypedAhead: EditorParams['takeTypedAhead'];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

const NUMERIC = new Set(['int', 'money', 'year', 'stars']);

export function isNumeric(spec: FieldSpec): boolean {
  return NUMERIC.has(spec.kind);
}

/**
 * Text, numbers, money and dates use AG Grid's own text editor: it takes keys synchronously, so fast
 * typing never loses a character, and it starts from the formatted text (useFormatter). It hands back the
 * typed text, which the grid parses by the field's rules (values.ts) exactly as a pasted cell.
 */
function editorOf(spec: FieldSpec): { cellEditor: unknown; popup: boolean } {
  switch (spec.kind) {
    case 'enum':
    case 'multiEnum':
      return { cellEditor: ChoiceEditor, popup: true };
    case 'commune':
      return { cellEditor: CommuneEditor, popup: true };
    case 'organization':
      return { cellEditor: OrgEditor, popup: true };
    default:
      return { cellEditor: 'agTextCellEditor', popup: false };
  }
}

/** Blanks sort last in both directions would need the sort direction; here blanks sort as smallest. */
function comparatorOf(spec: FieldSpec, ctx: () => ValueContext): (a: CellValue, b: CellValue) => number {
  if (isNumeric(spec)) return (a, b) => (typeof a === 'number' ? a : -Infinity) - (typeof b === 'number' ? b : -Infinity) || 0;
  if (spec.kind === 'date') return (a, b) => String(a ?? '').localeCompare(String(b ?? ''));
  if (spec.kind === 'enum') {
    // Options sort by their Vietnamese label, computed once.
    const rank = new Map([...(spec.options ?? [])].sort((x, y) => collator.compare(x.label, y.label)).map((o, i) => [o.value, i]));
    return (a, b) => (typeof a === 'string' ? (rank.get(a) ?? -1) : -1) - (typeof b === 'string' ? (rank.get(b) ?? -1) : -1);
  }
  if (spec.kind === 'text' || spec.kind === 'code') {
    return (a, b) => {
      if (a === b) return 0;
      if (a === null || a === undefined) return -1;
      if (b === null || b === undefined) return 1;
      return collator.compare(String(a), String(b));
    };
  }
  // Communes, organizations, several sectors: compared by the name shown, looked up once per sort.
  const label = (v: CellValue) => {
    const k = Array.isArray(v) ? v.join('\u0000') : String(v);
    let l = sortLabels.get(k);
    if (l === undefined) {
      l = formatCell(spec, v, ctx());
      sortLabels.set(k, l);
    }
    return l;
  };
  return (a, b) =>
    a === null || a === undefined
      ? b === null || b === undefined
        ? 0
        : -1
      : b === null || b === undefined
        ? 1
        : collator.compare(label(a), label(b));
}

const sortLabels = new Map<string, string>();

/** After a sort: names may change before the next one (an organization renamed). */
export function clearSortLabels(): void {
  sortLabels.clear();
}

function filterOf(spec: FieldSpec, ctx: () => ValueContext): Pick<ColDef<GridRow>, 'filter' | 'filterParams' | 'filterValueGetter'> {
  if (isNumeric(spec)) {
    return {
      filter: 'agNumberColumnFilter',
      // Money is filtered in the unit shown, numbers are typed the Vietnamese way ("1.580" or "1,5").
      filterValueGetter: (p: ValueGetterParams<GridRow>) => {
        const v = p.data?.cells[p.colDef.colId ?? ''];
        if (typeof v !== 'number') return null;
        return spec.kind === 'money' ? fromDong(v, ctx().unit) : v;
      },
      filterParams: {
        allowedCharPattern: '\\d\\-\\.,\\s',
        numberParser: (text: string | null) => {
          if (text === null || text.trim() === '') return null;
          const r = parseVnNumber(text);
          return r.ok ? r.value : null;
        },
        maxNumConditions: 2,
      },
    };
  }
  if (spec.kind === 'date') {
    return {
      filter: 'agDateColumnFilter',
      filterParams: {
        comparator: (filterDate: Date, cell: CellValue) => {
          if (typeof cell !== 'string') return -1;
          const f = localIsoDate(filterDate);
          return cell === f ? 0 : cell < f ? -1 : 1;
        },
      },
    };
  }
  return {
    filter: 'agTextColumnFilter',
    // Filters on what is shown (labels, names), ignoring diacritics and case like the search box.
    filterValueGetter: (p: ValueGetterParams<GridRow>) => formatCell(spec, p.data?.cells[p.colDef.colId ?? ''] ?? null, ctx()),
    filterParams: { textFormatter: (s: string) => foldVietnamese(s), maxNumConditions: 2 },
  };
}

export function buildColumns(fields: readonly GridField[], host: ColumnHost): ColDef<GridRow>[] {
  const { controller, selection } = host;
  return fields.map((field): ColDef<GridRow> => {
    const spec = field.spec;
    const colId = field.colId;
    const { cellEditor, popup } = editorOf(spec);
    const params: EditorParams | { useFormatter: true; maxLength?: number } = popup
      ? { field, ctx: host.ctx, services: host.services, takeTypedAhead: host.takeTypedAhead }
      : { useFormatter: true, ...(spec.maxLength ? { maxLength: spec.maxLength } : {}) };
    const numeric = isNumeric(spec);
    return {
      colId,
      headerName: headerOf(spec, host.ctx().unit),
      headerTooltip: spec.readOnly ? `${spec.label} (chỉ xem)` : spec.label,
      valueGetter: (p: ValueGetterParams<GridRow>) => p.data?.cells[colId] ?? null,
      valueFormatter: (p: ValueFormatterParams<GridRow, CellValue>) => formatCell(spec, p.value ?? null, host.ctx()),
      editable: !spec.readOnly,
      cellEditor,
      cellEditorPopup: popup,
      cellEditorPopupPosition: 'under',
      cellEditorParams: params,
      comparator: comparatorOf(spec, host.ctx),
      ...filterOf(spec, host.ctx),
      // initial*: the clerk's saved layout, not the definition, decides once the grid is open.
      initialWidth: field.width ?? (numeric ? 130 : spec.kind === 'date' ? 120 : 180),
      initialPinned: field.pinned ? 'left' : undefined,
      initialHide: field.hidden ?? false,
      type: numeric ? 'rightAligned' : undefined,
      suppressKeyboardEvent: host.onKey,
      tooltipValueGetter: (p: ITooltipParams<GridRow>) => {
        const key = p.data?.key;
        const err = key ? controller.errorAt(key, colId) : undefined;
        if (err) return err;
        // Long text is cut in the cell; the tooltip shows all of it.
        return typeof p.valueFormatted === 'string' && p.valueFormatted.length > 30 ? p.valueFormatted : undefined;
      },
      cellClassRules: {
        'kttt-range': (p) => selection.contains(p.node.rowIndex, colId),
        'kttt-error': (p) => !!p.data && controller.errorAt(p.data.key, colId) !== undefined,
        'kttt-pending': (p) => !!p.data && controller.isPending(p.data.key, colId),
        'kttt-readonly': () => !!spec.readOnly,
        'kttt-draft': (p) => p.data?.id === null,
      },
    };
  });
}

/**
 * Row numbers at the left, like Excel's row headers: they name rows in paste reports, and a double click
 * (or the button) opens the row's detail where the page has one.
 */
export function rowNumberColumn(onOpen: ((row: GridRow) => void) | undefined): ColDef<GridRow> {
  return {
    colId: ROW_NUMBER_COL,
    headerName: '#',
    valueGetter: (p: ValueGetterParams<GridRow>) => (p.node?.rowIndex ?? 0) + 1,
    initialWidth: 64,
    initialPinned: 'left',
    lockPosition: 'left',
    suppressMovable: true,
    sortable: false,
    filter: false,
    editable: false,
    resizable: false,
    suppressNavigable: true,
    cellClass: 'kttt-rownum',
    headerTooltip: onOpen ? 'Số thứ tự; bấm đúp để xem chi tiết' : 'Số thứ tự',
    onCellDoubleClicked: onOpen ? (e) => e.data && onOpen(e.data) : undefined,
    tooltipValueGetter: onOpen ? () => 'Bấm đúp để xem chi tiết' : undefined,
  };
}
