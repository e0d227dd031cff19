/**
 * Plays the fund's Excel ledger inside the import's transaction (issue 14). Each contract's borrower is
 * matched to the registry like any import's organization (by code, else by name told apart by place); a
 * borrower not found, or found twice, is never created: the row is flagged and nothing is written for it.
 * A member borrower is looked up by name in its organization's members. Each loan's movements — from its
 * contract row and from the movements sheets, named by contract number — are then posted under the fund's
 * own rules (fund/ledger.ts): what the rules refuse is flagged on its cell, never posted silently. A contract
 * the book already holds is not written again; where the file writes its terms otherwise, each differing cell is
 * flagged with both values (fund-compare.ts), the stored contract left as it is.
 */
import type { StagedRow, StagedSheet } from './staged.ts';
import { AppError } from '../../contract/errors.ts';
import { refuse } from '../fund/common.ts';
import { contractRates } from '../fund/loans.ts';
import { loadBook, type LoanBook } from '../fund/book.ts';
import { createLedgerLoan, postLedgerMovements, type LedgerEnv, type LedgerMovement, type MovementFate } from '../fund/ledger.ts';
import { insertMemberDirect, loansByContractNo, loanByCode, membersOf, nextLoanNumber } from '../fund/repository.ts';
import { fundRules } from '../fund/rules.ts';
import { foldVietnamese } from '../../shared/index.ts';
import { rowPlace } from './org-rows.ts';
import { flagDifferingTerms } from './fund-compare.ts';
import { cellFlags, contractDefaultsWarning, money, ratePeriodOfHeader, readContract, readEntry, type ContractRead } from './fund-rows.ts';
import type { Flag } from './plan.ts';
import { outcome, type Outcome, type Run, type SheetRun } from './run.ts';

export interface FundRowResult {
  outcome: Outcome;
  flags: Map<string, Flag>;
  /** The borrower and the loan, for the flags recorded against them. */
  organizationId: number | null;
  loanId: number | null;
}

/** One row's part in a loan's movements: which field its amount and date came from, for a refusal's flag. */
interface MovementRef {
  row: StagedRow;
  amountField: string;
  dateField: string;
}

interface LoanWork {
  book: LoanBook;
  isNew: boolean;
  movements: LedgerMovement<MovementRef>[];
}

interface Ledger {
  run: Run;
  env: LedgerEnv;
  results: Map<StagedRow, FundRowResult>;
  /** Loans by contract number: those the file's contracts made or matched, then those the registry holds. */
  loans: Map<string, LoanWork[]>;
  codes: Map<number, number>;
  members: Map<number, Map<string, number>>;
}

const nameKey = (s: string) => foldVietnamese(s).replace(/\s+/g, ' ').trim();

function result(
  ledger: Ledger,
  row: StagedRow,
  o: Outcome,
  flags: Map<string, Flag>,
  ids: { organizationId?: number | null; loanId?: number | null } = {},
) {
  ledger.results.set(row, { outcome: o, flags, organizationId: ids.organizationId ?? null, loanId: ids.loanId ?? null });
}

/** The borrower organization a contract names, or why none can be taken. */
function borrowerOf(run: Run, c: ContractRead): { id: number; name: string } | { refusal: string } {
  const place = rowPlace(run, c.legacyAddress === null ? {} : { legacyAddress: c.legacyAddress });
  const found = run.index.find(c.regCode, c.borrowerName, place);
  if (found === null)
    return {
      refusal: `Không tìm thấy người vay “${c.borrowerName}” trong danh bạ tổ chức: hãy thêm tổ chức vào danh bạ (hoặc sửa tên trong sổ) rồi nhập lại dòng này.`,
    };
  if ('namesakes' in found)
    return {
      refusal: `Có ${String(found.namesakes.length)} tổ chức tên “${c.borrowerName}” mà địa chỉ không phân biệt được: hãy ghi mã số hoặc địa chỉ của người vay trong sổ.`,
    };
  return { id: found.org.id, name: found.org.name };
}

/** A member borrower by name among the organization's members; one the fund has not listed yet is added, flagged. */
async function memberOf(ledger: Ledger, organizationId: number, name: string, flags: Map<string, Flag>): Promise<number> {
  let byName = ledger.members.get(organizationId);
  if (byName === undefined) {
    byName = new Map((await membersOf(ledger.run.trx, [organizationId])).map((m) => [nameKey(m.full_name), m.id]));
    ledger.members.set(organizationId, byName);
  }
  const known = byName.get(nameKey(name));
  if (known !== undefined) return known;
  const id = insertMemberDirect(ledger.run.tx.direct, organizationId, name, ledger.env.at);
  ledger.run.changes.push({ entity: 'fund_members', entityId: id, action: 'insert', before: null, after: {} });
  byName.set(nameKey(name), id);
  flags.set('memberName', {
    raw: name,
    reason: 'Thành viên chưa có trong danh sách thành viên vay vốn: đã thêm từ sổ theo dõi. Hãy bổ sung ngày sinh, số CCCD.',
  });
  return id;
}

