/**
 * Raw random draws → a consistent Truth: names unique unless they are deliberate namesakes in communes of
 * other names, codes unique (even once leading zeros are lost), founding before the status change, OCOP
 * decisions away from the one ambiguous validity boundary.
 */
import type { OrgStatus, OrgType } from '../../../src-main/contract/vocab.ts';
import { TERMINAL_STATUSES } from '../../../src-main/contract/vocab.ts';
import { nameKey } from './fold.ts';
import {
  FIGURE_KEYS,
  type Figure,
  type Figures,
  type KnownDate,
  type Place,
  type Truth,
  type TruthOcop,
  type TruthOrg,
  type UnreadableText,
} from './model.ts';
import { oldProvince } from './places.ts';
import {
  COUNTED_CERT_TEXTS,
  EXTERNAL_OWNERS,
  FAMILY,
  GIVEN,
  MIDDLE,
  NAME_PLACES,
  NAME_STEMS,
  NOT_CERT_TEXTS,
  OCOP_PRODUCTS,
  SECTOR_ITEMS,
  TYPE_PREFIXES,
  VILLAGES,
} from './words.ts';

export interface RawDate {
  kind: number;
  yearsAgo: number;
  month: number;
  day: number;
}
export interface RawFigure {
  kind: 'value' | 'blank' | 'unreadable';
  raw: number;
  gran: number;
  negative: boolean;
  unreadable: UnreadableText;
}
export interface RawOrg {
  type: OrgType;
  stem: number;
  placeWord: number;
  nameFromCommune: boolean;
  prefix: number;
  commune: number;
  village: number | null;
  namesake: boolean;
  code: { has: number; digits: number; leadingZero: boolean };
  founded: RawDate;
  sectors: number[];
  status: OrgStatus;
  statusSince: RawDate;
  silent: number;
  figures: [RawFigure, RawFigure, RawFigure, RawFigure, RawFigure, RawFigure];
  certificates: number[];
  duplicate: 'none' | 'copy' | 'marked';
  leader: [number, number, number];
  capital: number | null;
}
export interface RawOcop {
  product: number;
  owner: { org: boolean; index: number };
  stars: 3 | 4 | 5;
  yearsAgo: number;
  yearOnly: boolean;
  month: number;
  day: number;
  decisionNo: number;
}
export interface RawTruth {
  year: number;
  orgs: RawOrg[];
  ocop: RawOcop[];
}

function pick<T>(list: readonly T[], n: number): T {
  const v = list[n % list.length];
  if (v === undefined) throw new Error('empty list');
  return v;
}

function knownDate(r: RawDate, year: number): KnownDate {
  const y = year - r.yearsAgo;
  if (r.kind === 2) return { kind: 'unknown' };
  if (r.kind === 1) return { kind: 'year', y };
  return { kind: 'date', date: { y, m: r.month, d: r.day } };
}

/** A money amount in đồng that a unit of tr.đ / nghìn / đồng / tỷ with enough decimals writes exactly. */
function money(raw: number, gran: number, maxMillions: number): number {
  const step = gran <= 5 ? 1_000_000 : gran <= 7 ? 100_000 : gran === 8 ? 10_000 : 1_000;
  return (raw % Math.floor((maxMillions * 1_000_000) / step + 1)) * step;
}

const RANGES: Record<OrgType, { members: [number, number]; workers: [number, number]; revenueM: number }> = {
  HTX: { members: [5, 300], workers: [0, 80], revenueM: 6_000 },
  LHHTX: { members: [3, 15], workers: [0, 30], revenueM: 3_000 },
  QTDND: { members: [200, 4_000], workers: [3, 20], revenueM: 4_000 },
  THT: { members: [2, 30], workers: [2, 30], revenueM: 800 },
};

function inRange(raw: number, [lo, hi]: [number, number]): number {
  return lo + (raw % (hi - lo + 1));
}

