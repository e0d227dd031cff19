/**
 * Which entity a sheet holds. Each entity gets its own mapping of the columns; the entity whose
 * characteristic fields are mapped best wins, helped by the title and the sheet name ("DANH SÁCH SẢN
 * PHẨM OCOP", a sheet called "VietGAP"). A list of cooperatives that also gives each one's members and
 * revenue is an organizations sheet (its figure columns are kept); a sheet that names organizations only
 * to give their figures is a figures sheet.
 */
import { IMPORT_ENTITIES, type ImportEntity } from '../../../../contract/fields.ts';
import type { OrgType } from '../../../../contract/vocab.ts';
import { foldVietnamese } from '../../../../shared/index.ts';
import type { TargetId } from './dictionary.ts';
import { type ColumnChoice, type HeaderPath, mapColumns } from './map-columns.ts';

// Fields only a list of organizations has (a figures sheet may name organizations by name and code too).
const ORG_IDENTITY = new Set<TargetId>([
  'f:type',
  'f:regCode',
  'f:foundedOn',
  'f:registeredBy',
  'f:status',
  'f:legacyAddress',
  'f:sectors',
  'f:model',
  'f:charterCapital',
  'f:headName',
  'f:phone',
  'f:email',
  'f:shortName',
]);
const FIGURE_VALUES = new Set<TargetId>([
  'f:members',
  'f:workers',
  'f:regularWorkers',
  'f:revenue',
  'f:profit',
  'f:avgIncome',
  'f:charterCapitalEnd',
  'f:budgetPaid',
]);

function weightOf(entity: ImportEntity, target: TargetId): number {
  if (target === 'stt' || target === 'f:notes') return 0;
  if (target.startsWith('a:')) return entity === 'organizations' ? 0.5 : 0.2;
  switch (entity) {
    case 'organizations':
      if (ORG_IDENTITY.has(target) || target === 'f:name') return 1;
      return FIGURE_VALUES.has(target) ? 0.3 : 0.5;
    case 'figures':
      if (FIGURE_VALUES.has(target)) return 1;
      return 0.5;
    case 'ocop':
      return target === 'f:stars' ? 2 : 1;
    case 'certifications':
      if (target === 'f:kind') return 2;
      return target === 'f:organizationId' ? 0.5 : 1;
    case 'fundLoans':
      return FUND_LOAN_WEIGHTS[target] ?? (target.startsWith('f:') ? 0.5 : 0.2);
    case 'fundEntries':
      return FUND_ENTRY_WEIGHTS[target] ?? (target.startsWith('f:') ? 0.5 : 0.2);
    case 'support':
    case 'activities':
    case 'linkages':
      return SUPPORT_MARKS[entity].includes(target) ? 1.5 : target === 'f:organizationId' ? 0.5 : 0.7;
  }
}

// What only a ledger of the fund has: a contract number with its rate and term, or with what moved on it.
const FUND_LOAN_WEIGHTS: Readonly<Record<string, number>> = {
  'f:contractNo': 1.5,
  'f:ratePercent': 1.5,
  'f:termMonths': 1.2,
  'f:amount': 1,
  'f:organizationId': 1,
};
const FUND_ENTRY_WEIGHTS: Readonly<Record<string, number>> = {
  'f:contractNo': 1.5,
  'f:repaid': 1.5,
  'f:repaidPrincipal': 1.5,
  'f:repaidInterest': 1,
  'f:disbursed': 1,
  'f:onDate': 1,
};
const FUND_MOVEMENTS: readonly TargetId[] = ['f:disbursed', 'f:repaid', 'f:repaidPrincipal', 'f:repaidInterest'];

/** Columns only a sheet of the support given has: what tells it from a list of cooperatives. */
const SUPPORT_MARKS: Readonly<Record<'support' | 'activities' | 'linkages', readonly TargetId[]>> = {
  support: ['f:policy', 'f:supportKind', 'f:amount', 'f:fundingSource'],
  activities: ['f:title', 'f:trainees', 'f:activityKind'],
  linkages: ['f:partner', 'f:value', 'f:signedOn'],
};

export const REQUIRED_TARGETS: Readonly<Record<ImportEntity, readonly TargetId[]>> = {
  organizations: ['f:name'],
  figures: ['f:name'],
  ocop: ['f:name', 'f:stars'],
  certifications: ['f:organizationId', 'f:kind'],
  fundLoans: ['f:organizationId', 'f:contractNo', 'f:contractOn', 'f:amount', 'f:ratePercent', 'f:termMonths'],
  fundEntries: ['f:contractNo', 'f:onDate'],
  support: ['f:organizationId'],
  activities: ['f:organizationId', 'f:title'],
  linkages: ['f:organizationId', 'f:partner'],
};

const TITLE_EVIDENCE: Readonly<Record<ImportEntity, RegExp>> = {
  support: /(duoc|nhan|thu huong) ho tro|kinh phi ho tro|chinh sach ho tro|danh sach ho tro|ket qua ho tro/,
  activities:
    /danh sach (hoc vien|dai bieu|don vi tham gia|hop tac xa tham gia|to chuc tham gia)|lop (dao tao|boi duong|tap huan)|hoi cho|tuyen truyen/,
  linkages: /hop dong lien ket|lien ket (san xuat|tieu thu|chuoi)|chuoi lien ket/,
  ocop: /\bocop\b|mot xa,? mot san pham|moi xa mot san pham/,
  certifications:
    /vietgap|vietgahp|globalgap|global gap|chung nhan (san pham |dat )?(huu co|an toan|viet)|giay chung nhan (vietgap|an toan)/,
  figures: /ket qua (san xuat kinh doanh|sxkd|hoat dong)|so lieu|chi tieu|tinh hinh (hoat dong|san xuat)/,
  organizations: /danh sach (cac |cua )?(hop tac xa|htx|to hop tac|tht|quy tin dung|qtdnd|lien hiep|to chuc)|danh ba/,
  fundLoans: /quy ho tro|hop dong (tin dung|vay|cho vay)|so (theo doi )?cho vay|du no/,
  fundEntries: /giai ngan|thu no|tra no|so chi tiet (tien vay|cho vay)/,
};