/** The loan's code: the ledger's own, else the next "HS-năm-số" of the contract's year. */
async function loanCode(ledger: Ledger, c: ContractRead): Promise<string> {
  if (c.code !== null && !(await loanByCode(ledger.run.trx, c.code))) return c.code;
  const year = Number(c.contractOn.slice(0, 4));
  let next = ledger.codes.get(year) ?? (await nextLoanNumber(ledger.run.trx, year));
  let code = `HS-${String(year)}-${String(next).padStart(3, '0')}`;
  while (await loanByCode(ledger.run.trx, code)) code = `HS-${String(year)}-${String(++next).padStart(3, '0')}`;
  ledger.codes.set(year, next + 1);
  return code;
}

async function contractRow(ledger: Ledger, sheet: StagedSheet, sheetRun: SheetRun, row: StagedRow): Promise<void> {
  const { run } = ledger;
  const flags = cellFlags(row);
  const periods = {
    rate: ratePeriodOfHeader(sheet.columns, 'ratePercent'),
    overdue: ratePeriodOfHeader(sheet.columns, 'overdueRatePercent'),
  };
  const read = readContract(row, flags, periods);
  if (!read.ok) {
    flags.set(
      'contractNo',
      flags.get('contractNo') ?? {
        raw: row.raw?.contractNo ?? String(row.values.contractNo ?? ''),
        reason: `Hợp đồng không được ghi sổ: ${read.missing}.`,
      },
    );
    return result(ledger, row, outcome('excluded', `Không ghi được hợp đồng: ${read.missing}.`), flags);
  }
  const c = read.contract;
  const borrower = borrowerOf(run, c);
  if ('refusal' in borrower) {
    flags.set('organizationId', { raw: c.borrowerName, reason: `${borrower.refusal} (HĐ ${c.contractNo}, ${money(c.amount)})` });
    return result(ledger, row, outcome('excluded', borrower.refusal), flags);
  }
  const sameNo = ledger.loans.get(c.contractNo) ?? [];
  const twin = sameNo.find((w) => w.book.loan.organization_id === borrower.id);
  const differing = twin === undefined ? '' : differingTermsFlagged(row, c, twin, flags);
  if (twin !== undefined && twin.isNew)
    return result(ledger, row, outcome('merged', `Hợp đồng ${c.contractNo} đã có ở dòng trên của tệp.${differing}`), flags, {
      organizationId: borrower.id,
      loanId: twin.book.loan.id,
    });
  let work = twin;
  let fate: Outcome;
  if (work === undefined) {
    let terms: { ratePpm: number; overdueRatePpm: number };
    try {
      if (c.contractOn > run.today) throw refuse('contractOn', 'Ngày hợp đồng không được sau ngày hôm nay.');
      terms = contractRates(c);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const f = (err.details as { field?: unknown } | undefined)?.field;
      const field = typeof f === 'string' ? f : 'contractNo';
      flags.set(field, { raw: row.raw?.[field] ?? String(row.values[field] ?? ''), reason: err.message });
      return result(ledger, row, outcome('excluded', `Không ghi được hợp đồng ${c.contractNo}: ${err.message}`), flags, {
        organizationId: borrower.id,
      });
    }
    const memberId = c.memberName === null ? null : await memberOf(ledger, borrower.id, c.memberName, flags);
    const code = await loanCode(ledger, c);
    const source = `${sheetRun.source}, dòng ${String(row.sourceRow)}`;
    const book = await createLedgerLoan(ledger.env, { ...c, ...terms, code, organizationId: borrower.id, memberId, source });
    work = { book, isNew: true, movements: [] };
    ledger.loans.set(c.contractNo, [...sameNo, work]);
    fate = outcome('new', null, { matchedId: book.loan.id, matchedName: `${borrower.name} — HĐ ${c.contractNo}` });
  } else
    fate = outcome('unchanged', differing === '' ? null : differing.trim(), {
      matchedId: work.book.loan.id,
      matchedName: `${borrower.name} — HĐ ${c.contractNo}`,
    });
  const d = c.disbursement;
  if (d.amount !== null && d.amount > 0 && d.onDate !== null)
    work.movements.push({
      kind: 'disbursement',
      onDate: d.onDate,
      amount: d.amount,
      note: c.note,
      ref: { row, amountField: 'disbursed', dateField: 'disbursedOn' },
    });
  else if ((d.amount !== null && d.amount > 0) !== (d.onDate !== null) && !flags.has('disbursed') && !flags.has('disbursedOn'))
    flags.set(d.onDate === null ? 'disbursedOn' : 'disbursed', {
      raw: '',
      reason:
        d.onDate === null
          ? 'Có số tiền giải ngân nhưng không ghi ngày giải ngân: chưa ghi sổ lần giải ngân này.'
          : 'Có ngày giải ngân nhưng không ghi số tiền: chưa ghi sổ lần giải ngân này.',
    });
  result(ledger, row, fate, flags, { organizationId: borrower.id, loanId: work.book.loan.id });
}