function figures(raw: RawOrg): Figures {
  const r = RANGES[raw.type];
  const out = {} as Figures;
  let workers: number | null = null;
  FIGURE_KEYS.forEach((key, i) => {
    const f = raw.figures[i];
    if (!f || raw.silent === 0 || f.kind === 'blank') {
      out[key] = { kind: 'blank' };
      return;
    }
    if (f.kind === 'unreadable') {
      out[key] = { kind: 'unreadable', text: f.unreadable };
      return;
    }
    let value: number;
    if (key === 'members') value = inRange(f.raw, r.members);
    else if (key === 'workers') value = workers = inRange(f.raw, r.workers);
    else if (key === 'regularWorkers') value = f.raw % ((workers ?? 20) + 1);
    else if (key === 'revenue') value = money(f.raw, f.gran, r.revenueM);
    else if (key === 'profit') value = (f.negative ? -1 : 1) * money(f.raw, f.gran, f.negative ? 300 : 800);
    else value = 1_500_000 + money(f.raw, f.gran <= 2 ? 7 : f.gran <= 8 ? 8 : 9, 8);
    out[key] = { kind: 'value', value: Object.is(value, -0) ? 0 : value } satisfies Figure;
  });
  return out;
}

function orgName(raw: RawOrg, place: Place): string {
  const where = raw.nameFromCommune || raw.type === 'QTDND' ? place.communeName : pick(NAME_PLACES, raw.placeWord);
  return `${nameBase(raw)} ${where}`;
}

function regCode(raw: RawOrg): string | null {
  if (raw.type === 'THT' || raw.code.has === 0) return null;
  const n = String(raw.code.digits).padStart(8, '0');
  return raw.code.leadingZero ? `0${n.slice(1)}` : `54${n}`;
}

/** Founding on or before the status change; the status change on or before 31/12/N. */
function datesInOrder(founded: KnownDate, since: KnownDate): KnownDate {
  if (founded.kind === 'unknown' || since.kind === 'unknown') return founded;
  const fy = founded.kind === 'date' ? founded.date.y : founded.y;
  const sy = since.kind === 'date' ? since.date.y : since.y;
  if (fy < sy) return founded;
  if (fy > sy) return founded.kind === 'date' ? { kind: 'date', date: { ...founded.date, y: sy } } : { kind: 'year', y: sy };
  if (founded.kind === 'date' && since.kind === 'date') {
    const a = founded.date;
    const b = since.date;
    if (a.m * 100 + a.d > b.m * 100 + b.d) return { kind: 'date', date: { ...b } };
  }
  return founded;
}

function buildOrg(raw: RawOrg, key: number, year: number): TruthOrg {
  const province = oldProvince();
  const c = pick(province.communes, raw.commune);
  const place: Place = {
    communeCode: c.code,
    communeName: c.name,
    communeKind: c.kind,
    districtName: c.districtName,
    districtKind: c.districtKind,
    provinceName: province.name,
    village: raw.village === null ? null : pick(VILLAGES, raw.village),
  };
  const terminalOrPaused = TERMINAL_STATUSES.includes(raw.status) || raw.status === 'tam_ngung';
  const statusSince = terminalOrPaused ? knownDate(raw.statusSince, year) : { kind: 'unknown' as const };
  const foundedRaw = raw.type === 'THT' && raw.founded.kind === 0 && raw.founded.day % 3 !== 0 ? { ...raw.founded, kind: 2 } : raw.founded;
  const certs = raw.type === 'HTX' || (raw.type === 'THT' && raw.certificates.length === 2) ? raw.certificates : [];
  return {
    key,
    type: raw.type,
    name: orgName(raw, place),
    regCode: regCode(raw),
    founded: datesInOrder(knownDate(foundedRaw, year), statusSince),
    place,
    sectors: [...new Set(raw.sectors.map((s) => pick(SECTOR_ITEMS, s)))],
    status: raw.status,
    statusSince,
    figures: figures(raw),
    certificates: [...new Set(certs.map((i) => pick([...COUNTED_CERT_TEXTS, ...NOT_CERT_TEXTS], i)))],
    duplicate: raw.duplicate,
    leader: `${pick(FAMILY, raw.leader[0])} ${pick(MIDDLE, raw.leader[1])} ${pick(GIVEN, raw.leader[2])}`,
    charterCapital: raw.capital === null ? null : raw.capital * 10_000_000,
  };
}

