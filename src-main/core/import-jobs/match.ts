import { sql } from 'kysely';
import type { Db } from '../registry/repository.ts';
import { orgNameKey } from '../registry/entities.ts';

export interface KnownOrg {
  id: number;
  name: string;
  regCode: string | null;
  communeCode: string | null;
}

/**
 * The live organizations, indexed the ways a legacy row can name one: by registration code, else by
 * normalized name (HTX ≡ Hợp tác xã, case, spacing, tone placement, NFC/NFD) and commune.
 */
export class OrgIndex {
  private readonly byCode = new Map<string, KnownOrg>();
  private readonly ids = new Set<number>();
  private readonly byName = new Map<string, KnownOrg[]>();

  constructor(orgs: readonly KnownOrg[]) {
    for (const o of orgs) this.add(o);
  }

  static async load(db: Db): Promise<OrgIndex> {
    const rows = await sql<{ id: number; name: string; reg_code: string | null; commune_code: string | null }>`
      select id, name, reg_code, commune_code from organizations where deleted_at is null`.execute(db);
    return new OrgIndex(rows.rows.map((r) => ({ id: r.id, name: r.name, regCode: r.reg_code, communeCode: r.commune_code })));
  }

  add(o: KnownOrg): void {
    this.ids.add(o.id);
    if (o.regCode) this.byCode.set(o.regCode, o);
    const key = orgNameKey(o.name);
    const namesakes = this.byName.get(key);
    if (namesakes) namesakes.push(o);
    else this.byName.set(key, [o]);
  }

  /** An organization the import just changed: its old code and name no longer lead to it. */
  replace(old: KnownOrg, next: KnownOrg): void {
    if (old.regCode && this.byCode.get(old.regCode) === old) this.byCode.delete(old.regCode);
    const key = orgNameKey(old.name);
    const rest = (this.byName.get(key) ?? []).filter((o) => o !== old);
    if (rest.length) this.byName.set(key, rest);
    else this.byName.delete(key);
    this.add(next);
  }

  withCode(regCode: string): KnownOrg | undefined {
    return this.byCode.get(regCode);
  }

  has(id: number): boolean {
    return this.ids.has(id);
  }

  /** The organization a row names, 'ambiguous' when several share the name, or null. */
  find(regCode: string | null, name: string | null, communeCode: string | null): KnownOrg | 'ambiguous' | null {
    if (regCode) {
      const byCode = this.byCode.get(regCode);
      if (byCode) return byCode;
    }
    if (!name) return null;
    const sameName = this.byName.get(orgNameKey(name)) ?? [];
    const candidates = communeCode ? sameName.filter((o) => !o.communeCode || o.communeCode === communeCode) : sameName;
    // A row with a code that is not registered only matches by name an organization that has no code.
    const usable = regCode ? candidates.filter((o) => !o.regCode) : candidates;
    if (usable.length === 1) return usable[0] ?? null;
    return usable.length > 1 ? 'ambiguous' : null;
  }
}