/**
 * Evidence beyond the generic columns every list has ("Mã", "Tên", place names): a GSO list of communes
 * has those too and is not a list of cooperatives.
 */
function hasStrongEvidence(entity: ImportEntity, choices: readonly ColumnChoice[], titleHit: boolean): boolean {
  const conf = (target: TargetId): number => choices.find((c) => c.target === target)?.confidence ?? 0;
  const strong = (pred: (t: TargetId) => boolean): number =>
    choices.filter((c) => c.target !== null && pred(c.target) && c.confidence >= 0.8).length;
  switch (entity) {
    case 'organizations':
      return conf('f:name') >= 0.7 && (titleHit || strong((t) => ORG_IDENTITY.has(t)) >= 1 || strong((t) => FIGURE_VALUES.has(t)) >= 2);
    case 'figures':
      return conf('f:name') >= 0.7 && strong((t) => FIGURE_VALUES.has(t)) >= 1;
    case 'ocop':
      return conf('f:stars') >= 0.8 || (titleHit && conf('f:name') >= 0.8);
    case 'certifications':
      return conf('f:kind') >= 0.8 || (titleHit && (conf('f:number') >= 0.8 || conf('f:issuer') >= 0.8));
    case 'fundLoans':
      return conf('f:contractNo') >= 0.8 && (conf('f:ratePercent') >= 0.8 || conf('f:termMonths') >= 0.8);
    case 'fundEntries':
      return conf('f:contractNo') >= 0.8 && conf('f:onDate') >= 0.5 && FUND_MOVEMENTS.some((t) => conf(t) >= 0.75);
    case 'support':
    case 'activities':
    case 'linkages': {
      const marks = strong((t) => SUPPORT_MARKS[entity].includes(t));
      return conf('f:organizationId') >= 0.6 && (marks >= 2 || (titleHit && marks >= 1));
    }
  }
}

export interface EntityDecision {
  entity: ImportEntity | null;
  orgType: OrgType | null;
  choices: ColumnChoice[];
  /** Evidence for the winner, before normalising to a confidence. */
  score: number;
  missingRequired: TargetId[];
}

/** Type a sheet of organizations is about, when its title or name names one type only. */
export function orgTypeOfTitle(text: string): OrgType | null {
  const f = ` ${foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const found = new Set<OrgType>();
  if (/ (to hop tac|tht) /.test(f)) found.add('THT');
  if (/ (quy tin dung|qtdnd|quy tdnd) /.test(f)) found.add('QTDND');
  if (/ (lien hiep hop tac xa|lhhtx|lien hiep htx) /.test(f)) found.add('LHHTX');
  if (/ (hop tac xa|htx) /.test(f.replace(/ (lien hiep hop tac xa|lien hiep htx) /g, ' '))) found.add('HTX');
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

export function decideEntity(
  headers: readonly HeaderPath[],
  context: string,
  sheetYear: number | null,
  forced?: ImportEntity | null,
): EntityDecision {
  const folded = foldVietnamese(context);
  const candidates = (forced === undefined || forced === null ? IMPORT_ENTITIES : [forced]).map((entity) => {
    const choices = mapColumns(headers, entity, sheetYear);
    let score = 0;
    for (const c of choices) if (c.target !== null) score += weightOf(entity, c.target) * c.confidence;
    const titleHit = TITLE_EVIDENCE[entity].test(folded);
    if (titleHit) score += 2;
    const strong = hasStrongEvidence(entity, choices, titleHit);
    const mapped = new Set(choices.map((c) => c.target));
    const missingRequired = REQUIRED_TARGETS[entity].filter((t) => !mapped.has(t));
    if (missingRequired.length > 0) score *= 0.5;
    if (entity === 'figures' && ![...mapped].some((t) => t !== null && FIGURE_VALUES.has(t))) score *= 0.3;
    const identity = [...mapped].filter((t) => t !== null && ORG_IDENTITY.has(t)).length;
    if (!strong) score *= 0.3;
    return { entity, choices, score, missingRequired, identity, strong };
  });
  candidates.sort((a, b) => b.score - a.score);
  let best = candidates[0];
  // A list of organizations with their figures stays an organizations sheet (its figure columns kept).
  if (best?.entity === 'figures') {
    const orgs = candidates.find((c) => c.entity === 'organizations');
    if (orgs !== undefined && orgs.identity >= 2 && orgs.missingRequired.length === 0) best = orgs;
  }
  if (
    best === undefined ||
    (forced == null && (!best.strong || best.score < 1.5 || (best.missingRequired.length > 0 && best.score < 2.5)))
  ) {
    return { entity: null, orgType: null, choices: best?.choices ?? [], score: best?.score ?? 0, missingRequired: [] };
  }
  const winner = best;
  const nameColumn = winner.choices.find((c) => c.target === 'f:name' || c.target === 'f:organizationId');
  const nameHeader = headers.find((h) => h.index === nameColumn?.index);
  const orgType = winner.entity === 'organizations' ? orgTypeOfTitle(`${context} ${nameHeader?.path.join(' ') ?? ''}`) : null;
  return { entity: winner.entity, orgType, choices: winner.choices, score: winner.score, missingRequired: winner.missingRequired };
}
