/**
 * Columns → fields for one entity. Each column's header path (group headers then its own) is scored
 * against the dictionary; the best (column, target) pairs are then taken greedily so that no field gets
 * two columns and no column two fields.
 */
import type { ImportEntity } from '../../../../contract/fields.ts';
import { GENERIC_LEAVES, HEADER_RULES, type TargetId } from './dictionary.ts';
import { normalizeHeader, yearsIn } from './normalize.ts';

export interface HeaderPath {
  /** Physical column, 0-based. */
  index: number;
  /** Header texts from the top header row down, consecutive repeats removed (Unicode, as in the file). */
  path: string[];
}

export interface Candidate {
  target: TargetId;
  score: number;
}

export interface ColumnChoice {
  index: number;
  target: TargetId | null;
  confidence: number;
  /** Year the header names ("Doanh thu năm 2023"), when it names one. */
  year: number | null;
  /** Best other targets, for the wizard's dropdown and for explaining a low confidence. */
  alternatives: Candidate[];
  /** Why a column that had a candidate got none. */
  note?: string;
}

interface CompiledPhrase {
  target: TargetId;
  entities: readonly ImportEntity[];
  excludes: readonly string[];
  text: string;
  regex: RegExp | null;
  weight: number;
}

const COMPILED: readonly CompiledPhrase[] = HEADER_RULES.flatMap((rule) =>
  rule.phrases.map((phrase): CompiledPhrase => {
    const [text = '', weightText] = phrase.split('|');
    const regex = text.includes('*') ? new RegExp(`(?:^| )${text.split(' * ').join('(?: .+)? ')}(?: |$)`) : null;
    return {
      target: rule.target,
      entities: rule.entities,
      excludes: rule.excludes ?? [],
      text,
      regex,
      weight: weightText === undefined ? 1 : Number(weightText),
    };
  }),
);

function matchScore(header: string, p: CompiledPhrase): number {
  if (header === '') return 0;
  if (p.excludes.some((x) => ` ${header} `.includes(` ${x} `))) return 0;
  let base: number;
  if (p.regex !== null) {
    const m = p.regex.exec(header);
    if (m === null) return 0;
    base = m[0].trim() === header ? 0.95 : 0.8;
  } else if (header === p.text) base = 1;
  else if (header.startsWith(`${p.text} `)) base = 0.9;
  else if (header.endsWith(` ${p.text}`)) base = 0.8;
  else if (` ${header} `.includes(` ${p.text} `)) base = 0.75;
  else return 0;
  // Longer phrases are more specific: a tie between "lao dong" and "lao dong thuong xuyen" goes to the latter.
  return base * p.weight + p.text.length / 1000;
}

/** What a phrase found only in the group headers above a column is worth. */
const GROUP_ONLY = 0.6;

/** Scores of every target for one header path, best first. */
export function scoreHeader(path: readonly string[], entity: ImportEntity): Candidate[] {
  const normalized = path.map(normalizeHeader).filter((s) => s !== '');
  if (normalized.length === 0) return [];
  const leaf = normalized[normalized.length - 1] ?? '';
  const full = normalized.join(' ');
  const leafCounts = !GENERIC_LEAVES.has(leaf.replace(/ \d{4}$/, '')) || normalized.length === 1;
  // The column's own header: its leaf, or with a leaf that only says "how much" ("Tổng số"), the group right
  // above it too. A phrase only the outer group headers say names the group, not this column: "Tình hình
  // hoạt động năm 2024 › Lao động › Tổng số" is no status column.
  const ownLevels = leafCounts ? 1 : 2;
  const own = normalized.slice(-ownLevels).join(' ');
  const outer = normalized.slice(0, -ownLevels).join(' ');
  const best = new Map<TargetId, number>();
  for (const p of COMPILED) {
    if (!p.entities.includes(entity)) continue;
    let s = matchScore(full, p);
    if (s > 0 && outer !== '' && matchScore(own, p) === 0 && matchScore(outer, p) > 0) s *= GROUP_ONLY;
    if (leafCounts && normalized.length > 1) s = Math.max(s, matchScore(leaf, p));
    if (s > (best.get(p.target) ?? 0)) best.set(p.target, s);
  }
  return [...best.entries()].map(([target, score]) => ({ target, score: Math.min(1, score) })).sort((a, b) => b.score - a.score);
}

/** How well a header cell reads as a column header of any entity, 0..1. */
export function headerScore(text: string): number {
  const n = normalizeHeader(text);
  if (n === '' || n.length > 80) return 0;
  let best = 0;
  for (const p of COMPILED) best = Math.max(best, matchScore(n, p));
  return best;
}

/** True when a header cell reads like a column header (used to find the header row). */
export function isKnownHeader(text: string): boolean {
  return headerScore(text) >= 0.7;
}

export const MIN_SCORE = 0.5;

/** Money and count fields whose header may name a year: only the sheet's year is taken. */
function yearOf(path: readonly string[]): number | null {
  const years = path.flatMap(yearsIn);
  return years.length === 0 ? null : (years[years.length - 1] ?? null);
}

/**
 * Map every column for `entity`. `sheetYear`, when known, is the year figures are imported for: a
 * column naming another year ("Doanh thu năm 2023" beside "… năm 2024") is left unmapped with a note.
 */
export function mapColumns(headers: readonly HeaderPath[], entity: ImportEntity, sheetYear: number | null): ColumnChoice[] {
  const choices: ColumnChoice[] = headers.map((h) => ({
    index: h.index,
    target: null,
    confidence: 0,
    year: yearOf(h.path),
    alternatives: [],
  }));
  const pairs: { col: number; target: TargetId; score: number }[] = [];
  headers.forEach((h, col) => {
    const candidates = scoreHeader(h.path, entity);
    const choice = choices[col];
    if (choice === undefined) return;
    choice.alternatives = candidates.slice(0, 4);
    for (const c of candidates) {
      let score = c.score;
      if (sheetYear !== null && choice.year !== null && choice.year !== sheetYear && c.target.startsWith('f:') && !isDateLike(c.target)) {
        score *= 0.4; // a figure of another year
      }
      if (score >= MIN_SCORE) pairs.push({ col, target: c.target, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const takenTargets = new Set<TargetId>();
  for (const pair of pairs) {
    const choice = choices[pair.col];
    if (choice === undefined || choice.target !== null || takenTargets.has(pair.target)) continue;
    choice.target = pair.target;
    choice.confidence = Math.round(pair.score * 100) / 100;
    takenTargets.add(pair.target);
  }
  for (const choice of choices) {
    if (choice.target !== null || choice.alternatives.length === 0) continue;
    const top = choice.alternatives[0];
    if (top === undefined || top.score < MIN_SCORE) continue;
    choice.note =
      sheetYear !== null && choice.year !== null && choice.year !== sheetYear
        ? `Số liệu năm ${String(choice.year)}, không phải năm ${String(sheetYear)} đang nhập.`
        : 'Trùng nội dung với một cột khác đã được ghép.';
  }
  return choices;
}

function isDateLike(target: TargetId): boolean {
  return (
    target === 'f:foundedOn' ||
    target === 'f:decisionDate' ||
    target === 'f:issuedOn' ||
    target === 'f:expiresOn' ||
    target === 'f:recognitionYear'
  );
}
