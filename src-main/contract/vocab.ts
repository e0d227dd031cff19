/**
 * The registry's closed vocabularies: stored codes and the Vietnamese labels shown and printed.
 * One list serves the grids' dropdowns, the core's validation, the importer's free-text matching and the reports.
 */
export const ORG_TYPES = ['HTX', 'LHHTX', 'QTDND', 'THT'] as const;
export type OrgType = (typeof ORG_TYPES)[number];
export const ORG_TYPE_LABEL: Record<OrgType, string> = {
  HTX: 'Hợp tác xã',
  LHHTX: 'Liên hiệp hợp tác xã',
  QTDND: 'Quỹ tín dụng nhân dân',
  THT: 'Tổ hợp tác',
};

export const ORG_STATUSES = [
  'dang_hoat_dong',
  'tam_ngung',
  'ngung_hoat_dong',
  'dang_giai_the',
  'da_giai_the',
  'thu_hoi_gcn',
  'pha_san',
  'cham_dut',
] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];
export const ORG_STATUS_LABEL: Record<OrgStatus, string> = {
  dang_hoat_dong: 'Đang hoạt động',
  tam_ngung: 'Tạm ngừng hoạt động',
  ngung_hoat_dong: 'Ngừng hoạt động',
  dang_giai_the: 'Đang giải thể',
  da_giai_the: 'Đã giải thể',
  thu_hoi_gcn: 'Bị thu hồi GCN',
  pha_san: 'Phá sản',
  cham_dut: 'Chấm dứt hoạt động',
};
/** The one status counted as active (indicators.md). */
export const ACTIVE_STATUS: OrgStatus = 'dang_hoat_dong';
/** Statuses that end an organization: counted as "giải thể" in the year they start (indicators.md). */
export const TERMINAL_STATUSES: readonly OrgStatus[] = ['da_giai_the', 'thu_hoi_gcn', 'pha_san', 'cham_dut'];

/**
 * Sectors (lĩnh vực), in the order provincial KTTT reports list them: nông – lâm – thủy sản; công nghiệp –
 * TTCN; xây dựng; thương mại; vận tải; điện; nước sạch; môi trường; du lịch; tín dụng; nhà ở; dịch vụ khác.
 * Codes are stored in databases: add new ones, never give an old code a new meaning. Sources and what maps
 * where: docs/sectors.md.
 */
export const SECTORS = [
  'nong_nghiep',
  'cong_nghiep',
  'xay_dung',
  'thuong_mai',
  'van_tai',
  'dien',
  'nuoc_sach',
  'moi_truong',
  'du_lich',
  'tin_dung',
  'nha_o',
  'dich_vu',
  'khac',
] as const;
export type Sector = (typeof SECTORS)[number];
/** Written in the same order as SECTORS: dropdowns list the options in this object's key order. */
export const SECTOR_LABEL: Record<Sector, string> = {
  nong_nghiep: 'Nông, lâm nghiệp, thủy sản',
  cong_nghiep: 'Công nghiệp – tiểu thủ công nghiệp',
  xay_dung: 'Xây dựng',
  thuong_mai: 'Thương mại',
  van_tai: 'Vận tải',
  dien: 'Điện',
  nuoc_sach: 'Nước sạch',
  moi_truong: 'Môi trường',
  du_lich: 'Du lịch',
  tin_dung: 'Tín dụng',
  nha_o: 'Nhà ở',
  dich_vu: 'Dịch vụ khác',
  khac: 'Khác',
};

export const ORG_MODELS = ['cung_ung_dich_vu', 'tao_viec_lam', 'hon_hop'] as const;
export type OrgModel = (typeof ORG_MODELS)[number];
export const ORG_MODEL_LABEL: Record<OrgModel, string> = {
  cung_ung_dich_vu: 'Cung ứng dịch vụ cho thành viên',
  tao_viec_lam: 'Tạo việc làm cho thành viên',
  hon_hop: 'Hỗn hợp',
};

export const FIGURE_PERIODS = ['Y', 'H1', 'H2'] as const;
export type FigurePeriod = (typeof FIGURE_PERIODS)[number];
export const FIGURE_PERIOD_LABEL: Record<FigurePeriod, string> = { Y: 'Cả năm', H1: '6 tháng đầu năm', H2: '6 tháng cuối năm' };

export const OCOP_GROUPS = ['thuc_pham', 'do_uong', 'duoc_lieu', 'thu_cong_my_nghe', 'sinh_vat_canh', 'du_lich'] as const;
export type OcopGroup = (typeof OCOP_GROUPS)[number];
export const OCOP_GROUP_LABEL: Record<OcopGroup, string> = {
  thuc_pham: 'Thực phẩm',
  do_uong: 'Đồ uống',
  duoc_lieu: 'Dược liệu và sản phẩm từ dược liệu',
  thu_cong_my_nghe: 'Thủ công mỹ nghệ',
  sinh_vat_canh: 'Sinh vật cảnh',
  du_lich: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
};
/** OCOP recognition is valid for 36 months (QĐ 148/QĐ-TTg). */
export const OCOP_VALID_MONTHS = 36;

export const EXTERNAL_OWNER_KINDS = ['doanh_nghiep', 'ho_kinh_doanh', 'ca_nhan', 'khac'] as const;
export type ExternalOwnerKind = (typeof EXTERNAL_OWNER_KINDS)[number];
export const EXTERNAL_OWNER_KIND_LABEL: Record<ExternalOwnerKind, string> = {
  doanh_nghiep: 'Doanh nghiệp',
  ho_kinh_doanh: 'Hộ kinh doanh',
  ca_nhan: 'Cá nhân',
  khac: 'Khác',
};

export const CERT_KINDS = ['vietgap', 'vietgahp', 'globalgap', 'huu_co', 'attp', 'khac'] as const;
export type CertKind = (typeof CERT_KINDS)[number];
export const CERT_KIND_LABEL: Record<CertKind, string> = {
  vietgap: 'VietGAP',
  vietgahp: 'VietGAHP',
  globalgap: 'GlobalGAP',
  huu_co: 'Hữu cơ',
  attp: 'Đủ điều kiện ATTP',
  khac: 'Khác',
};
/** Kinds that count for certifiedHtxShare (indicators.md); "khác" does not. */
export const COUNTED_CERT_KINDS: readonly CertKind[] = ['vietgap', 'vietgahp', 'globalgap', 'huu_co', 'attp'];
