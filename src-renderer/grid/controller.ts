/**
 * The editing heart shared by every registry grid: rows, optimistic saving, the core's verdicts shown on
 * cells, and undo/redo of saved edits. Knows AG Grid only through its API handle; the React component,
 * the keyboard and the clipboard call into it.
 *
 * Saving: an edit shows at once (optimistic) and its cells are marked pending; the network part runs in a
 * queue, one batch at a time, so a draft row's create finishes before the next edit of that row is
 * planned (which then becomes an update, not a second create). The core's answer replaces the row;
 * a refusal puts the old value back and the reason on the cell.
 */
import type { OpResult, RegistryRow } from '../../src-main/contract/index.ts';
import type { CellValue } from '../../src-main/contract/fields.ts';
import { figureOp, planRow, type PlannedOp } from './ops.ts';
import { isBlankCell, RowStore, sameCells } from './store.ts';
import { cellKey, keyOfId, type ApplyFn, type GridAdapter, type GridField, type GridRow } from './types.ts';
import { stepOf, UndoStack, type OpBatch, type UndoStep } from './undo.ts';
import { sameValue } from './values.ts';

export type { CellProblem } from './store.ts';

export interface StatusMessage {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export interface CellEdit {
  rowKey: string;
  colId: string;
  value: CellValue;
}

export interface CommitOutcome {
  /** The core's reasons for every refused op; empty when all was saved. */
  failures: string[];
}

interface Change {
  rowKey: string;
  before: GridRow;
  changed: string[];
  after: Record<string, CellValue>;
}

export interface ControllerHost {
  apply: ApplyFn;
  status(msg: StatusMessage): void;
  /** Undo/redo availability or pending count changed: re-render the toolbar. */
  changed(): void;
}

export class GridController extends RowStore {
  readonly undo = new UndoStack();
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    adapter: GridAdapter,
    private readonly host: ControllerHost,
  ) {
    super(adapter);
  }

