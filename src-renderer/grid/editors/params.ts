import type { GridServices } from '../services.ts';
import type { GridField } from '../types.ts';
import type { ValueContext } from '../values.ts';

/** What every editor gets through cellEditorParams besides AG Grid's own props. */
export interface EditorParams {
  field: GridField;
  /** Read at edit time: the money unit may have changed since the columns were built. */
  ctx: () => ValueContext;
  services: GridServices;
  /** Keys typed into this cell after the one that opened the editor, before it could take them. */
  takeTypedAhead: (cell: { node: { id?: string | undefined }; column: { getColId(): string } }) => string;
}
