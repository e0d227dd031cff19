import type { Db } from '../db/types.ts';
import { organizationsToMatch } from './repository.ts';
import { orgNameKey } from '../registry/entities.ts';
import { aliasKey } from './reader/values/aliases.ts';

export interface KnownOrg {
  id: number;
  name: string;
  regCode: string | null;
  /** Where the organization is: "c:<commune code>", else "a:<old address, folded>", else null. */
  place: string | null;
}

/** The place an organization is told apart by: its current commune, else its old address as written. */
export function placeKey(communeCode: string | null | undefined, legacyAddress: string | null | undefined): string | null {
  if (communeCode) return `c:${communeCode}`;
  return legacyAddress ? `a:${aliasKey(legacyAddress)}` : null;
}

/** What a row names: one organization, several it cannot be told from (namesakes), or none. */
export type Found = { org: KnownOrg } | { namesakes: KnownOrg[] } | null;

/**
 * The live organizations, indexed the ways a legacy row can name one: by registration code, else by
 * normalized name (HTX ≡ Hợp tác xã, case, spacing, tone placement, NFC/NFD) and place.
 */
export class OrgIndex {
  private readonly byCode = new Map<string, KnownOrg>();
  private readonly ids = new Set<number>();
  private readonly byName = new Map<string, KnownOrg[]>();

  constructor(orgs: readonly KnownOrg[]) {
    for (const o of orgs) this.add(o);
  }

  static async load(db: Db): Promise<OrgIndex> {
    const rows = await organizationsToMatch(db);
    return new OrgIndex(rows.map((r) => ({ id: r.id, name: r.name, regCode: r.reg_code, place: placeKey(r.commune_code, r.legacy_address) })));
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

  /**
   * The organization a row names. By code first; else by name, where namesakes are told apart by place:
   * the one in the same place; else the one whose place cannot be compared with the row's (not known, or
   * known one way — a commune — on one side and the other way — an old address — on the other). Several
   * left: namesakes. A row with a code that is not registered only matches by name an organization that
   * has no code.
   */
  find(regCode: string | null, name: string | null, place: string | null): Found {
    if (regCode) {
      const byCode = this.byCode.get(regCode);
      if (byCode) return { org: byCode };
    }
    if (!name) return null;
    const sameName = this.byName.get(orgNameKey(name)) ?? [];
    const candidates = regCode ? sameName.filter((o) => !o.regCode) : sameName;
    if (candidates.length === 0) return null;
    const here = place === null ? [] : candidates.filter((o) => o.place === place);
    if (here.length === 1) return { org: here[0] as KnownOrg };
    if (here.length > 1) return { namesakes: here };
    const unknownPlace = candidates.filter((o) => place === null || o.place === null || o.place[0] !== place[0]);
    if (unknownPlace.length === 1) return { org: unknownPlace[0] as KnownOrg };
    return unknownPlace.length > 1 ? { namesakes: unknownPlace } : null;
  }
}
