/**
 * Names the grids show for codes they store: communes (code → "Phường Ba Đình") and organizations
 * (id → name). Filled from the reference list and from the rows themselves; read synchronously by cell
 * formatters and by paste, which resolves typed names back to codes. Pure data, no network.
 */
import { buildSearchKey, compileSearch, foldVietnamese } from '../../src-main/shared/text-fold.ts';

export interface CommuneEntry {
  code: string;
  name: string;
}

/** "Xã Hòa Bình" and "Hòa Bình" both name the commune: the unit word is optional when typing. */
const UNIT_WORD = /^(xa|phuong|thi tran|dac khu|thi xa) /;

function bareKey(name: string): string {
  return foldVietnamese(name).replace(UNIT_WORD, '');
}

export class CommuneBook {
  private readonly names = new Map<string, string>();
  private readonly byKey = new Map<string, string[]>();
  private readonly byBareKey = new Map<string, string[]>();
  /**
   * Names added but not yet folded into byKey and byBareKey: a province's 3,000 names are folded when a
   * typed name is first read, not while a grid opens.
   */
  private unindexed: (readonly [code: string, name: string])[] = [];
  /** Codes a cell asked a name for and got none: a name for one of them changes what a row shows. */
  private readonly missed = new Set<string>();
  private shownVersion = 0;

  /** Changes whenever a name a cell showed (or could not show) changes; other additions leave it. */
  get version(): number {
    return this.shownVersion;
  }

  addList(entries: readonly CommuneEntry[]): void {
    for (const e of entries) this.add(e.code, e.name);
  }

  /** A name seen on a row (organizations carry "Xã …, Tỉnh …"); the reference list's name wins. */
  addSeen(code: string | null, label: string | null): void {
    if (code && label && !this.names.has(code)) this.add(code, label.split(',')[0]?.trim() || label);
  }

  private add(code: string, name: string): void {
    const known = this.names.get(code);
    if (known === name) return;
    if (known !== undefined || this.missed.delete(code)) this.shownVersion += 1;
    this.names.set(code, name);
    this.unindexed.push([code, name]);
  }

  private indexed(): void {
    for (const [code, name] of this.unindexed) {
      push(this.byKey, foldVietnamese(name), code);
      push(this.byBareKey, bareKey(name), code);
    }
    this.unindexed = [];
  }

  label(code: string): string | undefined {
    const name = this.names.get(code);
    if (name === undefined) this.missed.add(code);
    return name;
  }

  /**
   * Exact reading of typed text: a code, a full name ("Phường Ba Đình") or a bare one ("ba dinh").
   * 'ambiguous' when a bare name belongs to several communes; undefined when unknown here (the caller
   * then asks the core, which also knows former names).
   */
  resolve(text: string): string | 'ambiguous' | undefined {
    const t = text.trim();
    if (this.names.has(t)) return t;
    this.indexed();
    const full = this.byKey.get(foldVietnamese(t));
    if (full && full.length === 1) return full[0];
    const bare = this.byBareKey.get(bareKey(t));
    if (bare && bare.length === 1) return bare[0];
    return (full?.length ?? 0) > 1 || (bare?.length ?? 0) > 1 ? 'ambiguous' : undefined;
  }

  all(): CommuneEntry[] {
    return [...this.names].map(([code, name]) => ({ code, name }));
  }

  /**
   * The picker's list, best first: the code typed, then the full name typed ("xa hoa binh"), then names
   * equal to it without the unit word ("hoa binh" is "Xã Hòa Bình"), then names that begin with it, then names holding every word typed, each group by name.
   * So Enter on the first line never takes another commune when the one typed exists.
   */
  search(query: string, limit: number): CommuneEntry[] {
    return rankCommunes(this.all(), query, limit);
  }
}

const nameCollator = new Intl.Collator('vi');

