/**
 * Closed vocabularies of inspection and monitoring: stored codes and the Vietnamese labels printed in
 * biên bản and reports. Value-only, like vocab.ts.
 */
export const CHECK_RESULTS = ['dat', 'khong_dat', 'khong_ap_dung'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const CHECK_RESULT_LABEL: Record<CheckResult, string> = {
  dat: 'Đạt',
  khong_dat: 'Không đạt',
  khong_ap_dung: 'Không áp dụng',
};

export const RECOMMENDATION_STATUSES = ['chua_thuc_hien', 'dang_thuc_hien', 'da_thuc_hien'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABEL: Record<RecommendationStatus, string> = {
  chua_thuc_hien: 'Chưa thực hiện',
  dang_thuc_hien: 'Đang thực hiện',
  da_thuc_hien: 'Đã thực hiện',
};

/** Which side a person at the inspection stands on: the team, the inspected organization, or a local body. */
export const PARTICIPANT_SIDES = ['doan', 'to_chuc', 'dia_phuong'] as const;
export type ParticipantSide = (typeof PARTICIPANT_SIDES)[number];
export const PARTICIPANT_SIDE_LABEL: Record<ParticipantSide, string> = {
  doan: 'Đoàn kiểm tra',
  to_chuc: 'Đại diện tổ chức được kiểm tra',
  dia_phuong: 'Đại diện chính quyền, cơ quan địa phương',
};

/** The monitoring lists, in the order they are shown and printed; the names are the JSON keys of the report. */
export const MONITORING_LISTS = [
  'notReported',
  'noRevenue',
  'suspended',
  'suspensionsEnding',
  'ocopExpiring',
  'ocopExpired',
  'certificationsExpiring',
  'certificationsExpired',
  'meetingOverdue',
  'recommendationsOverdue',
  'fundDueSoon',
  'fundOverdue',
] as const;
export type MonitoringListName = (typeof MONITORING_LISTS)[number];
export const MONITORING_LIST_LABEL: Record<MonitoringListName, string> = {
  notReported: 'Chưa báo cáo số liệu năm trước',
  noRevenue: 'Không có doanh thu hai năm liền hoặc ngừng hoạt động',
  suspended: 'Đang tạm ngừng hoạt động',
  suspensionsEnding: 'Sắp hết hoặc đã hết thời hạn tạm ngừng',
  ocopExpiring: 'Sản phẩm OCOP sắp hết hiệu lực (trong 6 tháng)',
  ocopExpired: 'Sản phẩm OCOP đã hết hiệu lực',
  certificationsExpiring: 'Chứng nhận sắp hết hạn (trong 3 tháng)',
  certificationsExpired: 'Chứng nhận đã hết hạn',
  meetingOverdue: 'Chưa tổ chức Đại hội thành viên thường niên đúng hạn',
  recommendationsOverdue: 'Kiến nghị quá hạn chưa thực hiện',
  fundDueSoon: 'Khoản vay Quỹ hỗ trợ phát triển HTX đến hạn trả nợ trong 30 ngày tới',
  fundOverdue: 'Khoản vay Quỹ hỗ trợ phát triển HTX quá hạn',
};

/** Thresholds of the monitoring rules (issue 6). */
export const SUSPENSION_ENDING_DAYS = 30;
export const OCOP_EXPIRING_MONTHS = 6;
export const CERT_EXPIRING_MONTHS = 3;
/** Luật HTX 2023: the annual members' meeting is held within 4 months after the end of the fiscal year. */
export const MEETING_DEADLINE_MONTHS = 4;
