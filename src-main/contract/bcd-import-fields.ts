import type { FieldSpec, Option } from './fields.ts';
import { ACTIVITY_KIND_LABEL, FUNDING_SOURCE_LABEL, SUPPORT_KIND_LABEL } from './bcd-vocab.ts';

/**
 * What a sheet of the support given can fill, as the importer maps headers onto it: support records, the
 * participants of activities (one row per organization taking part) and linkage contracts. The organization
 * is named by text (name, code, commune) and matched to the registry; it is never created from these sheets.
 */
const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

const ORGANIZATION: FieldSpec = { key: 'organizationId', label: 'Tổ chức KTTT', kind: 'organization', required: true, maxLength: 300 };
const REG_CODE: FieldSpec = { key: 'regCode', label: 'Mã số HTX / MST', kind: 'code', maxLength: 20 };
const NOTES: FieldSpec = { key: 'notes', label: 'Ghi chú', kind: 'text', maxLength: 2000 };

export const SUPPORT_IMPORT_FIELDS: readonly FieldSpec[] = [
  ORGANIZATION,
  REG_CODE,
  { key: 'policy', label: 'Chính sách, chương trình hỗ trợ', kind: 'text', required: true, maxLength: 500 },
  { key: 'decision', label: 'Quyết định hỗ trợ', kind: 'text', maxLength: 200 },
  { key: 'grantedOn', label: 'Ngày hỗ trợ', kind: 'date', required: true },
  { key: 'supportKind', label: 'Hình thức hỗ trợ', kind: 'enum', options: options(SUPPORT_KIND_LABEL) },
  { key: 'amount', label: 'Kinh phí hỗ trợ', kind: 'money' },
  { key: 'fundingSource', label: 'Nguồn kinh phí', kind: 'enum', options: options(FUNDING_SOURCE_LABEL) },
  NOTES,
];

export const ACTIVITY_IMPORT_FIELDS: readonly FieldSpec[] = [
  { key: 'activityKind', label: 'Loại hoạt động', kind: 'enum', options: options(ACTIVITY_KIND_LABEL) },
  { key: 'title', label: 'Tên lớp, hội chợ, hoạt động', kind: 'text', required: true, maxLength: 500 },
  { key: 'heldFrom', label: 'Ngày tổ chức', kind: 'date', required: true },
  { key: 'heldTo', label: 'Đến ngày', kind: 'date' },
  { key: 'place', label: 'Địa điểm', kind: 'text', maxLength: 300 },
  { ...ORGANIZATION, label: 'Tổ chức KTTT tham gia' },
  REG_CODE,
  { key: 'trainees', label: 'Số học viên, người tham gia', kind: 'int' },
  NOTES,
];

export const LINKAGE_IMPORT_FIELDS: readonly FieldSpec[] = [
  ORGANIZATION,
  REG_CODE,
  { key: 'partner', label: 'Doanh nghiệp, đối tác liên kết', kind: 'text', required: true, maxLength: 300 },
  { key: 'product', label: 'Sản phẩm liên kết', kind: 'text', maxLength: 300 },
  { key: 'value', label: 'Giá trị hợp đồng', kind: 'money' },
  { key: 'signedOn', label: 'Ngày ký', kind: 'date', required: true },
  { key: 'endsOn', label: 'Ngày hết hạn', kind: 'date' },
  NOTES,
];
