import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { GridController, type StatusMessage } from './controller.ts';
import { Interaction } from './interaction.ts';
import { RowSearch } from './search.ts';
import { RangeSelection } from './selection.ts';
import type { GridServices } from './services.ts';
import type { ApplyFn, GridAdapter } from './types.ts';
import type { ValueContext } from './values.ts';

/** The grid's working parts, made once per grid and kept for its life. */
export interface GridParts {
  controller: GridController;
  selection: RangeSelection;
  search: RowSearch;
  interaction: Interaction;
}

export interface PartsHost {
  adapter: GridAdapter;
  onApply: ApplyFn;
  canAddRows: boolean;
  ctx(): ValueContext;
  services: GridServices;
  setStatus(msg: StatusMessage): void;
  setTick: Dispatch<SetStateAction<number>>;
}

/**
 * Builds the controller, selection, search and interaction on the first render only: they hold the
 * grid's rows, undo history and range across renders. Edits always go out through the latest onApply.
 */
export function useGridParts(host: PartsHost): GridParts {
  const applyRef = useRef(host.onApply);
  applyRef.current = host.onApply;
  const [parts] = useState(() => {
    const { adapter, ctx, services, setStatus, setTick, canAddRows } = host;
    const controller = new GridController(adapter, {
      apply: (b) => applyRef.current(b),
      status: setStatus,
      changed: () => setTick((t) => t + 1),
    });
    const selection = new RangeSelection(() => controller.api);
    const search = new RowSearch(ctx);
    const interaction = new Interaction({ api: () => controller.api, controller, selection, ctx, services, status: setStatus, canAddRows });
    return { controller, selection, search, interaction };
  });
  return parts;
}
