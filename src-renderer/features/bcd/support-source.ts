/**
 * The support records and linkage contracts as rows of the shared grid: the list of the year (with the
 * imported records still waiting for a date), reloaded when the BCĐ's data or an import changes, and the
 * grid's edits sent as support.* calls — a create, an update of the whole record (the grid sends only the
 * cells that changed), a delete and the restore its undo asks for.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LinkageDto, SupportRecordDto } from '../../../src-main/contract/bcd-dto.ts';
import type { FundingSource, SupportKind } from '../../../src-main/contract/bcd-vocab.ts';
import type { CellValue } from '../../../src-main/contract/fields.ts';
import type { ApiError, OpResult, RegistryOp, Result } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { EchoFilter, gridServices, keyOfId, type ApplyFn, type GridRow } from '../../grid/index.ts';

type Cells = Record<string, CellValue>;

export interface SupportSource {
  rows: GridRow[] | undefined;
  error: string | undefined;
  apply: ApplyFn;
}

/** How one list is read, written and shown as cells. */
interface ListIo<T extends { id: number }> {
  load(year: number): Promise<Result<T[]>>;
  cells(item: T): Cells;
  save(id: number | undefined, cells: Cells): Promise<Result<T>>;
  remove(id: number): Promise<Result<unknown>>;
  restore(id: number): Promise<Result<T>>;
}

const str = (v: CellValue | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

const TEXT_LABEL: Readonly<Record<string, string>> = {
  organizationId: 'Tổ chức',
  grantedOn: 'Ngày',
  signedOn: 'Ngày ký',
  amount: 'Kinh phí',
  value: 'Giá trị',
  supportKind: 'Nội dung',
  fundingSource: 'Nguồn',
  policy: 'Chính sách',
  partner: 'Doanh nghiệp',
  endsOn: 'Hết hạn',
};

/** What an import read in cells it could not take, for the column beside them. */
function importedAs(texts: Record<string, string>): string | null {
  const parts = Object.entries(texts).map(([field, text]) => `${TEXT_LABEL[field] ?? field}: “${text}”`);
  return parts.length === 0 ? null : parts.join('; ');
}

function seen(org: { id: number; name: string } | null): number | null {
  if (org === null) return null;
  gridServices().orgs.addSeen(org.id, org.name);
  return org.id;
}

export const SUPPORT_IO: ListIo<SupportRecordDto> = {
  load: (year) => client.call('support.records', { year, undated: true }),
  cells: (r) => ({
    organizationId: seen(r.organization),
    policy: r.policy,
    decision: r.decision,
    grantedOn: r.grantedOn,
    kind: r.kind,
    amount: r.amount,
    source: r.source,
    note: r.note,
    importedAs: importedAs(r.sourceTexts),
  }),
  save: (id, c) =>
    client.call('support.saveRecord', {
      ...(id === undefined ? {} : { id }),
      organizationId: num(c.organizationId),
      policy: str(c.policy),
      decision: str(c.decision),
      grantedOn: str(c.grantedOn),
      kind: str(c.kind) as SupportKind | null,
      amount: num(c.amount),
      source: str(c.source) as FundingSource | null,
      note: str(c.note),
    }),
  remove: (id) => client.call('support.deleteRecord', { id }),
  restore: (id) => client.call('support.restoreRecord', { id }),
};

export const LINKAGE_IO: ListIo<LinkageDto> = {
  load: (year) => client.call('support.linkages', { year, undated: true }),
  cells: (l) => ({
    organizationId: seen(l.organization),
    partner: l.partner,
    product: l.product,
    value: l.value,
    signedOn: l.signedOn,
    endsOn: l.endsOn,
    note: l.note,
    importedAs: importedAs(l.sourceTexts),
  }),
  save: (id, c) =>
    client.call('support.saveLinkage', {
      ...(id === undefined ? {} : { id }),
      organizationId: num(c.organizationId),
      partner: str(c.partner),
      product: str(c.product),
      value: num(c.value),
      signedOn: str(c.signedOn),
      endsOn: str(c.endsOn),
      note: str(c.note),
    }),
  remove: (id) => client.call('support.deleteLinkage', { id }),
  restore: (id) => client.call('support.restoreLinkage', { id }),
};

/** A refusal as the grid shows it: the message, and each cell's own message where the core named the cell. */
function refused(error: ApiError, op: RegistryOp): OpResult {
  const details = Array.isArray(error.details) ? (error.details as { path?: unknown; message?: unknown }[]) : [];
  const fieldErrors: Record<string, string> = {};
  for (const d of details) if (typeof d.path === 'string' && typeof d.message === 'string') fieldErrors[d.path] = d.message;
  return {
    ok: false,
    message: error.message,
    fieldErrors,
    ...(op.kind === 'create' ? { tempId: op.tempId } : 'id' in op ? { id: op.id } : {}),
  };
}

async function applyOne<T extends { id: number }>(io: ListIo<T>, known: Map<number, Cells>, op: RegistryOp): Promise<OpResult> {
  let r: Result<unknown>;
  switch (op.kind) {
    case 'create':
      r = await io.save(undefined, op.values);
      break;
    case 'update':
      r = await io.save(op.id, { ...known.get(op.id), ...op.changes });
      break;
    case 'delete':
      r = await io.remove(op.id);
      break;
    case 'restore':
      r = await io.restore(op.id);
      break;
    default:
      return { ok: false, message: 'Thao tác này không dùng cho bảng hỗ trợ.', fieldErrors: {} };
  }
  if (!r.ok) return refused(r.error, op);
  const saved = r.value as Partial<T>;
  const id = typeof saved.id === 'number' ? saved.id : 'id' in op ? op.id : 0;
  if (op.kind !== 'delete' && typeof saved.id === 'number') known.set(id, io.cells(saved as T));
  return { ok: true, id, row: null, ...(op.kind === 'create' ? { tempId: op.tempId } : {}) };
}

export function useSupportSource<T extends { id: number }>(io: ListIo<T>, year: number): SupportSource {
  const [state, setState] = useState<{ rows?: GridRow[]; error?: string }>({});
  const known = useRef(new Map<number, Cells>());
  const seq = useRef(0);
  const echo = useRef(new EchoFilter());

  const reload = useCallback(() => {
    const mine = ++seq.current;
    void io.load(year).then((r) => {
      if (mine !== seq.current) return;
      if (!r.ok) return setState({ error: r.error.message });
      known.current = new Map(r.value.map((item) => [item.id, io.cells(item)]));
      setState({ rows: r.value.map((item) => ({ key: keyOfId(item.id), id: item.id, cells: known.current.get(item.id) ?? {} })) });
    });
  }, [io, year]);

  useEffect(() => {
    setState({});
    reload();
    // Names typed or pasted into the organization column are looked up in the directory.
    void gridServices().orgsReady();
  }, [reload]);

  useEffect(
    () =>
      client.onEvent('data.changed', (p) => {
        // The grid's own edits are already on screen; other windows' and imports' changes are loaded.
        if (p.area === 'bcd' && echo.current.consume()) return;
        if (p.area === 'bcd' || p.area === 'imports' || p.area === 'database' || p.area === 'registry') reload();
      }),
    [reload],
  );

  const apply = useCallback<ApplyFn>(
    async (batch) => {
      const results: OpResult[] = [];
      for (const op of batch.ops) {
        const token = echo.current.begin();
        const r = await applyOne(io, known.current, op);
        echo.current.end(token, r.ok);
        results.push(r);
      }
      return results;
    },
    [io],
  );

  return { rows: state.rows, error: state.error, apply };
}
