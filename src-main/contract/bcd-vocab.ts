/**
 * Closed vocabularies of the Steering Committee (BCĐ) and the support given: stored codes and the Vietnamese
 * labels shown on screen and printed.
 */
export const MEMBER_ROLES = ['truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'uy_vien', 'thu_ky'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABEL: Record<MemberRole, string> = {
  truong_ban: 'Trưởng ban',
  pho_truong_ban_thuong_truc: 'Phó Trưởng ban thường trực',
  pho_truong_ban: 'Phó Trưởng ban',
  uy_vien: 'Ủy viên',
  thu_ky: 'Thư ký',
};

export const BCD_MEETING_KINDS = ['dinh_ky_6_thang', 'tong_ket_nam', 'dot_xuat'] as const;
export type BcdMeetingKind = (typeof BCD_MEETING_KINDS)[number];
export const BCD_MEETING_KIND_LABEL: Record<BcdMeetingKind, string> = {
  dinh_ky_6_thang: 'Họp định kỳ 6 tháng',
  tong_ket_nam: 'Hội nghị tổng kết năm',
  dot_xuat: 'Họp đột xuất',
};

/** What the clerk sets; "quá hạn" is never stored: it is read from the deadline and the date. */
export const TASK_STATUSES = ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskState = TaskStatus | 'qua_han';
export const TASK_STATE_LABEL: Record<TaskState, string> = {
  chua_thuc_hien: 'Chưa thực hiện',
  dang_thuc_hien: 'Đang thực hiện',
  hoan_thanh: 'Hoàn thành',
  qua_han: 'Quá hạn',
};
/** A task is "sắp đến hạn" this many days before its deadline (home page alert, monitoring list). */
export const TASK_DUE_SOON_DAYS = 15;

/** The two lists of the BCĐ's tasks among the monitoring lists (giám sát), apart from the lists of organizations. */
export const TASK_MONITORING_LISTS = ['tasksOverdue', 'tasksDueSoon'] as const;
export type TaskMonitoringListName = (typeof TASK_MONITORING_LISTS)[number];
export const TASK_MONITORING_LABEL: Record<TaskMonitoringListName, string> = {
  tasksOverdue: 'Nhiệm vụ của Ban Chỉ đạo quá hạn chưa hoàn thành',
  tasksDueSoon: `Nhiệm vụ của Ban Chỉ đạo sắp đến hạn (trong ${String(TASK_DUE_SOON_DAYS)} ngày)`,
};

export const SUPPORT_KINDS = ['dao_tao', 'xuc_tien_thuong_mai', 'khcn', 'ha_tang', 'tin_dung', 'thanh_lap_moi', 'khac'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_KIND_LABEL: Record<SupportKind, string> = {
  dao_tao: 'Đào tạo, bồi dưỡng',
  xuc_tien_thuong_mai: 'Xúc tiến thương mại',
  khcn: 'Ứng dụng khoa học, công nghệ',
  ha_tang: 'Hỗ trợ hạ tầng',
  tin_dung: 'Tín dụng',
  thanh_lap_moi: 'Thành lập mới',
  khac: 'Khác',
};

export const FUNDING_SOURCES = ['trung_uong', 'dia_phuong', 'long_ghep'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABEL: Record<FundingSource, string> = {
  trung_uong: 'Ngân sách trung ương',
  dia_phuong: 'Ngân sách địa phương',
  long_ghep: 'Lồng ghép các chương trình',
};

export const ACTIVITY_KINDS = ['dao_tao', 'hoi_cho', 'tuyen_truyen'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABEL: Record<ActivityKind, string> = {
  dao_tao: 'Lớp đào tạo, bồi dưỡng',
  hoi_cho: 'Hội chợ, xúc tiến thương mại',
  tuyen_truyen: 'Hoạt động tuyên truyền',
};

/**
 * The indicators of docs/indicators.md a target can be set for, with how their value is written. Money in đồng,
 * shares as a fraction of 1 (the form shows and takes a percentage).
 */
export const TARGET_INDICATORS = [
  { key: 'active.total', label: 'Tổ chức KTTT đang hoạt động', unit: 'tổ chức', kind: 'count' },
  { key: 'active.HTX', label: 'Hợp tác xã đang hoạt động', unit: 'HTX', kind: 'count' },
  { key: 'active.THT', label: 'Tổ hợp tác đang hoạt động', unit: 'THT', kind: 'count' },
  { key: 'newInYear.HTX', label: 'Hợp tác xã thành lập mới', unit: 'HTX', kind: 'count' },
  { key: 'newInYear.THT', label: 'Tổ hợp tác thành lập mới', unit: 'THT', kind: 'count' },
  { key: 'members', label: 'Thành viên', unit: 'người', kind: 'count' },
  { key: 'workers', label: 'Lao động', unit: 'người', kind: 'count' },
  { key: 'avgRevenuePerHtx', label: 'Doanh thu bình quân/HTX', unit: 'đồng', kind: 'money' },
  { key: 'avgProfitPerHtx', label: 'Lợi nhuận bình quân/HTX', unit: 'đồng', kind: 'money' },
  { key: 'avgIncomePerWorkerMonth', label: 'Thu nhập bình quân của lao động thường xuyên', unit: 'đồng/người/tháng', kind: 'money' },
  { key: 'ocop.kttt.3', label: 'Sản phẩm OCOP 3 sao của tổ chức KTTT', unit: 'sản phẩm', kind: 'count' },
  { key: 'ocop.kttt.4', label: 'Sản phẩm OCOP 4 sao của tổ chức KTTT', unit: 'sản phẩm', kind: 'count' },
  { key: 'ocop.kttt.5', label: 'Sản phẩm OCOP 5 sao của tổ chức KTTT', unit: 'sản phẩm', kind: 'count' },
  { key: 'certifiedHtxShare', label: 'Tỷ lệ HTX có sản phẩm được chứng nhận', unit: '%', kind: 'share' },
] as const;
export type TargetIndicator = (typeof TARGET_INDICATORS)[number]['key'];
export const TARGET_INDICATOR_KEYS = TARGET_INDICATORS.map((t) => t.key) as [TargetIndicator, ...TargetIndicator[]];

/** The clerk's narrative parts of the conference report, kept per year. */
export const NARRATIVE_PARTS = ['limitations', 'solutions', 'halfLimitations', 'halfSolutions'] as const;
export type NarrativePart = (typeof NARRATIVE_PARTS)[number];
