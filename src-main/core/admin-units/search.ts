// Commune picker search. Clerks know communes by the names on their old paperwork as often as by the
// 2025 names, so a province's index holds one entry per current commune and one per old commune that
// went (wholly or partly) into it; typing an old name offers the commune it became, labelled with it.
import { compactKey, foldText, placeKey } from './fold.ts';
import type { Commune, CommuneMatch, FormerCommune } from './types.ts';

interface SearchEntry {
  readonly match: CommuneMatch;
  /** placeKey of the bare name and of the full name ("ba dinh", "phuong ba dinh") */
  readonly keys: readonly string[];
  readonly compactKeys: readonly string[];
  /** lower-cased NFC name with its diacritics, to rank exact spellings first */
  readonly exact: readonly string[];
}

export const DEFAULT_SEARCH_LIMIT = 50;

function formerLabel(commune: Commune, former: FormerCommune): string {
  const part = former.whole ? '' : 'một phần ';
  return `${commune.fullName} (trước đây: ${part}${former.commune.fullName}, ${former.district.fullName}, ${former.province.fullName})`;
}

function entry(match: CommuneMatch, name: string, fullName: string): SearchEntry {
  const names = [name, fullName];
  return {
    match,
    keys: names.map(placeKey),
    compactKeys: names.map(compactKey),
    exact: names.map((n) => n.normalize('NFC').toLocaleLowerCase('vi')),
  };
}

/**
 * Builds a province's index. Former names equal to the current name (unchanged or same-named units)
 * are left out: they would only repeat the current entry.
 */
export function buildSearchEntries(communes: readonly Commune[], formerOf: (newCode: string) => readonly FormerCommune[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const commune of communes) {
    entries.push(entry({ commune, matchedBy: 'name', label: commune.fullName }, commune.name, commune.fullName));
    const ownKey = placeKey(commune.name);
    for (const former of formerOf(commune.code)) {
      if (placeKey(former.commune.name) === ownKey) continue;
      const match: CommuneMatch = { commune, matchedBy: 'former-name', former, label: formerLabel(commune, former) };
      entries.push(entry(match, former.commune.name, former.commune.fullName));
    }
  }
  return entries;
}

/**
 * Lower is better, by tier: the whole name; its first word(s) exactly; its start; a later word exactly;
 * a later word's start; anywhere; anywhere once spaces are ignored ("hneng" for "H' Neng"). So "son"
 * puts Sơn Đông before Sông Lô. Within a tier current names rank before former names, and an exact
 * spelling with diacritics ("Minh Quân" when Minh Quán also exists) before a folded one.
 */
function tier(k: string, q: string): number | null {
  if (k === q) return 0;
  if (k.startsWith(`${q} `)) return 1;
  if (k.startsWith(q)) return 2;
  if (k.includes(` ${q} `) || k.endsWith(` ${q}`)) return 3;
  if (k.includes(` ${q}`)) return 4;
  if (k.includes(q)) return 5;
  return null;
}

function score(e: SearchEntry, key: string, compact: string, exactQuery: string | null): number | null {
  let best: number | null = null;
  for (const k of e.keys) {
    const t = tier(k, key);
    if (t !== null && (best === null || t < best)) best = t;
  }
  if (best === null && e.compactKeys.some((k) => k.includes(compact))) best = 6;
  if (best === null) return null;
  let result = best * 4;
  if (e.match.matchedBy === 'former-name') result += 2;
  if (exactQuery !== null && !e.exact.some((x) => x.includes(exactQuery))) result += 1;
  return result;
}

const collator = new Intl.Collator('vi');

export function searchEntries(entries: readonly SearchEntry[], query: string, limit: number = DEFAULT_SEARCH_LIMIT): CommuneMatch[] {
  const key = placeKey(query);
  if (key === '') {
    // An empty box lists the province's current communes, as a dropdown does before typing.
    return entries
      .filter((e) => e.match.matchedBy === 'name')
      .map((e) => e.match)
      .sort((a, b) => collator.compare(a.commune.name, b.commune.name))
      .slice(0, limit);
  }
  const compact = key.replace(/ /g, '');
  const lowered = query.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  // Only a query typed with diacritics says anything about the exact spelling wanted.
  const exactQuery = foldText(lowered) !== lowered ? lowered : null;

  // One row per commune: its best-scoring entry, so a commune matched by its own name does not come
  // back again under each of its former names.
  const best = new Map<string, { e: SearchEntry; s: number }>();
  for (const e of entries) {
    const s = score(e, key, compact, exactQuery);
    if (s === null) continue;
    const prev = best.get(e.match.commune.code);
    if (prev === undefined || s < prev.s) best.set(e.match.commune.code, { e, s });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.s - b.s || collator.compare(a.e.match.label, b.e.match.label) || (a.e.match.commune.code < b.e.match.commune.code ? -1 : 1),
    )
    .slice(0, limit)
    .map((x) => x.e.match);
}

export type { SearchEntry };
