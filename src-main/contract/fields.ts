import {
  CERT_KIND_LABEL,
  EXTERNAL_OWNER_KIND_LABEL,
  FIGURE_PERIOD_LABEL,
  OCOP_GROUP_LABEL,
  ORG_MODEL_LABEL,
  ORG_STATUS_LABEL,
  ORG_TYPE_LABEL,
  SECTOR_LABEL,
} from './vocab.ts';
import { FUND_REPAYMENT_METHOD_LABEL } from './fund-dto.ts';
import { ACTIVITY_IMPORT_FIELDS, LINKAGE_IMPORT_FIELDS, SUPPORT_IMPORT_FIELDS } from './bcd-import-fields.ts';

/**
 * Field specifications of the registry's editable entities. The core validates with them, the grids build
 * their columns and editors from them, and the importer maps headers onto them: one description of a field.
 */
export type FieldKind =
  | 'text'
  | 'code' // text that looks like a number but is not one: leading zeros kept (mã số HTX, mã số thuế)
  | 'int'
  | 'money' // integer đồng
  | 'date' // ISO YYYY-MM-DD
  | 'year'
  | 'enum'
  | 'multiEnum'
  | 'commune' // code of a 2025 commune
  | 'organization' // id of a registered organization
  | 'stars';

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  readOnly?: boolean;
  options?: readonly Option[];
  /** For numbers: negative values allowed (profit may be a loss). */
  allowNegative?: boolean;
  /** For dates: a year ("2015") or a month ("2015-03") alone is kept as written, since old lists often give no more. */
  partialDate?: boolean;
  maxLength?: number;
}

/** What a cell holds across the boundary. null is blank — never the same as 0. */
export type CellValue = string | number | string[] | null;

/** Blank: missing, null, empty or only-spaces text, an empty list. Never 0: a zero is a value. */
export function isBlankValue(v: CellValue | undefined): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const ORG_FIELDS: readonly FieldSpec[] = [
  { key: 'type', label: 'Loại hình', kind: 'enum', required: true, options: options(ORG_TYPE_LABEL) },
  { key: 'name', label: 'Tên tổ chức', kind: 'text', required: true, maxLength: 300 },
  { key: 'shortName', label: 'Tên viết tắt', kind: 'text', maxLength: 100 },
  { key: 'regCode', label: 'Mã số HTX / MST', kind: 'code', maxLength: 20 },
  { key: 'foundedOn', label: 'Ngày thành lập / đăng ký', kind: 'date', partialDate: true },
  { key: 'registeredBy', label: 'Cơ quan đăng ký', kind: 'text', maxLength: 200 },
  { key: 'status', label: 'Tình trạng', kind: 'enum', required: true, options: options(ORG_STATUS_LABEL) },
  { key: 'statusSince', label: 'Từ ngày', kind: 'date', readOnly: true },
  { key: 'street', label: 'Địa chỉ (số nhà, thôn, xóm)', kind: 'text', maxLength: 300 },
  { key: 'communeCode', label: 'Xã/phường (2025)', kind: 'commune' },
  { key: 'legacyAddress', label: 'Địa chỉ cũ (như đã ghi)', kind: 'text', maxLength: 300 },
  { key: 'sectors', label: 'Lĩnh vực', kind: 'multiEnum', options: options(SECTOR_LABEL) },
  { key: 'model', label: 'Mô hình', kind: 'enum', options: options(ORG_MODEL_LABEL) },
  { key: 'charterCapital', label: 'Vốn điều lệ', kind: 'money' },
  { key: 'headName', label: 'Người đứng đầu', kind: 'text', maxLength: 100 },
  { key: 'phone', label: 'Điện thoại', kind: 'code', maxLength: 30 },
  { key: 'email', label: 'Thư điện tử', kind: 'text', maxLength: 200 },
  { key: 'notes', label: 'Ghi chú', kind: 'text', maxLength: 2000 },
];

/** The yearly figures; also shown as columns of the organizations grid for a chosen year. */
export const FIGURE_VALUE_FIELDS: readonly FieldSpec[] = [
  { key: 'members', label: 'Thành viên', kind: 'int' },
  { key: 'workers', label: 'Lao động', kind: 'int' },
  { key: 'regularWorkers', label: 'LĐ thường xuyên', kind: 'int' },
  { key: 'revenue', label: 'Doanh thu', kind: 'money' },
  { key: 'profit', label: 'Lợi nhuận', kind: 'money', allowNegative: true },
  { key: 'avgIncome', label: 'Thu nhập BQ LĐTX (/tháng)', kind: 'money' },
  { key: 'charterCapitalEnd', label: 'Vốn điều lệ cuối năm', kind: 'money' },
  { key: 'budgetPaid', label: 'Nộp ngân sách', kind: 'money' },
];

