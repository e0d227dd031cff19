/**
 * Rows brought back from the recycle bin, announced to the grid that shows them, so that its Ctrl+Z undoes
 * the restore like any other step of the clerk's work.
 */
import type { Entity } from '../../src-main/contract/fields.ts';

const EVENT = 'kttt:restored';

export interface Restored {
  entity: Entity;
  ids: number[];
}

export function announceRestore(restored: Restored): void {
  window.dispatchEvent(new CustomEvent<Restored>(EVENT, { detail: restored }));
}

export function onRestored(listener: (restored: Restored) => void): () => void {
  const l = (e: Event) => listener((e as CustomEvent<Restored>).detail);
  window.addEventListener(EVENT, l);
  return () => window.removeEventListener(EVENT, l);
}
