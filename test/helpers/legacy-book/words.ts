/**
 * Vietnamese words of the registry: what organizations are called, what they do, what they sell, who else
 * owns OCOP products, and what clerks write in the certificate column.
 */
import type { OrgType } from '../../../src-main/contract/vocab.ts';

/** The activity part of a name, by type: "HTX {stem} {place}". */
export const NAME_STEMS: Record<OrgType, readonly string[]> = {
  HTX: [
    'Nông nghiệp',
    'Dịch vụ nông nghiệp',
    'Dịch vụ tổng hợp',
    'Chè',
    'Cam',
    'Bưởi đỏ',
    'Nuôi cá lồng',
    'Rau an toàn',
    'Mây tre đan',
    'Du lịch cộng đồng',
    'Vận tải',
    'Môi trường',
    'Dệt thổ cẩm',
    'Chăn nuôi',
    'Dược liệu',
    'Nông lâm nghiệp',
    'Xây dựng',
    'Điện năng',
  ],
  LHHTX: ['Nông nghiệp', 'Rau sạch', 'Dịch vụ nông nghiệp', 'Thương mại', 'Chè'],
  QTDND: [''],
  THT: [
    'trồng nấm',
    'chăn nuôi dê',
    'sản xuất rau',
    'nuôi ong',
    'dệt thổ cẩm',
    'trồng cam',
    'làm bánh',
    'xay xát',
    'nuôi cá',
    'trồng dược liệu',
  ],
};

/** The written prefix of each type; the generator picks one, the OCOP sheet may pick another. */
export const TYPE_PREFIXES: Record<OrgType, readonly string[]> = {
  HTX: ['HTX', 'Hợp tác xã'],
  LHHTX: ['Liên hiệp HTX', 'Liên hiệp hợp tác xã'],
  QTDND: ['Quỹ TDND', 'Quỹ tín dụng nhân dân', 'QTDND'],
  THT: ['Tổ hợp tác', 'THT'],
};

/** Place-like words used in names besides commune names (generic names make namesakes). */
export const NAME_PLACES = [
  'Đoàn Kết',
  'Thống Nhất',
  'Tân Tiến',
  'Hợp Thành',
  'Đồng Tâm',
  'Thành Công',
  'Phú Cường',
  'Bình Minh',
  'Hòa Sơn',
  'Thủy Xuân',
  'Quyết Thắng',
  'Tiến Thành',
  'Hòa Bình',
  'Sông Đà',
  'Mường Vang',
  'Ngọc Lương',
  'Yên Thủy',
  'Đồng Bến',
];

/** Sector items: sub-sectors, activities and products, with a few words no code list knows. */
export const SECTOR_ITEMS = [
  'trồng trọt',
  'chăn nuôi',
  'nuôi cá lồng',
  'trồng nấm',
  'xay xát',
  'homestay',
  'du lịch cộng đồng',
  'trồng chè',
  'trồng cam',
  'trồng bưởi',
  'dịch vụ thủy lợi',
  'dịch vụ làm đất',
  'cung ứng vật tư nông nghiệp',
  'vận tải hành khách',
  'thu gom rác thải',
  'dệt thổ cẩm',
  'mây tre đan',
  'sản xuất miến dong',
  'nuôi ong lấy mật',
  'tín dụng nội bộ',
  'huy động vốn, cho vay',
  'xây dựng dân dụng',
  'kinh doanh điện',
  'chế biến nông sản',
  'trồng rừng',
  'ươm giống cây lâm nghiệp',
  'sơ chế măng',
  'ủ phân vi sinh',
  'nấu rượu men lá',
  'tráng bánh đa',
  'làm chổi chít',
  'nuôi lợn bản',
  'thêu ren',
  'dịch vụ cầm đồ',
  'cắt tóc',
];

export const OCOP_PRODUCTS = [
  'Chè Shan tuyết',
  'Mật ong bạc hà',
  'Cam Cao Phong',
  'Bưởi đỏ Tân Lạc',
  'Gạo nếp cẩm',
  'Măng khô',
  'Rượu men lá',
  'Thịt lợn bản sấy',
  'Miến dong',
  'Trà hoa vàng',
  'Cá sông Đà một nắng',
  'Nấm linh chi',
  'Tinh dầu sả',
  'Bánh chưng cẩm',
  'Dưa mèo',
  'Khăn thổ cẩm',
  'Giỏ mây',
  'Tương nếp',
  'Chuối sấy',
  'Mía tím',
];

/** OCOP owners outside the registry: enterprises, household businesses, individuals. */
export const EXTERNAL_OWNERS = [
  'Công ty TNHH Thực phẩm sạch Hòa Bình',
  'Công ty CP Chè Cao Phong',
  'Công ty TNHH MTV Nông sản Mường',
  'Hộ kinh doanh Bùi Văn Hùng',
  'Hộ kinh doanh Đinh Thị Lan',
  'Cơ sở sản xuất mật ong Nguyễn Văn Tám',
  'Hộ ông Quách Công Sơn',
  'Doanh nghiệp tư nhân Minh Phát',
  'Cơ sở Trà Sơn Hà',
  'Công ty CP Dược liệu Lương Sơn',
];

/** Certificate column items that count (VietGAP, VietGAHP, GlobalGAP, hữu cơ, ATTP). */
export const COUNTED_CERT_TEXTS = [
  'VietGAP',
  'VietGAP (cam)',
  'VietGAHP',
  'GlobalGAP',
  'Global GAP',
  'Hữu cơ',
  'Chứng nhận hữu cơ',
  'Đủ điều kiện ATTP',
  'Cơ sở đủ điều kiện an toàn thực phẩm',
  'VIETGAP',
];
/** Certificate column items that do not count. */
export const NOT_CERT_TEXTS = ['Đang xây dựng VietGAP', 'Dự kiến cấp VietGAP', 'Chưa có', 'Không', 'ISO 9001:2015', 'Nhãn hiệu tập thể'];

export const FAMILY = ['Nguyễn', 'Bùi', 'Đinh', 'Quách', 'Hoàng', 'Xa', 'Trần', 'Lê', 'Phạm', 'Hà'];
export const MIDDLE = ['Văn', 'Thị', 'Công', 'Đức', 'Minh'];
export const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Lan', 'Mai', 'Nga', 'Sơn', 'Thủy', 'Tuấn', 'Xuân', 'Hòa'];

export const VILLAGES = [
  'Thôn Đồng Bến',
  'Xóm Mới',
  'Bản Lác',
  'Xóm Trung Tâm',
  'Thôn Đồng Tâm',
  'Tổ 5',
  'Xóm Bưa',
  'Thôn Quyết Tiến',
  'Bản Mỗ',
  'Xóm Chiềng',
];