/** See CommuneBook.search; pure, for the property tests. */
export function rankCommunes(entries: readonly CommuneEntry[], query: string, limit: number): CommuneEntry[] {
  const q = query.trim();
  if (q === '') return [...entries].sort((a, b) => nameCollator.compare(a.name, b.name)).slice(0, limit);
  const folded = foldVietnamese(q);
  const bare = folded.replace(UNIT_WORD, '');
  const test = compileSearch(q);
  const rank = (e: CommuneEntry): number => {
    if (e.code === q) return 0;
    const name = foldVietnamese(e.name);
    const bareName = bareKey(e.name);
    if (name === folded) return 1;
    if (bareName === bare) return 2;
    if (name.startsWith(folded) || bareName.startsWith(bare)) return 3;
    if (e.code.startsWith(q) || test(buildSearchKey(e.name))) return 4;
    return -1;
  };
  return entries
    .map((e) => ({ e, r: rank(e) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || nameCollator.compare(a.e.name, b.e.name))
    .slice(0, limit)
    .map((x) => x.e);
}

export interface OrgEntry {
  id: number;
  name: string;
  regCode: string | null;
  /** Loại hình code, shown next to the name in the picker. */
  type: string;
}

export class OrgBook {
  private readonly entries = new Map<number, OrgEntry>();
  private readonly keys = new Map<number, string>();
  /** Folded name → ids and code → id, built on the first paste that needs them. */
  private index: { byName: Map<string, number[]>; byCode: Map<string, number> } | null = null;
  private loaded = false;

  get isLoaded(): boolean {
    return this.loaded;
  }

  setAll(entries: readonly OrgEntry[]): void {
    this.pending = null;
    this.entries.clear();
    this.keys.clear();
    this.index = null;
    for (const e of entries) this.entries.set(e.id, e);
    this.loaded = true;
  }

  /** A list held elsewhere (see setAllLater), made into the directory when it is first needed. */
  private pending: (() => readonly OrgEntry[]) | null = null;

  /**
   * The directory from a list the caller already holds (the organizations page's), made into entries the
   * first time a picker, a paste or a cell asks: not while that page opens and is searched.
   */
  setAllLater(make: () => readonly OrgEntry[]): void {
    this.pending = make;
    this.loaded = true;
  }

  private settled(): Map<number, OrgEntry> {
    const make = this.pending;
    if (make) this.setAll(make());
    return this.entries;
  }

  /** A name seen on a row (figures and certifications carry their organization's name). */
  addSeen(id: number | null, name: string | null): void {
    if (id === null || !name) return;
    const known = this.settled().get(id);
    if (known?.name === name) return;
    // A row knows its organization's current name: it wins over an older directory.
    this.entries.set(id, known ? { ...known, name } : { id, name, regCode: null, type: '' });
    this.keys.delete(id);
    this.index = null;
  }

  name(id: number): string | undefined {
    return this.settled().get(id)?.name;
  }

  private keyOf(e: OrgEntry): string {
    let k = this.keys.get(e.id);
    if (k === undefined) {
      k = buildSearchKey(`${e.name} ${e.regCode ?? ''}`);
      this.keys.set(e.id, k);
    }
    return k;
  }

  /** The picker's list: every word of the query in the name or code, ignoring diacritics. */
  search(query: string, limit: number): OrgEntry[] {
    const test = compileSearch(query);
    const out: OrgEntry[] = [];
    for (const e of this.settled().values()) {
      if (test(this.keyOf(e))) {
        out.push(e);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /** Paste: a registration code, or a name that names exactly one organization. */
  resolve(text: string): number | 'ambiguous' | undefined {
    const t = text.trim();
    const entries = this.settled(); // a list made now drops an index of the one before
    if (!this.index) {
      const byName = new Map<string, number[]>();
      const byCode = new Map<string, number>();
      for (const e of entries.values()) {
        const k = foldVietnamese(e.name);
        const list = byName.get(k);
        if (list) list.push(e.id);
        else byName.set(k, [e.id]);
        if (e.regCode) byCode.set(e.regCode, e.id);
      }
      this.index = { byName, byCode };
    }
    const byCode = this.index.byCode.get(t);
    if (byCode !== undefined) return byCode;
    const ids = this.index.byName.get(foldVietnamese(t)) ?? [];
    if (ids.length === 1) return ids[0];
    return ids.length > 1 ? 'ambiguous' : undefined;
  }
}

function push(map: Map<string, string[]>, key: string, code: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(code)) list.push(code);
  } else map.set(key, [code]);
}