/** "HTX Nông nghiệp Tân Lập" without its place: "HTX Nông nghiệp". */
function nameBase(raw: RawOrg): string {
  return [pick(TYPE_PREFIXES[raw.type], raw.prefix), pick(NAME_STEMS[raw.type], raw.stem)].filter((w) => w !== '').join(' ');
}

/** Distinct organizations keep distinct names, except deliberate namesakes in communes of other names. */
function makeNamesDistinct(orgs: TruthOrg[], raws: readonly RawOrg[]): void {
  const seen = new Map<string, TruthOrg[]>();
  const sameName = (name: string) => seen.get(nameKey(name)) ?? [];
  orgs.forEach((org, i) => {
    const raw = raws[i];
    if (!raw) return;
    if (raw.namesake) {
      const model = orgs
        .slice(0, i)
        .find((o) => o.type === org.type && sameName(o.name).every((x) => x.place.communeName !== org.place.communeName));
      if (model) org.name = model.name;
    }
    for (
      let n = 0;
      sameName(org.name).some((o) => o.type !== org.type || o.place.communeName === org.place.communeName || !raw.namesake);
      n++
    ) {
      org.name = `${nameBase(raw)} ${pick(NAME_PLACES, n + i)}${n >= NAME_PLACES.length ? ` ${n}` : ''}`;
    }
    seen.set(nameKey(org.name), [...sameName(org.name), org]);
  });
}

function makeCodesDistinct(orgs: TruthOrg[]): void {
  const used = new Set<string>();
  for (const org of orgs) {
    if (org.regCode === null) continue;
    while (used.has(org.regCode.replace(/^0+/, ''))) org.regCode = (BigInt(org.regCode) + 1n).toString().padStart(org.regCode.length, '0');
    used.add(org.regCode.replace(/^0+/, ''));
  }
}

function buildOcop(raw: RawOcop, i: number, year: number, orgs: readonly TruthOrg[]): TruthOcop {
  const candidates = orgs.filter((o) => o.type !== 'QTDND');
  const owner =
    raw.owner.org && candidates.length > 0
      ? { kind: 'org' as const, key: pick(candidates, raw.owner.index).key }
      : { kind: 'external' as const, name: pick(EXTERNAL_OWNERS, raw.owner.index) };
  const y = year - raw.yearsAgo;
  // 31/12/(N−3) + 36 months is the as-of date itself: valid or not is a matter of convention, so never drawn.
  const day = raw.month === 12 && raw.day >= 28 ? 27 : raw.day;
  const decided = raw.yearOnly ? { kind: 'year' as const, y } : { kind: 'date' as const, date: { y, m: raw.month, d: day } };
  return { product: pick(OCOP_PRODUCTS, raw.product + i), owner, stars: raw.stars, decided, decisionNo: `${raw.decisionNo}/QĐ-UBND` };
}

export function buildTruth(raw: RawTruth): Truth {
  const orgs = raw.orgs.map((o, i) => buildOrg(o, i, raw.year));
  makeNamesDistinct(orgs, raw.orgs);
  makeCodesDistinct(orgs);
  const ocop = raw.ocop.map((o, i) => buildOcop(o, i, raw.year, orgs));
  // One row per product: the same product twice would be a renewal or an upgrade, which this truth does not model.
  const used = new Set<string>();
  for (const p of ocop) {
    for (let k = 0; used.has(p.product); k++) p.product = pick(OCOP_PRODUCTS, OCOP_PRODUCTS.indexOf(p.product) + 1 + k);
    used.add(p.product);
  }
  return { year: raw.year, provinceName: oldProvince().name, orgs, ocop };
}
