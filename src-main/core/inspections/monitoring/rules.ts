import type {
  CertificationEntry,
  MeetingOverdueEntry,
  MonitoringEntryBase,
  MonitoringLists,
  NoRevenueEntry,
  NotReportedEntry,
  OcopEntry,
  RecommendationOverdueEntry,
  SuspendedEntry,
  SuspensionEndingEntry,
} from '../../../contract/inspection-monitoring.ts';
import {
  CERT_EXPIRING_MONTHS,
  MEETING_DEADLINE_MONTHS,
  OCOP_EXPIRING_MONTHS,
  SUSPENSION_ENDING_DAYS,
  type RecommendationStatus,
} from '../../../contract/inspection-vocab.ts';
import { TERMINAL_STATUSES, type CertKind, type OrgStatus, type OrgType } from '../../../contract/vocab.ts';
import { foldVietnamese } from '../../../shared/text-fold.ts';
import { ocopValidUntil } from '../../registry/rows.ts';
import { addDays, addMonths, daysBetween, meetingDeadline, yearOf } from '../dates.ts';
import type { CertFact, FigureFact, OcopFact, OrgOnDate } from './repository.ts';

/**
 * The monitoring rules of issue 6, as pure functions of the facts read for an as-of date.
 * Only the office's registered organizations are monitored; external OCOP owners never appear.
 */

export interface OpenRecommendation {
  id: number;
  recordId: number;
  recordNumber: string | null;
  inspectedOn: string;
  organizationId: number;
  content: string;
  responsible: string;
  deadline: string;
  /** Status on the as-of date. */
  status: RecommendationStatus;
}

export interface MonitoringFacts {
  asOf: string;
  orgs: readonly OrgOnDate[];
  figures: readonly FigureFact[];
  /** Annual meetings recorded for `meetingYear`. */
  meetings: readonly { organization_id: number; held_on: string }[];
  meetingYear: number;
  ocop: readonly OcopFact[];
  certs: readonly CertFact[];
  recommendations: readonly OpenRecommendation[];
  communeName(code: string | null): string | null;
}

/**
 * The fiscal year whose annual meeting must have been held by the as-of date: the previous year once its
 * deadline (30/4) has passed, otherwise the year before it. On 30/4 itself the meeting can still be on time.
 */
export function meetingYearFor(asOf: string): number {
  const previous = yearOf(asOf) - 1;
  return asOf > meetingDeadline(previous, MEETING_DEADLINE_MONTHS) ? previous : previous - 1;
}

/** A suspension whose end has passed counts as active again (registry/status.ts statusOn). */
function effectiveStatus(o: OrgOnDate, asOf: string): OrgStatus {
  return o.status === 'tam_ngung' && o.to_date !== null && o.to_date < asOf ? 'dang_hoat_dong' : (o.status as OrgStatus);
}

/** Folded so "Chè Shan tuyết" and "CHÈ SHAN TUYẾT" are the same product when a renewal is recorded. */
const sameThing = (text: string | null) => foldVietnamese(text ?? '');

/** Of each group, the item with the latest end: a renewal recorded later supersedes the lapsed one. */
function latestOfEach<T>(items: readonly T[], key: (t: T) => string, end: (t: T) => string): T[] {
  const best = new Map<string, T>();
  for (const t of items) {
    const k = key(t);
    const cur = best.get(k);
    if (!cur || end(t) > end(cur)) best.set(k, t);
  }
  return [...best.values()];
}

/** The comparison of localeCompare(…, 'vi'), made once: localeCompare looks its collator up on every call. */
const vi = new Intl.Collator('vi');
const byName = (a: MonitoringEntryBase, b: MonitoringEntryBase) => vi.compare(a.name, b.name) || a.id - b.id;