export const FIGURE_FIELDS: readonly FieldSpec[] = [
  { key: 'organizationId', label: 'Tổ chức', kind: 'organization', required: true },
  { key: 'year', label: 'Năm', kind: 'year', required: true },
  { key: 'period', label: 'Kỳ', kind: 'enum', required: true, options: options(FIGURE_PERIOD_LABEL) },
  ...FIGURE_VALUE_FIELDS,
];

export const OCOP_FIELDS: readonly FieldSpec[] = [
  { key: 'name', label: 'Tên sản phẩm', kind: 'text', required: true, maxLength: 300 },
  { key: 'organizationId', label: 'Chủ thể (tổ chức KTTT)', kind: 'organization' },
  { key: 'externalOwnerName', label: 'Chủ thể khác (DN, hộ)', kind: 'text', maxLength: 300 },
  { key: 'externalOwnerKind', label: 'Loại chủ thể khác', kind: 'enum', options: options(EXTERNAL_OWNER_KIND_LABEL) },
  { key: 'stars', label: 'Hạng sao', kind: 'stars', required: true },
  { key: 'decisionNo', label: 'Số quyết định', kind: 'code', maxLength: 100 },
  { key: 'decisionDate', label: 'Ngày quyết định', kind: 'date' },
  { key: 'recognitionYear', label: 'Năm công nhận', kind: 'year' },
  { key: 'productGroup', label: 'Nhóm sản phẩm', kind: 'enum', options: options(OCOP_GROUP_LABEL) },
  { key: 'communeCode', label: 'Xã/phường', kind: 'commune' },
  { key: 'notes', label: 'Ghi chú', kind: 'text', maxLength: 2000 },
];

export const CERT_FIELDS: readonly FieldSpec[] = [
  { key: 'organizationId', label: 'Tổ chức', kind: 'organization', required: true },
  { key: 'kind', label: 'Loại chứng nhận', kind: 'enum', required: true, options: options(CERT_KIND_LABEL) },
  { key: 'product', label: 'Sản phẩm', kind: 'text', maxLength: 300 },
  { key: 'number', label: 'Số giấy chứng nhận', kind: 'code', maxLength: 100 },
  { key: 'issuer', label: 'Tổ chức cấp', kind: 'text', maxLength: 200 },
  { key: 'issuedOn', label: 'Ngày cấp', kind: 'date' },
  { key: 'expiresOn', label: 'Ngày hết hạn', kind: 'date' },
  /** A certificate a list names without dates: known in force on that list's date (counted in that year). */
  { key: 'validOn', label: 'Còn hiệu lực vào ngày', kind: 'date' },
  { key: 'notes', label: 'Ghi chú', kind: 'text', maxLength: 2000 },
];

export const ENTITIES = ['organizations', 'figures', 'ocop', 'certifications'] as const;
export type Entity = (typeof ENTITIES)[number];
export const ENTITY_FIELDS: Record<Entity, readonly FieldSpec[]> = {
  organizations: ORG_FIELDS,
  figures: FIGURE_FIELDS,
  ocop: OCOP_FIELDS,
  certifications: CERT_FIELDS,
};
/**
 * Fields a column of an imported sheet can fill, beyond the entity's own: a list of organizations may carry
 * the year's figures and the certificates its products hold; a figures sheet names its organizations by
 * name or code (matched to the registry) and takes its year from the sheet.
 */
export const CERTIFICATES_TEXT: FieldSpec = {
  key: 'certificates',
  label: 'Chứng nhận sản phẩm (VietGAP, hữu cơ, ATTP…)',
  kind: 'text',
  maxLength: 2000,
};
// A figures sheet names its organizations, may say their status (own column or notes) and founding date, and creates
// those not yet registered.
const FIGURE_IDENTITY = new Set(['name', 'shortName', 'regCode', 'type', 'status', 'foundedOn', 'notes']);

/**
 * The support fund's Excel ledger (issue 14) as an import reads it: its credit contracts (a row may also give
 * the loan's disbursement), and its movements — disbursements and repayments, one sheet each or both in one.
 * The borrower is named by text and matched to the registry; a rate is kept as written ("7,2%/năm",
 * "0,6%/tháng") and read by the fund.
 */
export const FUND_IMPORT_KINDS = ['fundLoans', 'fundEntries'] as const;
export type FundImportKind = (typeof FUND_IMPORT_KINDS)[number];
/**
 * What a sheet can be imported as: the registry's entities, the Steering Committee's support given
 * (support records, activities with their participants, linkage contracts), kept outside the registry,
 * and the fund's ledger.
 */
export const IMPORT_ENTITIES = [...ENTITIES, 'support', 'activities', 'linkages', ...FUND_IMPORT_KINDS] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];
export type SupportEntity = Exclude<ImportEntity, Entity | FundImportKind>;
export const isRegistryEntity = (e: ImportEntity): e is Entity => (ENTITIES as readonly string[]).includes(e);
export const isFundImportKind = (k: ImportEntity | null | undefined): k is FundImportKind => k === 'fundLoans' || k === 'fundEntries';

