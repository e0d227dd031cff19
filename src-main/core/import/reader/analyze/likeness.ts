/**
 * Whether a sheet mapped as a list of organizations (or of OCOP products) really is one. A workbook that is
 * mostly something else — a list of communes, of schools, a budget — must be refused whole, with a reason,
 * rather than imported as hundreds of rows each flagged for review.
 */
import type { ImportEntity } from '../../../../contract/fields.ts';
import type { OrgType } from '../../../../contract/vocab.ts';
import { orgTypeOfName } from '../values/vocab-match.ts';
import type { RowAnalysis } from './types.ts';

/** Below this share of records that look like the entity, the sheet is not taken for it. */
const MIN_SHARE = 0.3;
/** Too few records to judge. */
const MIN_RECORDS = 3;

function looksLikeOrganization(row: RowAnalysis): boolean {
  const { name, regCode, type } = row.values;
  return (
    (typeof name === 'string' && orgTypeOfName(name) !== undefined) ||
    (typeof regCode === 'string' && regCode !== '') ||
    (typeof type === 'string' && !row.inferred.includes('type'))
  );
}

/** Why the sheet is not what its columns suggest, or null when it is (or when the clerk said what it is). */
export function notRegistryReason(
  entity: ImportEntity | null,
  orgTypeFromTitle: OrgType | null,
  rows: readonly RowAnalysis[],
  chosenByClerk: boolean,
): string | null {
  if (chosenByClerk || (entity !== 'organizations' && entity !== 'ocop')) return null;
  if (entity === 'organizations' && orgTypeFromTitle !== null) return null;
  const records = rows.filter((r) => r.kind === 'record');
  if (records.length < MIN_RECORDS) return null;
  if (entity === 'ocop') {
    const rated = records.filter((r) => typeof r.values.stars === 'number' || r.cellErrors.stars !== undefined).length;
    if (rated / records.length >= MIN_SHARE) return null;
    return `Trang này không giống danh sách sản phẩm OCOP: chỉ ${rated} trên ${records.length} dòng có hạng sao. Nếu đúng là danh sách OCOP, hãy chọn loại dữ liệu và ghép cột hạng sao.`;
  }
  const like = records.filter(looksLikeOrganization).length;
  if (like / records.length >= MIN_SHARE) return null;
  return `Trang này không giống danh sách tổ chức kinh tế tập thể: chỉ ${like} trên ${records.length} dòng có tên là hợp tác xã, tổ hợp tác, quỹ tín dụng hay có mã số, loại hình. Nếu đúng là danh sách tổ chức, hãy chọn loại dữ liệu “Tổ chức KTTT” cho trang này.`;
}