/** Whole-year figures by year, then by organization: numeric keys, where "id|year" strings were built per lookup. */
function figuresByYear(figures: readonly FigureFact[]): (id: number, year: number) => FigureFact | undefined {
  const byYear = new Map<number, Map<number, FigureFact>>();
  for (const x of figures) {
    let year = byYear.get(x.year);
    if (!year) byYear.set(x.year, (year = new Map()));
    // A year can come twice: its figures, and the register's word that the report came in.
    const seen = year.get(x.organization_id);
    year.set(x.organization_id, seen ? { ...seen, revenue: seen.revenue ?? x.revenue, reported: Math.max(seen.reported, x.reported) } : x);
  }
  return (id, y) => byYear.get(y)?.get(id);
}

/** An organization that had not yet been founded on that day owed nothing for it. */
const existedBy = (o: OrgOnDate, isoDay: string) => o.founded_on === null || o.founded_on <= isoDay;

/** What several lists are computed from: the facts, and the lookups built once over them. */
export interface ListInputs {
  asOf: string;
  facts: MonitoringFacts;
  /** The columns every entry starts with. */
  base(o: OrgOnDate): MonitoringEntryBase;
  /** Active on the as-of date. */
  active: readonly OrgOnDate[];
  /** The organization, unless it is dissolved, bankrupt, revoked or ended. */
  followed(id: number): OrgOnDate | undefined;
  /** An organization's whole-year figures of a year. */
  figure: (id: number, year: number) => FigureFact | undefined;
}

export function listInputs(f: MonitoringFacts): ListInputs {
  const { asOf } = f;
  const base = (o: OrgOnDate): MonitoringEntryBase => ({
    id: o.id,
    name: o.name,
    type: o.type as OrgType,
    commune: f.communeName(o.commune_code),
    communeCode: o.commune_code,
  });
  const orgById = new Map(f.orgs.map((o) => [o.id, o]));
  const active = f.orgs.filter((o) => effectiveStatus(o, asOf) === 'dang_hoat_dong');
  // Dissolved, bankrupt, revoked or ended organizations no longer owe anything to follow up.
  const followed = (id: number): OrgOnDate | undefined => {
    const o = orgById.get(id);
    return o && !TERMINAL_STATUSES.includes(o.status as OrgStatus) ? o : undefined;
  };
  return { asOf, facts: f, base, active, followed, figure: figuresByYear(f.figures) };
}

/** Active organizations with no figures for the year before the as-of date. */
export function notReported({ asOf, base, active, figure }: ListInputs): NotReportedEntry[] {
  const lastYear = yearOf(asOf) - 1;
  // An organization founded after that year could not have reported it.
  return active
    .filter((o) => existedBy(o, `${lastYear}-12-31`) && !figure(o.id, lastYear)?.reported)
    .map((o) => ({ ...base(o), year: lastYear }))
    .sort(byName);
}

/** No revenue in the two years before the as-of date, or stopped de facto. */
export function noRevenue({ asOf, facts: f, base, figure }: ListInputs): NoRevenueEntry[] {
  const lastYear = yearOf(asOf) - 1;
  const years: [number, number] = [lastYear - 1, lastYear];
  const revenueOf = (id: number, y: number) => figure(id, y)?.revenue ?? null;
  const noRevenue: NoRevenueEntry[] = [];
  for (const o of f.orgs) {
    const status = effectiveStatus(o, asOf);
    const revenue: [number | null, number | null] = [revenueOf(o.id, years[0]), revenueOf(o.id, years[1])];
    // No revenue recorded in either year: reported as 0, or not reported at all (the columns tell which).
    const none = status === 'dang_hoat_dong' && existedBy(o, `${years[0]}-12-31`) && revenue.every((v) => !v);
    if (none || status === 'ngung_hoat_dong')
      noRevenue.push({ ...base(o), reason: none ? 'khong_doanh_thu' : 'ngung_hoat_dong', status, years, revenue });
  }
  return noRevenue.sort(byName);
}

