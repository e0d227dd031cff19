/**
 * Rows of the fund's Excel ledger as the import reads them, before they meet the registry and the loan book:
 * a contract's terms, and the money a row says moved. A cell that cannot be read, or that a term of the
 * contract cannot be, is flagged with its text; a row that lacks what a loan or an entry needs says why.
 */
import type { CellValue, PreviewColumn } from '../../contract/index.ts';
import { FUND_REPAYMENT_METHODS, type FundRepaymentMethod } from '../../contract/fund-dto.ts';
import { foldVietnamese, formatNumber, parseVnNumber } from '../../shared/index.ts';
import type { Flag } from './plan.ts';
import { shown } from './run.ts';
import type { StagedRow } from './staged.ts';

/** The flags of a row's unreadable cells, by field. */
export function cellFlags(row: StagedRow): Map<string, Flag> {
  const flags = new Map<string, Flag>();
  for (const [field, reason] of Object.entries(row.cellErrors)) flags.set(field, { raw: row.raw?.[field] ?? '', reason });
  for (const [field, reason] of Object.entries(row.flags ?? {}))
    flags.set(field, { raw: row.raw?.[field] ?? shown(row.values[field]), reason });
  return flags;
}

const str = (v: CellValue | undefined): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** A day, in full: a ledger's "03/2023" names no day, and a day is never invented for it. */
function day(row: StagedRow, field: string, flags: Map<string, Flag>): string | null {
  const v = str(row.values[field]);
  if (v === null || /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  flags.set(field, { raw: row.raw?.[field] ?? v, reason: `Ngày “${row.raw?.[field] ?? v}” không ghi đủ ngày, tháng, năm.` });
  return null;
}

/** The per-year or per-month sense a rate column's header gives ("Lãi suất (%/tháng)"). */
export function ratePeriodOfHeader(columns: readonly PreviewColumn[], field: string): 'year' | 'month' | null {
  const header = columns.find((c) => c.field === field)?.header;
  if (header === undefined) return null;
  const f = foldVietnamese(header);
  if (/thang/.test(f)) return 'month';
  if (/nam/.test(f.replace(/lai suat/g, ''))) return 'year';
  return null;
}

/**
 * A rate as a ledger writes it, in percent a year: "7,2", "7,2%/năm", "0,6%/tháng" (× 12), a header that says
 * "%/tháng". A bare number under 2 says neither a year nor a month: it is not guessed.
 */
export function parseRatePercent(
  text: string,
  headerPeriod: 'year' | 'month' | null,
): { ok: true; percent: number } | { ok: false; reason: string } {
  const f = foldVietnamese(text);
  const m = /-?\d+(?:[.,]\d+)*/.exec(f);
  if (m === null) return { ok: false, reason: `Không đọc được lãi suất “${text}”.` };
  const parsed = parseVnNumber(m[0]);
  if (!parsed.ok) return { ok: false, reason: `Không đọc được lãi suất “${text}”: ${parsed.reason}` };
  if (parsed.value < 0) return { ok: false, reason: `Lãi suất không được âm (“${text}”).` };
  const period = /thang/.test(f) ? 'month' : /nam/.test(f) ? 'year' : headerPeriod;
  if (period === null && parsed.value > 0 && parsed.value < 2)
    return { ok: false, reason: `Lãi suất “${text}” không ghi là theo năm hay theo tháng; hãy ghi rõ (ví dụ “${text}%/tháng”).` };
  const percent = Math.round((period === 'month' ? parsed.value * 12 : parsed.value) * 10_000) / 10_000;
  if (percent > 100) return { ok: false, reason: `Lãi suất “${text}” quá lớn.` };
  return { ok: true, percent };
}

export interface ContractRead {
  code: string | null;
  borrowerName: string;
  regCode: string | null;
  legacyAddress: string | null;
  memberName: string | null;
  contractNo: string;
  contractOn: string;
  amount: number;
  ratePercent: number;
  overdueRatePercent: number;
  termMonths: number;
  periodMonths: number;
  graceMonths: number;
  method: FundRepaymentMethod;
  purpose: string | null;
  security: string | null;
  disbursement: { onDate: string | null; amount: number | null };
  note: string | null;
}

/** What a contract needs, in the order a clerk would look for it. */
const CONTRACT_NEEDS: readonly [string, string][] = [
  ['organizationId', 'người vay'],
  ['contractNo', 'số hợp đồng'],
  ['contractOn', 'ngày hợp đồng'],
  ['amount', 'số tiền hợp đồng'],
  ['ratePercent', 'lãi suất'],
  ['termMonths', 'thời hạn vay'],
];

/** A contract row's terms; `missing` says what it lacks (its flags say why, when a cell was unreadable). */
export function readContract(
  row: StagedRow,
  flags: Map<string, Flag>,
  ratePeriods: { rate: 'year' | 'month' | null; overdue: 'year' | 'month' | null },
): { ok: true; contract: ContractRead } | { ok: false; missing: string } {
  const v = row.values;
  const contractOn = day(row, 'contractOn', flags);
  const disbursedOn = day(row, 'disbursedOn', flags);
  const lacking = CONTRACT_NEEDS.filter(([k]) =>
    k === 'contractOn' ? contractOn === null : v[k] === null || v[k] === undefined || v[k] === '',
  ).map(([, label]) => label);
  if (lacking.length > 0) return { ok: false, missing: `Thiếu ${lacking.join(', ')}` };
  const rate = parseRatePercent(String(v.ratePercent), ratePeriods.rate);
  if (!rate.ok) {
    flags.set('ratePercent', { raw: String(v.ratePercent), reason: rate.reason });
    return { ok: false, missing: rate.reason };
  }
  let overdue = rate.percent * 1.5;
  const overdueText = str(v.overdueRatePercent);
  if (overdueText !== null) {
    const r = parseRatePercent(overdueText, ratePeriods.overdue);
    if (r.ok) overdue = r.percent;
    else flags.set('overdueRatePercent', { raw: overdueText, reason: `${r.reason} Tạm tính bằng 150% lãi suất cho vay.` });
  }
  const method = str(v.method);
  return {
    ok: true,
    contract: {
      code: str(v.code),
      borrowerName: String(v.organizationId),
      regCode: str(v.regCode),
      legacyAddress: str(v.legacyAddress),
      memberName: str(v.memberName),
      contractNo: String(v.contractNo),
      contractOn: contractOn ?? '',
      amount: Number(v.amount),
      ratePercent: rate.percent,
      overdueRatePercent: Math.round(overdue * 10_000) / 10_000,
      termMonths: Number(v.termMonths),
      periodMonths: num(v.periodMonths) ?? 1,
      graceMonths: num(v.graceMonths) ?? 0,
      method: FUND_REPAYMENT_METHODS.find((m) => m === method) ?? 'equal_principal',
      purpose: str(v.purpose),
      security: str(v.security),
      disbursement: { onDate: disbursedOn, amount: num(v.disbursed) },
      note: str(v.notes),
    },
  };
}

/** What a ledger leaves unsaid about its contracts and the import takes by default, said once per sheet. */
export function contractDefaultsWarning(columns: readonly PreviewColumn[]): string | null {
  const has = (f: string) => columns.some((c) => c.field === f);
  const said: string[] = [];
  if (!has('method')) said.push('phương thức trả nợ: gốc trả đều, lãi theo dư nợ');
  if (!has('periodMonths')) said.push('kỳ trả nợ: hằng tháng');
  if (!has('graceMonths')) said.push('không có ân hạn');
  if (!has('overdueRatePercent')) said.push('lãi suất quá hạn: 150% lãi suất cho vay');
  return said.length === 0
    ? null
    : `Sổ không có cột cho một số điều khoản của hợp đồng; lịch trả nợ được lập với ${said.join('; ')}. Hãy kiểm tra với hợp đồng gốc.`;
}

export interface EntryRead {
  contractNo: string;
  borrowerName: string | null;
  onDate: string;
  disbursed: number | null;
  repaid: number | null;
  split: { principal: number | null; interest: number | null } | undefined;
  note: string | null;
}

/** A movements row: its date and what it disbursed and repaid (a repayment given as principal and interest is their sum). */
export function readEntry(row: StagedRow, flags: Map<string, Flag>): { ok: true; entry: EntryRead } | { ok: false; missing: string } {
  const v = row.values;
  const contractNo = str(v.contractNo);
  const onDate = day(row, 'onDate', flags);
  const lacking = [contractNo === null ? 'số hợp đồng' : null, onDate === null ? 'ngày' : null].filter((x): x is string => x !== null);
  if (contractNo === null || onDate === null) return { ok: false, missing: `Thiếu ${lacking.join(', ')}` };
  const principal = num(v.repaidPrincipal);
  const interest = num(v.repaidInterest);
  const split = principal === null && interest === null ? undefined : { principal, interest };
  const repaid = num(v.repaid) ?? (split === undefined ? null : (principal ?? 0) + (interest ?? 0));
  const disbursed = num(v.disbursed);
  if (!(repaid !== null && repaid > 0) && !(disbursed !== null && disbursed > 0)) {
    const unreadable = ['disbursed', 'repaid', 'repaidPrincipal', 'repaidInterest'].some((f) => row.cellErrors[f] !== undefined);
    return { ok: false, missing: unreadable ? 'Không đọc được số tiền của dòng' : 'Dòng không ghi số tiền giải ngân hay thu nợ' };
  }
  return { ok: true, entry: { contractNo, borrowerName: str(v.organizationId), onDate, disbursed, repaid, split, note: str(v.notes) } };
}

export const money = (n: number): string => `${formatNumber(n)} đồng`;