const FUND_BORROWER: FieldSpec = { key: 'organizationId', label: 'Người vay (tổ chức)', kind: 'organization', maxLength: 300 };
const FUND_CONTRACT_NO: FieldSpec = { key: 'contractNo', label: 'Số hợp đồng tín dụng', kind: 'code', required: true, maxLength: 50 };
export const FUND_LOAN_IMPORT_FIELDS: readonly FieldSpec[] = [
  { key: 'code', label: 'Số hồ sơ vay', kind: 'code', maxLength: 40 },
  { ...FUND_BORROWER, required: true },
  { key: 'regCode', label: 'Mã số HTX / MST của người vay', kind: 'code', maxLength: 20 },
  { key: 'legacyAddress', label: 'Địa chỉ người vay', kind: 'text', maxLength: 300 },
  { key: 'memberName', label: 'Thành viên đứng tên vay', kind: 'text', maxLength: 200 },
  FUND_CONTRACT_NO,
  { key: 'contractOn', label: 'Ngày hợp đồng', kind: 'date', required: true },
  { key: 'amount', label: 'Số tiền hợp đồng', kind: 'money', required: true },
  { key: 'ratePercent', label: 'Lãi suất cho vay', kind: 'text', required: true, maxLength: 40 },
  { key: 'overdueRatePercent', label: 'Lãi suất quá hạn', kind: 'text', maxLength: 40 },
  { key: 'termMonths', label: 'Thời hạn vay (tháng)', kind: 'int', required: true },
  { key: 'periodMonths', label: 'Kỳ trả nợ (tháng)', kind: 'int' },
  { key: 'graceMonths', label: 'Thời gian ân hạn (tháng)', kind: 'int' },
  { key: 'method', label: 'Phương thức trả nợ', kind: 'enum', options: options(FUND_REPAYMENT_METHOD_LABEL) },
  { key: 'purpose', label: 'Mục đích vay', kind: 'text', maxLength: 1000 },
  { key: 'security', label: 'Bảo đảm tiền vay', kind: 'text', maxLength: 2000 },
  { key: 'disbursedOn', label: 'Ngày giải ngân', kind: 'date' },
  { key: 'disbursed', label: 'Số tiền giải ngân', kind: 'money' },
  { key: 'notes', label: 'Ghi chú', kind: 'text', maxLength: 500 },
];
export const FUND_ENTRY_IMPORT_FIELDS: readonly FieldSpec[] = [
  FUND_CONTRACT_NO,
  FUND_BORROWER,
  { key: 'onDate', label: 'Ngày giải ngân / thu nợ', kind: 'date', required: true },
  { key: 'disbursed', label: 'Số tiền giải ngân', kind: 'money' },
  { key: 'repaid', label: 'Số tiền thu nợ (gốc và lãi)', kind: 'money' },
  { key: 'repaidPrincipal', label: 'Thu nợ gốc', kind: 'money' },
  { key: 'repaidInterest', label: 'Thu lãi', kind: 'money' },
  { key: 'notes', label: 'Ghi chú', kind: 'text', maxLength: 500 },
];

export const IMPORT_FIELDS: Record<ImportEntity, readonly FieldSpec[]> = {
  organizations: [...ORG_FIELDS, ...FIGURE_VALUE_FIELDS, CERTIFICATES_TEXT],
  figures: [...ORG_FIELDS.filter((f) => FIGURE_IDENTITY.has(f.key)), ...FIGURE_FIELDS.filter((f) => f.key !== 'organizationId')],
  ocop: OCOP_FIELDS,
  certifications: CERT_FIELDS,
  fundLoans: FUND_LOAN_IMPORT_FIELDS,
  fundEntries: FUND_ENTRY_IMPORT_FIELDS,
  support: SUPPORT_IMPORT_FIELDS,
  activities: ACTIVITY_IMPORT_FIELDS,
  linkages: LINKAGE_IMPORT_FIELDS,
};

/** The Vietnamese label of a field an import can fill, whatever the entity. */
export function importFieldLabel(entity: ImportEntity | null, key: string): string {
  const own = entity === null ? undefined : IMPORT_FIELDS[entity].find((f) => f.key === key);
  return (own ?? IMPORT_ENTITIES.map((e) => IMPORT_FIELDS[e].find((f) => f.key === key)).find((f) => f !== undefined))?.label ?? key;
}

export const ENTITY_LABEL: Record<ImportEntity, string> = {
  organizations: 'Tổ chức KTTT',
  figures: 'Số liệu hằng năm',
  ocop: 'Sản phẩm OCOP',
  certifications: 'Chứng nhận',
  fundLoans: 'Hợp đồng vay vốn Quỹ',
  fundEntries: 'Giải ngân, thu nợ của Quỹ',
  support: 'Hỗ trợ đã thực hiện',
  activities: 'Lớp đào tạo, hội chợ, tuyên truyền (người tham gia)',
  linkages: 'Hợp đồng liên kết',
};
