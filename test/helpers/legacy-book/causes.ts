/**
 * Causes of failure as seen from outside, each defined by a counterfactual: a difference of some kind
 * appears, and disappears when one trait of the case is taken away (statuses back in their own column, the
 * unreadable cells made blank…). Triage shrinks a random case that shows a cause to a small seed/path.
 * These describe the importer's behaviour observed on 2026-12-05; they are hypotheses to re-check, not rules.
 */
import { TERMINAL_STATUSES } from '../../../src-main/contract/vocab.ts';
import type { Problem } from './compare.ts';
import type { Layout } from './layout.ts';
import type { Truth, TruthOrg } from './model.ts';

export interface Cause {
  name: string;
  /** The differences this cause produces. */
  shows(p: Problem): boolean;
  /** Only worth testing when the case has the trait. */
  applies(t: Truth, l: Layout): boolean;
  /** The same case without the trait; absent when the message itself names the cause. */
  without?: (t: Truth, l: Layout) => { truth: Truth; layout: Layout };
}

const key =
  (...prefixes: string[]) =>
  (p: Problem) =>
    prefixes.some((x) => p.key.startsWith(x));
const orgsMap = (t: Truth, f: (o: TruthOrg) => TruthOrg): Truth => ({ ...t, orgs: t.orgs.map(f) });
const same = (t: Truth, l: Layout, change: Partial<Layout>) => ({ truth: t, layout: { ...l, ...change } });
const cols = (t: Truth, l: Layout, change: Partial<Layout['columns']>) => ({
  truth: t,
  layout: { ...l, columns: { ...l.columns, ...change } },
});

