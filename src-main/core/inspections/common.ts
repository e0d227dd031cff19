import type { OrgRef } from '../../contract/inspection-dto.ts';
import type { OrgType } from '../../contract/vocab.ts';
import { AppError } from '../../contract/errors.ts';
import type { AuditEntry } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { adminUnitsOf } from '../registry/admin.ts';
import { localIsoDate } from '../registry/values.ts';
import type { Db } from '../db/types.ts';
import { orgRows, type OrgRefRow } from './repository.ts';

/** "Xã …" of a 2025 commune code; the province is the office's own, so lists print the commune alone. */
export function communeName(ctx: Pick<CoreContext, 'resourcesDir'>, code: string | null): string | null {
  if (!code) return null;
  return adminUnitsOf(ctx).getCommune(code)?.fullName ?? null;
}

export function orgRefOf(ctx: Pick<CoreContext, 'resourcesDir'>, o: Pick<OrgRefRow, 'id' | 'name' | 'type' | 'commune_code'>): OrgRef {
  return { id: o.id, name: o.name, type: o.type as OrgType, communeCode: o.commune_code, commune: communeName(ctx, o.commune_code) };
}

/** Organization references by id, for mapping many rows at once. */
export async function orgRefMap(ctx: CoreContext, db: Db, ids: readonly number[]): Promise<Map<number, OrgRef>> {
  const rows = await orgRows(db, ids);
  return new Map(rows.map((o) => [o.id, orgRefOf(ctx, o)]));
}

export function refOrThrow(map: Map<number, OrgRef>, id: number): OrgRef {
  const ref = map.get(id);
  if (!ref) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ chức này.');
  return ref;
}

/** Today and the audit timestamp, taken once per call so a whole save shares them. */
export function clock(ctx: CoreContext): { today: string; at: string } {
  const now = ctx.now();
  return { today: localIsoDate(now), at: now.toISOString() };
}

export function invalid(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}

/**
 * Audit entries for what changed between two flat snapshots of an entity: one entry per changed key, with
 * old and new values, so the log answers "who changed the deadline of this recommendation, and from what".
 */
export function diffAudit(entity: string, entityId: number, before: Record<string, unknown>, after: Record<string, unknown>): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const key of Object.keys(after)) {
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(after[key] ?? null);
    if (a !== b)
      out.push({
        action: 'update',
        entity,
        entityId: String(entityId),
        field: key,
        oldValue: before[key] ?? null,
        newValue: after[key] ?? null,
      });
  }
  return out;
}

/** Blank text is stored as NULL, never as an empty string. */
export function blankToNull(v: string | null | undefined): string | null {
  return v === undefined || v === null || v.trim() === '' ? null : v.trim();
}
