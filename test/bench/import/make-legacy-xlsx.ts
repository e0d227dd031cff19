import * as XLSX from '@e965/xlsx';
import type { OrgStatus, Sector } from '../../../src-main/contract/vocab.ts';
import { tcvn3, workbookOf, type Aoa } from '../../helpers/import-fixtures.ts';

const STATUSES: readonly [string, OrgStatus][] = [
  ['Đang hoạt động', 'dang_hoat_dong'],
  ['Tạm ngừng hoạt động', 'tam_ngung'],
  ['Đang hoạt động', 'dang_hoat_dong'],
  ['Ngừng hoạt động', 'ngung_hoat_dong'],
];
/**
 * Sectors as clerks write them: sub-sectors, activities and products, several to a cell, and one activity
 * no list knows (flagged for review, never a refused row).
 */
const SECTORS: readonly [string, Sector[]][] = [
  ['Nông nghiệp', ['nong_nghiep']],
  ['Trồng lúa, chăn nuôi lợn', ['nong_nghiep']],
  ['Nuôi cá lồng', ['nong_nghiep']],
  ['Xay xát, chế biến nông sản', ['cong_nghiep']],
  ['Dịch vụ tưới tiêu; cấp nước sinh hoạt', ['nong_nghiep', 'nuoc_sach']],
  ['Thu gom rác', ['moi_truong']],
  ['Homestay, du lịch cộng đồng', ['du_lich']],
  ['Đan lát mây tre', ['cong_nghiep']],
  ['Kinh doanh xăng dầu', ['thuong_mai']],
  ['Vận tải hành khách', ['van_tai']],
  ['Trồng nấm, thám hiểm vũ trụ', ['nong_nghiep', 'khac']],
];

/** Record i of the generated list, in plain values (Unicode text, numbers, money in million đồng). */
export interface LegacyRecord {
  name: string;
  regCode: string;
  address: string;
  founded: { day: number; month: number; year: number };
  status: [label: string, code: OrgStatus];
  members: number;
  workers: number;
  regularWorkers: number;
  revenueMillions: number;
  profitMillions: number;
  avgIncomeMillions: number;
  capitalMillions: number;
  budgetMillions: number;
  head: string;
  phone: string;
  email: string;
  sector: [label: string, codes: Sector[]];
  shortName: string;
  note: string | null;
}

export function legacyRecord(i: number): LegacyRecord {
  return {
    name: `Hợp tác xã Nông nghiệp Dịch vụ Tân Phú số ${i}`,
    regCode: String(2_500_000_000 + i),
    address: `Xóm ${i % 30}, xã Thanh Sơn, huyện Thanh Sơn`,
    founded: { day: 1 + (i % 28), month: 1 + (i % 12), year: 2000 + (i % 24) },
    status: STATUSES[i % STATUSES.length] ?? ['Đang hoạt động', 'dang_hoat_dong'],
    members: 7 + (i % 300),
    workers: 10 + (i % 80),
    regularWorkers: 5 + (i % 40),
    revenueMillions: Math.round(150 + (i % 5000) * 1.37 * 10) / 10,
    profitMillions: Math.round((i % 300) * 1.1 * 10) / 10,
    avgIncomeMillions: Math.round((3 + (i % 7) * 0.45) * 100) / 100,
    capitalMillions: 100 + (i % 2000),
    budgetMillions: i % 90,
    head: `Nguyễn Văn Hùng ${i}`,
    phone: `0210${String(i).padStart(6, '0')}`,
    email: `htx${i}@example.vn`,
    sector: SECTORS[i % SECTORS.length] ?? ['Nông nghiệp', ['nong_nghiep']],
    shortName: `HTX TP${i}`,
    note: i % 97 === 0 ? 'Đã đối chiếu' : null,
  };
}

const vn = (n: number) => n.toLocaleString('de-DE'); // 1.234.567,5: the Vietnamese way, as text
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A legacy-style list of `rows` organizations, 20 columns: a title block, a two-row header, TCVN3 text in
 * the name, address, status, head and sector columns, and numbers typed as Vietnamese text.
 */
export function legacyXlsx(rows: number): Uint8Array {
  const t = tcvn3;
  const aoa: Aoa = [
    [t('UBND TỈNH PHÚ THỌ'), null, null, null, null, null, null, null, t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
    [t('DANH SÁCH HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH ĐẾN 31/12/2024')],
    [],
    [
      t('TT'),
      t('Tên hợp tác xã'),
      t('Mã số HTX'),
      t('Địa chỉ'),
      t('Ngày thành lập'),
      t('Tình trạng'),
      t('Thành viên'),
      t('Lao động'),
      null,
      t('Kết quả SXKD năm 2024 (triệu đồng)'),
      null,
      t('Thu nhập BQ LĐTX (triệu đồng/tháng)'),
      t('Vốn điều lệ (triệu đồng)'),
      t('Nộp ngân sách (triệu đồng)'),
      t('Giám đốc'),
      t('Điện thoại'),
      t('Email'),
      t('Lĩnh vực'),
      t('Tên viết tắt'),
      t('Ghi chú'),
    ],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      t('Tổng số'),
      t('Thường xuyên'),
      t('Doanh thu'),
      t('Lợi nhuận'),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ];
  for (let i = 1; i <= rows; i++) {
    const r = legacyRecord(i);
    aoa.push([
      i,
      t(r.name),
      r.regCode,
      t(r.address),
      `${two(r.founded.day)}/${two(r.founded.month)}/${r.founded.year}`,
      t(r.status[0]),
      vn(r.members),
      vn(r.workers),
      vn(r.regularWorkers),
      vn(r.revenueMillions),
      vn(r.profitMillions),
      vn(r.avgIncomeMillions),
      vn(r.capitalMillions),
      vn(r.budgetMillions),
      t(r.head),
      r.phone,
      r.email,
      t(r.sector[0]),
      r.shortName,
      r.note === null ? null : t(r.note),
    ]);
  }
  // Compressed, as Excel saves it.
  const out: unknown = XLSX.write(workbookOf([{ name: 'DS HTX', rows: aoa, merges: ['H4:I4', 'J4:K4', 'A4:A5', 'B4:B5'] }]), {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
  });
  if (!(out instanceof Uint8Array)) throw new Error('SheetJS did not return a buffer');
  return out;
}