/** Suspended on the as-of date. */
export function suspended({ asOf, facts: f, base }: ListInputs): SuspendedEntry[] {
  return f.orgs
    .filter((o) => effectiveStatus(o, asOf) === 'tam_ngung')
    .map((o) => ({ ...base(o), since: o.from_date, until: o.to_date }))
    .sort(byName);
}

/** Suspensions ending within SUSPENSION_ENDING_DAYS, or already past their end. */
export function suspensionsEnding({ asOf, facts: f, base }: ListInputs): SuspensionEndingEntry[] {
  const endingBy = addDays(asOf, SUSPENSION_ENDING_DAYS);
  return f.orgs
    .flatMap((o) => (o.status === 'tam_ngung' && o.to_date !== null && o.to_date <= endingBy ? [{ o, until: o.to_date }] : []))
    .map(({ o, until }) => ({ ...base(o), since: o.from_date, until, daysLeft: daysBetween(asOf, until), pastEnd: until < asOf }))
    .sort((a, b) => a.until.localeCompare(b.until) || byName(a, b));
}

/** The OCOP recognitions in force or lapsed by the as-of date, the latest of each product of a followed organization. */
export function latestOcop({ asOf, facts: f, base, followed }: ListInputs): OcopEntry[] {
  const ocopNow = f.ocop.flatMap((p) => {
    const o = p.organization_id === null ? undefined : followed(p.organization_id);
    const validUntil = ocopValidUntil(p.decision_date, p.recognition_year);
    const start = p.decision_date ?? (p.recognition_year ? `${p.recognition_year}-01-01` : null);
    return o && validUntil && start && start <= asOf ? [{ p, o, validUntil }] : [];
  });
  const ocopEntry = ({ p, o, validUntil }: (typeof ocopNow)[number]): OcopEntry => ({
    ...base(o),
    productId: p.id,
    productName: p.name,
    stars: p.stars,
    decisionNo: p.decision_no,
    decisionDate: p.decision_date,
    recognitionYear: p.recognition_year,
    validUntil,
    daysLeft: daysBetween(asOf, validUntil),
  });
  return latestOfEach(
    ocopNow,
    (x) => `${x.o.id}|${sameThing(x.p.name)}`,
    (x) => x.validUntil,
  ).map(ocopEntry);
}

const byValidity = (a: OcopEntry, b: OcopEntry) => a.validUntil.localeCompare(b.validUntil) || byName(a, b);

/** Of latestOcop, those whose validity ends within OCOP_EXPIRING_MONTHS. */
export function ocopExpiring({ asOf }: ListInputs, ocopLatest: readonly OcopEntry[]): OcopEntry[] {
  const ocopBy = addMonths(asOf, OCOP_EXPIRING_MONTHS);
  return ocopLatest.filter((e) => e.validUntil >= asOf && e.validUntil <= ocopBy).sort(byValidity);
}

/** Of latestOcop, those whose validity has ended. */
export function ocopExpired({ asOf }: ListInputs, ocopLatest: readonly OcopEntry[]): OcopEntry[] {
  return ocopLatest.filter((e) => e.validUntil < asOf).sort(byValidity);
}

/** The dated certificates issued by the as-of date, the latest of each kind and product of a followed organization. */
export function latestCertifications({ asOf, facts: f, base, followed }: ListInputs): CertificationEntry[] {
  const certNow = f.certs.flatMap((c) => {
    const o = followed(c.organization_id);
    return o && (c.issued_on === null || c.issued_on <= asOf) ? [{ c, o }] : [];
  });
  // A certificate with no expiry never lapses: it sorts last, after every dated one.
  return latestOfEach(
    certNow,
    (x) => `${x.o.id}|${x.c.kind}|${sameThing(x.c.product)}`,
    (x) => x.c.expires_on ?? '9999-12-31',
  ).flatMap(({ c, o }): CertificationEntry[] =>
    c.expires_on === null
      ? []
      : [
          {
            ...base(o),
            certificationId: c.id,
            kind: c.kind as CertKind,
            product: c.product,
            number: c.number,
            expiresOn: c.expires_on,
            daysLeft: daysBetween(asOf, c.expires_on),
          },
        ],
  );
}