/** The terms of a contract met again that differ from its loan, flagged; the row's reason says which (or ''). */
function differingTermsFlagged(row: StagedRow, c: ContractRead, twin: LoanWork, flags: Map<string, Flag>): string {
  const where = twin.isNew ? 'đã ghi sổ từ dòng trên của tệp' : 'đang lưu trong sổ cho vay';
  const labels = flagDifferingTerms(row, c, twin.book, flags, where);
  if (labels.length === 0) return '';
  return ` Khác hợp đồng ${where} (${labels.join(', ')}): hợp đồng giữ nguyên, các ô khác nhau chờ xem lại.`;
}

/** Loans of the loan book with the contract numbers the file names (contracts met again, movements on typed loans). */
async function knownLoans(ledger: Ledger, contractNos: readonly string[]): Promise<void> {
  const wanted = [...new Set(contractNos)].filter((no) => !ledger.loans.has(no));
  for (let i = 0; i < wanted.length; i += 500) {
    for (const l of await loansByContractNo(ledger.run.trx, wanted.slice(i, i + 500))) {
      const book = await loadBook(ledger.run.trx, l.id);
      if (!book || l.contract_no === null) continue;
      ledger.loans.set(l.contract_no, [...(ledger.loans.get(l.contract_no) ?? []), { book, isNew: false, movements: [] }]);
    }
  }
}

const contractNoOf = (row: StagedRow): string[] => {
  const v = row.values.contractNo;
  return typeof v === 'string' && v.trim() !== '' ? [v.trim()] : typeof v === 'number' ? [String(v)] : [];
};

function entryRow(ledger: Ledger, row: StagedRow): void {
  const flags = cellFlags(row);
  const read = readEntry(row, flags);
  if (!read.ok) {
    flags.set('onDate', flags.get('onDate') ?? { raw: row.raw?.onDate ?? '', reason: `Dòng không được ghi sổ: ${read.missing}.` });
    return result(ledger, row, outcome('excluded', `${read.missing}.`), flags);
  }
  const e = read.entry;
  let candidates = ledger.loans.get(e.contractNo) ?? [];
  if (candidates.length > 1 && e.borrowerName !== null) {
    const found = ledger.run.index.find(null, e.borrowerName, { commune: null, address: null });
    const orgId = found !== null && 'org' in found ? found.org.id : null;
    candidates = candidates.filter((w) => w.book.loan.organization_id === orgId);
  }
  if (candidates.length !== 1) {
    const reason =
      candidates.length === 0
        ? `Không có hợp đồng số ${e.contractNo} trong sổ cho vay hay trong trang hợp đồng của tệp.`
        : `Có ${String(candidates.length)} hợp đồng cùng số ${e.contractNo}: hãy ghi tên người vay trong dòng.`;
    flags.set('contractNo', { raw: e.contractNo, reason: `${reason} Dòng chưa được ghi sổ.` });
    return result(ledger, row, outcome('excluded', reason), flags);
  }
  const work = candidates[0] as LoanWork;
  if (e.disbursed !== null && e.disbursed > 0)
    work.movements.push({
      kind: 'disbursement',
      onDate: e.onDate,
      amount: e.disbursed,
      note: e.note,
      ref: { row, amountField: 'disbursed', dateField: 'onDate' },
    });
  if (e.repaid !== null && e.repaid > 0)
    work.movements.push({
      kind: 'repayment',
      onDate: e.onDate,
      amount: e.repaid,
      note: e.note,
      ...(e.split === undefined ? {} : { split: e.split }),
      ref: { row, amountField: e.split !== undefined && row.values.repaid == null ? 'repaidPrincipal' : 'repaid', dateField: 'onDate' },
    });
  result(ledger, row, outcome('new', null, { matchedId: work.book.loan.id, matchedName: `HĐ ${e.contractNo}` }), flags, {
    organizationId: work.book.loan.organization_id,
    loanId: work.book.loan.id,
  });
}

