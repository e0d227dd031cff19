import { useState } from 'react';
import type { Entity } from '../../src-main/contract/fields.ts';
import { RecycleBin } from './RecycleBin.tsx';

export interface BinPageHeadProps {
  title: string;
  /** A line of help beside the title. */
  hint?: string;
  /** Whose deleted rows the bin lists: the entities the page edits. */
  binEntities: readonly Entity[];
}

/**
 * The head of a registry page: its title, a hint, and the "Thùng rác" button that opens the recycle bin
 * of the page's own entities under it.
 */
export function BinPageHead({ title, hint, binEntities }: BinPageHeadProps) {
  const [bin, setBin] = useState(false);
  return (
    <>
      <div className="kttt-page-head">
        <h1>{title}</h1>
        {hint !== undefined && <span className="muted">{hint}</span>}
        <button type="button" className="secondary" style={{ marginLeft: 'auto' }} onClick={() => setBin(!bin)} aria-expanded={bin}>
          Thùng rác
        </button>
      </div>
      {bin && <RecycleBin entities={binEntities} onClose={() => setBin(false)} />}
    </>
  );
}