const byExpiry = (a: CertificationEntry, b: CertificationEntry) => a.expiresOn.localeCompare(b.expiresOn) || byName(a, b);

/** Of latestCertifications, those expiring within CERT_EXPIRING_MONTHS. */
export function certificationsExpiring({ asOf }: ListInputs, certLatest: readonly CertificationEntry[]): CertificationEntry[] {
  const certBy = addMonths(asOf, CERT_EXPIRING_MONTHS);
  return certLatest.filter((e) => e.expiresOn >= asOf && e.expiresOn <= certBy).sort(byExpiry);
}

/** Of latestCertifications, those expired. */
export function certificationsExpired({ asOf }: ListInputs, certLatest: readonly CertificationEntry[]): CertificationEntry[] {
  return certLatest.filter((e) => e.expiresOn < asOf).sort(byExpiry);
}

/** Active cooperatives whose annual meeting for the fiscal year was not held by its deadline. */
export function meetingOverdue({ asOf, facts: f, base, active }: ListInputs): MeetingOverdueEntry[] {
  const fy = f.meetingYear;
  const deadline = meetingDeadline(fy, MEETING_DEADLINE_MONTHS);
  const held = new Map(f.meetings.filter((m) => m.held_on <= asOf).map((m) => [m.organization_id, m.held_on]));
  // Tổ hợp tác have no members' general meeting under the law: the obligation is the cooperatives'.
  return active
    .filter((o) => o.type !== 'THT' && existedBy(o, `${fy}-12-31`))
    .flatMap((o) => {
      const on = held.get(o.id) ?? null;
      return on !== null && on <= deadline ? [] : [{ ...base(o), fiscalYear: fy, deadline, heldOn: on }];
    })
    .sort(byName);
}

/** Recommendations of inspections past their deadline and not carried out, of followed organizations. */
export function recommendationsOverdue({ asOf, facts: f, base, followed }: ListInputs): RecommendationOverdueEntry[] {
  return f.recommendations
    .flatMap((r) => {
      const o = followed(r.organizationId);
      if (!o || r.deadline >= asOf || r.status === 'da_thuc_hien') return [];
      return [
        {
          ...base(o),
          recommendationId: r.id,
          recordId: r.recordId,
          recordNumber: r.recordNumber,
          inspectedOn: r.inspectedOn,
          content: r.content,
          responsible: r.responsible,
          deadline: r.deadline,
          status: r.status,
          daysOverdue: daysBetween(r.deadline, asOf),
        },
      ];
    })
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || byName(a, b) || a.recommendationId - b.recommendationId);
}

/** Every monitoring list for the facts' as-of date; the OCOP and certification pairs share their latest-of-each step. */
/** The lists the registry's facts give; the fund's loans add their own (fund/monitoring.ts). */
export type RegistryMonitoringLists = Omit<MonitoringLists, 'fundDueSoon' | 'fundOverdue'>;

export function computeLists(f: MonitoringFacts): RegistryMonitoringLists {
  const inputs = listInputs(f);
  const ocopLatest = latestOcop(inputs);
  const certLatest = latestCertifications(inputs);
  return {
    notReported: notReported(inputs),
    noRevenue: noRevenue(inputs),
    suspended: suspended(inputs),
    suspensionsEnding: suspensionsEnding(inputs),
    ocopExpiring: ocopExpiring(inputs, ocopLatest),
    ocopExpired: ocopExpired(inputs, ocopLatest),
    certificationsExpiring: certificationsExpiring(inputs, certLatest),
    certificationsExpired: certificationsExpired(inputs, certLatest),
    meetingOverdue: meetingOverdue(inputs),
    recommendationsOverdue: recommendationsOverdue(inputs),
  };
}
