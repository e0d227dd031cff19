import type { Db } from '../db/types.ts';
import { organizationsToMatch } from './repository.ts';
import { orgNameKey } from '../registry/entities.ts';
import { splitLegacyAddress } from '../registry/legacy-address.ts';
import { aliasKey } from './reader/values/aliases.ts';

/**
 * Where an organization is, the two ways a list can say it: its current commune (a 2025 code), and its old
 * address reduced to the commune and district it names ("P. Thái Bình, TP Hòa Bình" → "thai binh|hoa binh").
 */
export interface Place {
  commune: string | null;
  address: string | null;
}

export interface KnownOrg {
  id: number;
  name: string;
  regCode: string | null;
  place: Place;
}

const UNIT_PREFIX = /^(?:thi tran|thi xa|thanh pho|phuong|huyen|quan|tinh|xa|tt|tx|tp|p|x|h|q)(?:\.\s*|\s+)(?=\S)/;

/** A unit's name without its prefix ("P. Thái Bình" → "thai binh"), folded. */
function unitName(part: string | null | undefined): string {
  return part === undefined || part === null ? '' : aliasKey(part).replace(UNIT_PREFIX, '');
}

/** The place of a stored or written organization. */
export function placeOf(communeCode: string | null | undefined, legacyAddress: string | null | undefined): Place {
  const parts = legacyAddress ? splitLegacyAddress(legacyAddress) : {};
  const commune = unitName(parts.commune);
  const address = commune === '' ? (legacyAddress ? aliasKey(legacyAddress) : '') : `${commune}|${unitName(parts.district)}`;
  return { commune: communeCode || null, address: address === '' ? null : address };
}

/** The key two rows of one file share when they name the same place. */
export function placeKey(p: Place): string {
  return `${p.commune ?? ''}|${p.address ?? ''}`;
}

/**
 * Whether two places may be the same. Old addresses, when both are known, say the most: two old communes
 * can have merged into one 2025 commune, and two namesakes there are still two. Then the 2025 communes;
 * otherwise nothing tells them apart.
 */
function samePlace(a: Place, b: Place): boolean | undefined {
  if (a.address !== null && b.address !== null) {
    const [ca, da = ''] = a.address.split('|');
    const [cb, db = ''] = b.address.split('|');
    return ca === cb && (da === '' || db === '' || da === db);
  }
  if (a.commune !== null && b.commune !== null) return a.commune === b.commune;
  return undefined;
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
  /** The last name keyed: a row's organization is looked up, then added, under the same name. */
  private lastKey = { name: '', key: '' };

  constructor(orgs: readonly KnownOrg[]) {
    for (const o of orgs) this.add(o);
  }

  static async load(db: Db): Promise<OrgIndex> {
    const rows = await organizationsToMatch(db);
    return new OrgIndex(
      rows.map((r) => ({ id: r.id, name: r.name, regCode: r.reg_code, place: placeOf(r.commune_code, r.legacy_address) })),
    );
  }

  add(o: KnownOrg): void {
    this.ids.add(o.id);
    if (o.regCode) this.byCode.set(o.regCode, o);
    const key = this.nameKey(o.name);
    const namesakes = this.byName.get(key);
    if (namesakes) namesakes.push(o);
    else this.byName.set(key, [o]);
  }

  /** An organization the import just changed: its old code and name no longer lead to it. */
  replace(old: KnownOrg, next: KnownOrg): void {
    if (old.regCode && this.byCode.get(old.regCode) === old) this.byCode.delete(old.regCode);
    const key = this.nameKey(old.name);
    const rest = (this.byName.get(key) ?? []).filter((o) => o !== old);
    if (rest.length) this.byName.set(key, rest);
    else this.byName.delete(key);
    this.add(next);
  }

  private nameKey(name: string): string {
    if (name !== this.lastKey.name) this.lastKey = { name, key: orgNameKey(name) };
    return this.lastKey.key;
  }

  withCode(regCode: string): KnownOrg | undefined {
    return this.byCode.get(regCode);
  }

  has(id: number): boolean {
    return this.ids.has(id);
  }

  /**
   * The organization a row names. By code first; else by name, where namesakes are told apart by place: the
   * one in the same place; else the one whose place nothing in the row contradicts (not known on either side,
   * or known one way — a commune — on one side and only the other way — an old address — on the other).
   * Several left: namesakes. A row with a code that is not registered only matches by name an organization
   * that has no code.
   */
  find(regCode: string | null, name: string | null, place: Place): Found {
    if (regCode) {
      const byCode = this.byCode.get(regCode);
      if (byCode) return { org: byCode };
    }
    if (!name) return null;
    const sameName = this.byName.get(this.nameKey(name)) ?? [];
    const candidates = regCode ? sameName.filter((o) => !o.regCode) : sameName;
    if (candidates.length === 0) return null;
    const verdicts = candidates.map((o) => ({ o, same: samePlace(o.place, place) }));
    const here = verdicts.filter((v) => v.same === true).map((v) => v.o);
    if (here.length === 1) return { org: here[0] as KnownOrg };
    if (here.length > 1) return { namesakes: here };
    const unknown = verdicts.filter((v) => v.same === undefined).map((v) => v.o);
    if (unknown.length === 1) return { org: unknown[0] as KnownOrg };
    return unknown.length > 1 ? { namesakes: unknown } : null;
  }
}
