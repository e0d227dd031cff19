import type { NarrativeDto, TargetDto } from '../../contract/bcd-dto.ts';
import type { TargetsInput } from '../../contract/bcd.ts';
import { NARRATIVE_PARTS, TARGET_INDICATORS, type NarrativePart, type TargetIndicator } from '../../contract/bcd-vocab.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock } from '../inspections/common.ts';
import { cellError, changed } from './common.ts';
import * as repo from './repository.ts';

const KNOWN = new Set<string>(TARGET_INDICATORS.map((t) => t.key));

export async function targetsOf(db: Db, years: readonly number[]): Promise<TargetDto[]> {
  const rows = await repo.targetRows(db, years);
  return rows
    .filter((r) => KNOWN.has(r.indicator))
    .map((r) => ({ year: r.year, indicator: r.indicator as TargetIndicator, value: r.value, document: r.document }));
}

/** Sets a year's targets: a value sets or changes one, a null value removes it (a blank is no target, never 0). */
export async function saveTargets(ctx: CoreContext, input: TargetsInput): Promise<TargetDto[]> {
  const { at } = clock(ctx);
  input.targets.forEach((t, i) => {
    const def = TARGET_INDICATORS.find((d) => d.key === t.indicator);
    if (t.value === null || !def) return;
    if (def.kind === 'share' && t.value > 1) throw cellError(`targets.${i}.value`, `${def.label}: tỷ lệ không được quá 100%.`);
    if (def.kind !== 'share' && !Number.isInteger(t.value))
      throw cellError(`targets.${i}.value`, `${def.label}: chỉ tiêu phải là số nguyên.`);
  });
  await writeTransaction(ctx, async ({ db }) => {
    const before = new Map((await targetsOf(db, [input.year])).map((t) => [t.indicator, t]));
    for (const t of input.targets) {
      const old = before.get(t.indicator);
      if (t.value === null) {
        if (old) await repo.deleteTarget(db, input.year, t.indicator);
      } else {
        await repo.upsertTarget(db, { year: input.year, indicator: t.indicator, value: t.value, document: blankToNull(t.document), at });
      }
      const now = t.value === null ? null : { value: t.value, document: blankToNull(t.document) };
      const was = old ? { value: old.value, document: old.document } : null;
      if (JSON.stringify(was) !== JSON.stringify(now))
        await recordAudit(db, ctx.who, at, [
          { action: 'update', entity: 'bcd_targets', entityId: `${input.year}.${t.indicator}`, oldValue: was, newValue: now },
        ]);
    }
  });
  changed(ctx);
  return targetsOf(ctx.db, [input.year]);
}

export async function narrativeOf(db: Db, year: number): Promise<NarrativeDto> {
  const rows = await repo.narrativeRows(db, year);
  const out = Object.fromEntries(NARRATIVE_PARTS.map((p) => [p, ''])) as NarrativeDto;
  for (const r of rows) if ((NARRATIVE_PARTS as readonly string[]).includes(r.part)) out[r.part as NarrativePart] = r.content;
  return out;
}

export async function saveNarrative(
  ctx: CoreContext,
  input: { year: number; part: NarrativePart; content: string },
): Promise<NarrativeDto> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const before = await narrativeOf(db, input.year);
    await repo.upsertNarrative(db, input.year, input.part, input.content, at);
    await recordAudit(db, ctx.who, at, [
      {
        action: 'update',
        entity: 'bcd_narratives',
        entityId: `${input.year}.${input.part}`,
        oldValue: before[input.part],
        newValue: input.content,
      },
    ]);
  });
  changed(ctx);
  return narrativeOf(ctx.db, input.year);
}