/** A movement's refusal flags the cell it is about; a split the fund allocated otherwise is flagged, posted. */
function flagFate(ledger: Ledger, fate: MovementFate<MovementRef>): void {
  const r = ledger.results.get(fate.ref.row);
  if (r === undefined) return;
  const what = fate.kind === 'disbursement' ? 'Giải ngân' : 'Thu nợ';
  const { row, amountField, dateField } = fate.ref;
  if (fate.fate === 'refused') {
    const field = fate.field === 'onDate' ? dateField : amountField;
    r.flags.set(field, { raw: row.raw?.[field] ?? String(row.values[field] ?? ''), reason: `${what} không được ghi sổ: ${fate.message}` });
  } else if (fate.fate === 'posted' && fate.review !== null)
    r.flags.set(amountField, { raw: String(row.values[amountField] ?? ''), reason: fate.review });
}

/** A movements row is new when anything of it was posted, unchanged when all of it already was, else excluded with why. */
function settleEntryRow(ledger: Ledger, row: StagedRow, fates: readonly MovementFate<MovementRef>[]): void {
  const r = ledger.results.get(row);
  if (r === undefined || fates.length === 0) return;
  const ids = { matchedId: r.outcome.matchedId, matchedName: r.outcome.matchedName };
  const refused = fates.flatMap((f) =>
    f.fate === 'refused' ? [`${f.kind === 'disbursement' ? 'Giải ngân' : 'Thu nợ'}: ${f.message}`] : [],
  );
  if (fates.some((f) => f.fate === 'posted')) r.outcome = outcome('new', refused.length > 0 ? refused.join(' ') : null, ids);
  else if (refused.length === 0) r.outcome = outcome('unchanged', 'Đã có trong sổ cho vay.', ids);
  else r.outcome = outcome('excluded', `Không ghi sổ — ${refused.join(' ')}`, ids);
}

/**
 * Plays every ledger sheet of the file: contracts first (their loans made or matched), then each loan's
 * movements in date order. Returns each row's outcome and flags; writes nothing in the sheets' order.
 */
export async function playFundLedger(
  run: Run,
  sheets: readonly { sheet: StagedSheet; run: SheetRun }[],
): Promise<{ results: Map<StagedRow, FundRowResult>; warnings: Map<StagedSheet, string[]> }> {
  const rules = await fundRules(run.trx);
  const env: LedgerEnv = {
    tx: run.tx,
    who: run.ctx.who,
    at: run.now.toISOString(),
    today: run.today,
    thresholds: rules.groupThresholds,
    audit: run.audit,
    added: (table, id) => run.changes.push({ entity: table, entityId: id, action: 'insert', before: null, after: {} }),
  };
  const ledger: Ledger = { run, env, results: new Map(), loans: new Map(), codes: new Map(), members: new Map() };
  const warnings = new Map<StagedSheet, string[]>();
  await knownLoans(
    ledger,
    sheets.flatMap((s) => s.sheet.rows.flatMap(contractNoOf)),
  );
  for (const { sheet, run: sheetRun } of sheets.filter((s) => s.sheet.entity === 'fundLoans')) {
    const w = contractDefaultsWarning(sheet.columns);
    if (w !== null) warnings.set(sheet, [w]);
    for (const row of sheet.rows) await contractRow(ledger, sheet, sheetRun, row);
  }
  const entrySheets = sheets.filter((s) => s.sheet.entity === 'fundEntries');
  const entryRows = entrySheets.flatMap((s) => s.sheet.rows);
  for (const row of entryRows) entryRow(ledger, row);
  const byRow = new Map<StagedRow, MovementFate<MovementRef>[]>(entryRows.map((r) => [r, []]));
  for (const work of [...ledger.loans.values()].flat()) {
    if (work.movements.length === 0) continue;
    for (const fate of await postLedgerMovements(env, work.book, work.movements, work.isNew)) {
      flagFate(ledger, fate);
      byRow.get(fate.ref.row)?.push(fate);
    }
    run.afterRow?.(++run.played);
  }
  for (const [row, fates] of byRow) settleEntryRow(ledger, row, fates);
  return { results: ledger.results, warnings };
}
