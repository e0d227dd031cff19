import type {
  CheckResult,
  MonitoringListName,
  ParticipantSide,
  RecommendationStatus,
} from '../../../src-main/contract/inspection-vocab.ts';

/**
 * Words the inspection screens show for stored codes. The renderer may import only types from the contract
 * (plus vocab.ts and fields.ts), so the labels are written here against its types: a code added to the
 * contract without a label here is a compile error, never a blank on screen.
 */
export const CHECK_RESULT_TEXT: Record<CheckResult, string> = { dat: 'Đạt', khong_dat: 'Không đạt', khong_ap_dung: 'Không áp dụng' };
export const CHECK_RESULT_ORDER: readonly CheckResult[] = ['dat', 'khong_dat', 'khong_ap_dung'];

export const STATUS_TEXT: Record<RecommendationStatus, string> = {
  chua_thuc_hien: 'Chưa thực hiện',
  dang_thuc_hien: 'Đang thực hiện',
  da_thuc_hien: 'Đã thực hiện',
};
export const STATUS_ORDER: readonly RecommendationStatus[] = ['chua_thuc_hien', 'dang_thuc_hien', 'da_thuc_hien'];

export const SIDE_TEXT: Record<ParticipantSide, string> = {
  doan: 'Đoàn kiểm tra',
  to_chuc: 'Tổ chức được kiểm tra',
  dia_phuong: 'Địa phương',
};
export const SIDE_ORDER: readonly ParticipantSide[] = ['doan', 'to_chuc', 'dia_phuong'];

export const LIST_TEXT: Record<MonitoringListName, string> = {
  notReported: 'Chưa báo cáo số liệu năm trước',
  noRevenue: 'Không có doanh thu hai năm liền / ngừng hoạt động',
  suspended: 'Đang tạm ngừng',
  suspensionsEnding: 'Sắp hết / đã hết hạn tạm ngừng',
  ocopExpiring: 'OCOP sắp hết hiệu lực (6 tháng)',
  ocopExpired: 'OCOP đã hết hiệu lực',
  certificationsExpiring: 'Chứng nhận sắp hết hạn (3 tháng)',
  certificationsExpired: 'Chứng nhận đã hết hạn',
  meetingOverdue: 'Chưa họp Đại hội thường niên đúng hạn',
  recommendationsOverdue: 'Kiến nghị quá hạn',
  fundDueSoon: 'Vay Quỹ đến hạn trong 30 ngày',
  fundOverdue: 'Vay Quỹ quá hạn',
};
export const LIST_ORDER = Object.keys(LIST_TEXT) as MonitoringListName[];