  /**
   * Saves edits of existing cells and new rows as one step (one undo). Shows them at once; resolves when
   * the core has answered.
   */
  commit(edits: readonly CellEdit[], newRows: readonly Record<string, CellValue>[], label: string): Promise<CommitOutcome> {
    const seq = ++this.seq;
    const changes = new Map<string, Change>();
    const updated: GridRow[] = [];
    const touched = new Set<string>();
    for (const e of edits) {
      const row = this.byKey.get(e.rowKey);
      if (!row || !this.fieldMap.has(e.colId)) continue;
      touched.add(e.rowKey);
      this.errors.delete(cellKey(e.rowKey, e.colId));
      if (sameValue(row.cells[e.colId], e.value)) continue;
      let c = changes.get(e.rowKey);
      if (!c) {
        c = { rowKey: e.rowKey, before: row, changed: [], after: { ...row.cells } };
        changes.set(e.rowKey, c);
      }
      if (!c.changed.includes(e.colId)) c.changed.push(e.colId);
      c.after[e.colId] = e.value;
      this.pending.set(cellKey(e.rowKey, e.colId), seq);
    }
    for (const c of changes.values()) {
      const next = { ...c.before, cells: c.after };
      this.byKey.set(c.rowKey, next);
      updated.push(next);
    }
    const added: GridRow[] = [];
    for (const values of newRows) {
      const key = this.newDraftKey();
      const cells = { ...this.adapter.defaults, ...values };
      const row: GridRow = { key, id: null, cells };
      this.byKey.set(key, row);
      added.push(row);
      const changed = Object.keys(cells);
      for (const colId of changed) this.pending.set(cellKey(key, colId), seq);
      changes.set(key, { rowKey: key, before: row, changed, after: cells });
    }
    this.show(updated);
    if (added.length) this.api?.applyTransaction({ add: added });
    // Rows whose only change was a cleared problem still need their cell classes redrawn.
    this.refreshRows(new Set([...touched].filter((k) => !changes.has(k))));
    this.host.changed();
    if (changes.size === 0) return Promise.resolve({ failures: [] });
    const run = this.queue.then(() => this.send(seq, label, [...changes.values()]));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async send(seq: number, label: string, changes: Change[]): Promise<CommitOutcome> {
    const plans: PlannedOp[] = [];
    const deferred = new Map<string, Record<string, CellValue>>();
    const waiting: string[] = [];
    for (const c of changes) {
      const current = this.byKey.get(c.rowKey);
      if (!current) continue;
      if (current.id === null) {
        // A new row is created once its required cells are filled; until then it waits, marked.
        const missing = this.missingRequired(current);
        if (missing.length) {
          for (const f of missing) this.errors.set(cellKey(c.rowKey, f.colId), `Cần nhập “${f.spec.label}” để lưu dòng mới.`);
          waiting.push(...missing.map((f) => f.spec.label).filter((l) => !waiting.includes(l)));
          this.refreshRows(new Set([c.rowKey]));
          continue;
        }
      }
      // Planned now, not at commit time: a draft saved by an earlier batch has an id by now.
      const plan =
        current.id === null
          ? planRow(current, current.cells, c.changed, this.fieldMap, this.adapter.figureYear)
          : planRow({ ...c.before, id: current.id }, c.after, c.changed, this.fieldMap, this.adapter.figureYear);
      plans.push(...plan.ops);
      if (Object.keys(plan.deferredFigures).length) deferred.set(c.rowKey, plan.deferredFigures);
    }
    const steps: UndoStep[] = [];
    const failures: string[] = [];
    if (plans.length) {
      const results = await this.host.apply({ entity: this.adapter.entity, ops: plans.map((p) => p.op) });
      failures.push(...this.settle(plans, results, seq));
      steps.push(
        stepOf(
          label,
          this.adapter.entity,
          plans.map((p) => p.op),
          results,
          plans.map((p) => p.before),
        ),
      );
    }
    // Figures typed into a new organization's row go out once the organization exists.
    const year = this.adapter.figureYear;
    const figurePlans: PlannedOp[] = [];
    for (const [rowKey, cells] of deferred) {
      const id = this.byKey.get(rowKey)?.id;
      if (id === null || id === undefined || year === undefined) continue;
      const p = figureOp(rowKey, id, year, cells, this.fieldMap);
      if (p) figurePlans.push(p);
    }
    if (figurePlans.length) {
      const results = await this.host.apply({ entity: this.adapter.entity, ops: figurePlans.map((p) => p.op) });
      failures.push(...this.settle(figurePlans, results, seq));
      steps.push(
        stepOf(
          label,
          this.adapter.entity,
          figurePlans.map((p) => p.op),
          results,
          figurePlans.map((p) => p.before),
        ),
      );
    }
    // Cells this batch marked pending but no op covered (a draft with nothing to send) are settled too.
    for (const c of changes)
      for (const colId of c.changed) if (this.pending.get(cellKey(c.rowKey, colId)) === seq) this.pending.delete(cellKey(c.rowKey, colId));
    const step = mergeSteps(label, steps);
    this.undo.record(step);
    if (waiting.length && !failures.length) {
      this.host.status({ kind: 'info', text: `Dòng mới chưa được lưu: còn thiếu ${waiting.map((w) => `“${w}”`).join(', ')}.` });
    } else if (failures.length) {
      const shown = failures.slice(0, 3).join(' ');
      this.host.status({
        kind: 'error',
        text: `Không lưu được ${String(failures.length)} thay đổi: ${shown}${failures.length > 3 ? ' …' : ''}`,
      });
    } else if (step.undo.length) {
      this.host.status({ kind: 'ok', text: `${label}: đã lưu.` });
    }
    this.host.changed();
    return { failures };
  }

  private missingRequired(row: GridRow): GridField[] {
    return [...this.fieldMap.values()].filter(
      (f) => f.spec.required && !f.spec.readOnly && f.target !== 'figures' && isBlankCell(row.cells[f.colId]),
    );
  }

  /** Applies the core's answers to the rows; returns the refusal messages. */
  private settle(plans: readonly PlannedOp[], results: readonly OpResult[], seq: number): string[] {
    const failures: string[] = [];
    const updates = new Map<string, GridRow>();
    plans.forEach((p, i) => {
      const r: OpResult = results[i] ?? { ok: false, message: 'Không có trả lời cho thay đổi này.', fieldErrors: {} };
      const row = updates.get(p.rowKey) ?? this.byKey.get(p.rowKey);
      if (!row) return;
      const ownCols = Object.values(p.colOf);
      let next: GridRow = row;
      if (r.ok) {
        if (p.op.kind === 'create') {
          next = { ...next, id: r.id };
          this.keyById.set(r.id, p.rowKey);
        }
        if (r.row) next = this.mergeServer(next, r.row, seq);
        for (const colId of ownCols) this.settlePending(p.rowKey, colId, seq);
      } else {
        const cells = { ...next.cells };
        for (const [key, colId] of Object.entries(p.colOf)) {
          // An update is rolled back; a draft keeps what was typed so the clerk can correct it.
          if (p.op.kind !== 'create' && this.pending.get(cellKey(p.rowKey, colId)) === seq) cells[colId] = p.before[key] ?? null;
          this.settlePending(p.rowKey, colId, seq);
        }
        next = { ...next, cells };
        let placed = false;
        for (const [key, message] of Object.entries(r.fieldErrors)) {
          const colId = p.colOf[key] ?? (this.fieldMap.has(key) ? key : undefined);
          if (colId) {
            this.errors.set(cellKey(p.rowKey, colId), message);
            placed = true;
          }
        }
        if (!placed) for (const colId of ownCols) this.errors.set(cellKey(p.rowKey, colId), r.message);
        failures.push(r.message);
      }
      updates.set(p.rowKey, next);
    });
    const changed: GridRow[] = [];
    for (const [key, row] of updates) {
      const shown = this.byKey.get(key);
      this.byKey.set(key, row);
      // The usual case: the core saved exactly what is already shown; only the cell marks change.
      if (!shown || shown.id !== row.id || !sameCells(shown.cells, row.cells)) changed.push(row);
    }
    this.show(changed);
    this.refreshRows(new Set(updates.keys()));
    return failures;
  }

  private settlePending(rowKey: string, colId: string, seq: number): void {
    const k = cellKey(rowKey, colId);
    if (this.pending.get(k) === seq) this.pending.delete(k);
  }

  /** The core's version of a row, except cells a later, still unanswered edit has changed since. */
  private mergeServer(current: GridRow, server: RegistryRow, seq: number): GridRow {
    const fresh = this.adapter.fromServer(server, current);
    if (!fresh) return current;
    const cells = { ...fresh.cells };
    for (const colId of Object.keys(current.cells)) {
      const p = this.pending.get(cellKey(current.key, colId));
      if (p !== undefined && p > seq) cells[colId] = current.cells[colId] ?? null;
    }
    return { key: current.key, id: fresh.id ?? current.id, cells };
  }

  /** Soft-deletes rows (drafts simply disappear); one undo step restores them all. */
  async deleteRows(keys: readonly string[]): Promise<void> {
    await this.queue;
    const drafts = keys.map((k) => this.byKey.get(k)).filter((r): r is GridRow => !!r && r.id === null);
    const saved = keys.map((k) => this.byKey.get(k)).filter((r): r is GridRow & { id: number } => !!r && r.id !== null);
    for (const d of drafts) this.byKey.delete(d.key);
    this.api?.applyTransaction({ remove: drafts });
    if (saved.length) {
      const step: UndoStep = { label: `Xóa ${String(saved.length)} dòng`, undo: [], redo: [] };
      const ok = await this.runBatches(
        [{ entity: this.adapter.entity, ops: saved.map((r) => ({ kind: 'delete' as const, id: r.id })) }],
        'Không xóa được',
      );
      if (ok.results) {
        const s = stepOf(
          step.label,
          this.adapter.entity,
          ok.ops,
          ok.results,
          ok.ops.map(() => ({})),
        );
        this.undo.record(s);
        if (ok.allOk)
          this.host.status({
            kind: 'ok',
            text: `Đã xóa ${String(saved.length)} dòng (có thể khôi phục trong Thùng rác hoặc bấm Hoàn tác).`,
          });
      }
    }
    this.host.changed();
  }

  async undoLast(): Promise<void> {
    await this.queue;
    const step = this.undo.takeUndo();
    if (!step) return;
    const r = await this.runSteps(step.undo, 'Không hoàn tác được');
    if (r) {
      this.undo.undoApplied(step);
      this.host.status({ kind: 'ok', text: `Đã hoàn tác: ${step.label}.` });
    }
    this.host.changed();
  }

  async redoLast(): Promise<void> {
    await this.queue;
    const step = this.undo.takeRedo();
    if (!step) return;
    const r = await this.runSteps(step.redo, 'Không làm lại được');
    if (r) {
      this.undo.redoApplied(step);
      this.host.status({ kind: 'ok', text: `Đã làm lại: ${step.label}.` });
    }
    this.host.changed();
  }

  private async runSteps(batches: readonly OpBatch[], failText: string): Promise<boolean> {
    for (const b of batches) {
      const r = await this.runBatches([b], failText);
      if (!r.allOk) return false;
    }
    return true;
  }

  /** Sends ops that act on whole rows (undo, redo, delete, restore) and shows their outcome. */
  private async runBatches(
    batches: readonly OpBatch[],
    failText: string,
  ): Promise<{ allOk: boolean; ops: OpBatch['ops']; results: OpResult[] | null }> {
    let allOk = true;
    let lastOps: OpBatch['ops'] = [];
    let lastResults: OpResult[] | null = null;
    for (const batch of batches) {
      const results = await this.host.apply(batch);
      lastOps = batch.ops;
      lastResults = results;
      const update: GridRow[] = [];
      const add: GridRow[] = [];
      const remove: GridRow[] = [];
      const messages: string[] = [];
      batch.ops.forEach((op, i) => {
        const r = results[i];
        if (!r || !r.ok) {
          messages.push(r?.message ?? 'Không có trả lời.');
          return;
        }
        const id = op.kind === 'upsertFigures' ? op.organizationId : op.kind === 'create' ? r.id : op.id;
        const key = this.keyById.get(id) ?? keyOfId(id);
        const current = this.byKey.get(key);
        if (op.kind === 'delete') {
          if (current) {
            this.byKey.delete(key);
            remove.push(current);
          }
          return;
        }
        if (!r.row) return;
        const fresh = this.adapter.fromServer(r.row, current);
        if (!fresh) return;
        const next: GridRow = { key, id: fresh.id ?? id, cells: fresh.cells };
        for (const colId of Object.keys(next.cells)) this.errors.delete(cellKey(key, colId));
        this.byKey.set(key, next);
        (current ? update : add).push(next);
      });
      this.show(update);
      if (add.length || remove.length) this.api?.applyTransaction({ add, remove });
      this.refreshRows(new Set(update.map((r) => r.key)));
      if (messages.length) {
        allOk = false;
        this.host.status({ kind: 'error', text: `${failText}: ${messages.slice(0, 3).join(' ')}` });
      }
    }
    return { allOk, ops: lastOps, results: lastResults };
  }
}

/** Several applies made for one user action (a row, then its figures) undo as one step. */
export function mergeSteps(label: string, steps: readonly UndoStep[]): UndoStep {
  return { label, undo: [...steps].reverse().flatMap((s) => s.undo), redo: steps.flatMap((s) => s.redo) };
}
