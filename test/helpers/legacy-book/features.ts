/**
 * The features of one case as short "name=value" words, for triage: which layout options and which truth
 * traits go with a failure ("statusMode=notes", "tht-without-founding", "owner-variant"…).
 */
import { TERMINAL_STATUSES } from '../../../src-main/contract/vocab.ts';
import type { Layout } from './layout.ts';
import type { Truth } from './model.ts';

export function caseFeatures(truth: Truth, layout: Layout): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(layout)) {
    if (k === 'seed' || k === 'columns' || k === 'ocop') continue;
    out.push(`${k}=${Array.isArray(v) ? v.join('+') : String(v)}`);
  }
  for (const [k, v] of Object.entries(layout.columns)) out.push(`col.${k}=${String(v)}`);
  for (const [k, v] of Object.entries(layout.ocop)) out.push(`ocop.${k}=${String(v)}`);
  for (const d of layout.dates) out.push(`date-style:${d}`);
  const orgs = truth.orgs;
  const trait = (name: string, yes: boolean) => yes && out.push(name);
  trait('has-duplicate-copy', orgs.some((o) => o.duplicate === 'copy'));
  trait('has-duplicate-marked', orgs.some((o) => o.duplicate === 'marked'));
  trait('has-namesake', orgs.some((o, i) => orgs.some((p, j) => j < i && p.name === o.name)));
  trait('has-tht', orgs.some((o) => o.type === 'THT'));
  trait('has-lhhtx', orgs.some((o) => o.type === 'LHHTX'));
  trait('has-qtdnd', orgs.some((o) => o.type === 'QTDND'));
  trait('active-without-founding', orgs.some((o) => o.status === 'dang_hoat_dong' && o.founded.kind === 'unknown'));
  trait('founded-year-only', orgs.some((o) => o.founded.kind === 'year'));
  trait('terminal-dated', orgs.some((o) => TERMINAL_STATUSES.includes(o.status) && o.statusSince.kind !== 'unknown'));
  trait('terminal-undated', orgs.some((o) => TERMINAL_STATUSES.includes(o.status) && o.statusSince.kind === 'unknown'));
  trait('unreadable-figure', orgs.some((o) => Object.values(o.figures).some((f) => f.kind === 'unreadable')));
  trait('negative-profit', orgs.some((o) => o.figures.profit.kind === 'value' && o.figures.profit.value < 0));
  trait('has-ocop', truth.ocop.length > 0);
  trait('ocop-org-owner', truth.ocop.some((p) => p.owner.kind === 'org'));
  trait('has-certificates', orgs.some((o) => o.certificates.length > 0));
  return out;
}