export const CAUSES: readonly Cause[] = [
  {
    name: 'free-text sectors ("nuôi cá lồng", "homestay") refuse the whole row',
    shows: key('db:'),
    applies: (t, l) => l.columns.sectors && t.orgs.some((o) => o.sectors.length > 0),
    without: (t, l) => cols(t, l, { sectors: false }),
  },
  {
    name: 'money unit given only on an "ĐVT:" line: rows with money refused',
    shows: key('db:'),
    applies: (_t, l) => l.moneyUnitWhere === 'dvt',
    without: (t, l) => same(t, l, { moneyUnitWhere: 'header' }),
  },
  {
    name: 'one unreadable figure ("khoảng 20", "#REF!", "N/A") refuses the whole row',
    shows: key('db:'),
    applies: (t) => t.orgs.some((o) => Object.values(o.figures).some((f) => f.kind === 'unreadable')),
    without: (t, l) => ({
      truth: orgsMap(t, (o) => ({
        ...o,
        figures: Object.fromEntries(
          Object.entries(o.figures).map(([k, f]) => [k, f.kind === 'unreadable' ? { kind: 'blank' } : f]),
        ) as TruthOrg['figures'],
      })),
      layout: l,
    }),
  },
  {
    name: 'statuses written only in "Ghi chú" are ignored',
    shows: key('report:active.', 'report:notReported.'),
    applies: (_t, l) => l.statusMode === 'notes',
    without: (t, l) => ({ truth: t, layout: { ...l, statusMode: 'column', columns: { ...l.columns, status: true } } }),
  },
  {
    name: 'an active organization without a founding date is not active in year N',
    shows: key('report:active.', 'report:notReported.'),
    applies: (t) => t.orgs.some((o) => o.status === 'dang_hoat_dong' && o.founded.kind === 'unknown'),
    without: (t, l) => ({
      truth: orgsMap(t, (o) =>
        o.founded.kind === 'unknown' ? { ...o, founded: { kind: 'date', date: { y: t.year - 7, m: 4, d: 9 } } } : o,
      ),
      layout: l,
    }),
  },
  {
    name: 'a dissolution date written in "Ghi chú" ("Giải thể ngày 15/8/N") is ignored',
    shows: key('report:dissolvedInYear.'),
    applies: (t) => t.orgs.some((o) => TERMINAL_STATUSES.includes(o.status) && o.statusSince.kind !== 'unknown'),
    without: (t, l) => ({ truth: orgsMap(t, (o) => ({ ...o, statusSince: { kind: 'unknown' } })), layout: l }),
  },
  {
    name: 'an undated end (giải thể, chấm dứt…) is dated at the founding date and counted in that year',
    shows: key('report:dissolvedInYear.'),
    applies: (t) =>
      t.orgs.some((o) => TERMINAL_STATUSES.includes(o.status) && o.statusSince.kind === 'unknown' && o.founded.kind !== 'unknown'),
    without: (t, l) => ({
      truth: orgsMap(t, (o) =>
        TERMINAL_STATUSES.includes(o.status) && o.statusSince.kind === 'unknown' ? { ...o, founded: { kind: 'unknown' } } : o,
      ),
      layout: l,
    }),
  },
  {
    name: 'THT founding date "Ngày chứng thực hợp đồng hợp tác" is not read',
    shows: key('report:newInYear.THT'),
    applies: (t, l) =>
      l.columns.founded &&
      (l.thtSheet || t.orgs.every((o) => o.type === 'THT')) &&
      t.orgs.some((o) => o.type === 'THT' && o.founded.kind !== 'unknown'),
    without: (t, l) => ({ truth: orgsMap(t, (o) => (o.type === 'THT' ? { ...o, founded: { kind: 'unknown' } } : o)), layout: l }),
  },
  {
    name: 'a 3-row header loses sub-headers under nested groups ("… › Lao động › Tổng số")',
    shows: key('report:workers', 'report:avgIncome'),
    applies: (_t, l) => l.headerRows === 3,
    without: (t, l) => same(t, l, { headerRows: 2 }),
  },
  {
    name: 'the count line "Có N đơn vị" is imported as an organization',
    shows: key('db:'),
    applies: (_t, l) => l.countLine,
    without: (t, l) => same(t, l, { countLine: false }),
  },
  {
    name: 'namesakes in different communes are merged into one organization',
    shows: key('db:'),
    applies: (t) => t.orgs.some((o, i) => t.orgs.some((p, j) => j < i && p.name === o.name)),
    without: (t, l) => ({ truth: orgsMap(t, (o) => ({ ...o, name: `${o.name} ${o.place.communeName}` })), layout: l }),
  },
  {
    name: 'VNI text that also reads as Vietnamese ("Bị thu hồi" → "Bò thu hoài") is left undecoded',
    shows: key('db:'),
    applies: (_t, l) => l.encoding === 'vni',
    without: (t, l) => same(t, l, { encoding: 'unicode' }),
  },
  {
    name: 'encodings mixed column by column: the sheet is not recognized and the import refused',
    shows: key('import:exit'),
    applies: (_t, l) => l.encoding === 'columns',
    without: (t, l) => same(t, l, { encoding: 'unicode' }),
  },
  {
    name: 'OCOP owner header "Đơn vị sở hữu" is not recognized and the import refused',
    shows: (p) => p.key === 'import:exit' && p.message.includes('Đơn vị sở hữu'),
    applies: (t) => t.ocop.length > 0,
  },
  {
    name: 'OCOP recognition year alone in a date column ("2022", "Năm 2022") refuses the product',
    shows: key('report:ocop.'),
    applies: (t, l) => l.ocop.decision === 'split' && t.ocop.some((p) => p.decided.kind === 'year'),
    without: (t, l) => ({
      truth: {
        ...t,
        ocop: t.ocop.map((p) =>
          p.decided.kind === 'year' ? { ...p, decided: { kind: 'date', date: { y: p.decided.y, m: 5, d: 20 } } } : p,
        ),
      },
      layout: l,
    }),
  },
  {
    name: 'OCOP decision "Số 12/QĐ-UBND ngày 15/3/2023" in one cell: its date is not read',
    shows: key('report:ocop.'),
    applies: (t, l) => l.ocop.decision === 'combined' && t.ocop.length > 0,
    without: (t, l) => ({ truth: t, layout: { ...l, ocop: { ...l.ocop, decision: 'split' } } }),
  },
  {
    name: 'the certificate column ("Sản phẩm được chứng nhận") is ignored',
    shows: key('report:certifiedHtxShare'),
    applies: (t, l) => l.columns.certificates && t.orgs.some((o) => o.certificates.length > 0),
    without: (t, l) => cols(t, l, { certificates: false }),
  },
];
