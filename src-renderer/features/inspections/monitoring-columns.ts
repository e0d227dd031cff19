import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { MonitoringEntry } from '../../../src-main/contract/inspection-monitoring.ts';
import type { MonitoringListName } from '../../../src-main/contract/inspection-vocab.ts';
import { CERT_KIND_LABEL, ORG_STATUS_LABEL, type CertKind, type OrgStatus } from '../../../src-main/contract/vocab.ts';
import { formatVnDate } from '../../../src-main/shared/vn-date-format.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { STATUS_TEXT } from './labels.ts';

/** Columns of each monitoring list: the organization first, then what the list is about. */

type Col = ColDef<MonitoringEntry>;

const date = (field: string, headerName: string): Col => ({
  field: field as Col['field'],
  headerName,
  width: 120,
  // ISO sorts and filters correctly as text; only the display is dd/mm/yyyy.
  valueFormatter: (p: ValueFormatterParams<MonitoringEntry>) => (typeof p.value === 'string' ? formatVnDate(p.value) : ''),
});
const num = (field: string, headerName: string, width = 110): Col => ({
  field: field as Col['field'],
  headerName,
  width,
  type: 'rightAligned',
  filter: 'agNumberColumnFilter',
  valueFormatter: (p: ValueFormatterParams<MonitoringEntry>) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
});
const text = (field: string, headerName: string, width = 180, format?: (v: string) => string): Col => ({
  field: field as Col['field'],
  headerName,
  width,
  ...(format ? { valueFormatter: (p: ValueFormatterParams<MonitoringEntry>) => (typeof p.value === 'string' ? format(p.value) : '') } : {}),
});
const revenue = (i: 0 | 1, headerName: string): Col => ({
  headerName,
  width: 150,
  type: 'rightAligned',
  valueGetter: (p) => (p.data && 'revenue' in p.data ? p.data.revenue[i] : null),
  valueFormatter: (p) => (typeof p.value === 'number' ? `${formatNumber(Math.round(p.value / 1_000_000))} tr.đ` : 'Chưa báo cáo'),
});

const BASE: Col[] = [
  { field: 'name', headerName: 'Tên tổ chức', width: 260, pinned: 'left' },
  { field: 'type', headerName: 'Loại hình', width: 100 },
  { field: 'commune', headerName: 'Xã, phường', width: 170 },
];

const days = (v: number) => (v < 0 ? `quá ${formatNumber(-v)} ngày` : `còn ${formatNumber(v)} ngày`);

const EXTRA: Record<MonitoringListName, Col[]> = {
  notReported: [num('year', 'Năm chưa báo cáo', 140)],
  noRevenue: [
    revenue(0, 'Doanh thu năm thứ nhất'),
    revenue(1, 'Doanh thu năm thứ hai'),
    text('status', 'Tình trạng', 160, (v) => ORG_STATUS_LABEL[v as OrgStatus] ?? v),
  ],
  suspended: [date('since', 'Từ ngày'), date('until', 'Đến ngày')],
  suspensionsEnding: [
    date('since', 'Từ ngày'),
    date('until', 'Đến ngày'),
    {
      field: 'daysLeft' as Col['field'],
      headerName: 'Thời hạn',
      width: 130,
      valueFormatter: (p) => (typeof p.value === 'number' ? days(p.value) : ''),
    },
  ],
  ocopExpiring: [
    text('productName', 'Sản phẩm', 200),
    num('stars', 'Hạng sao', 100),
    date('validUntil', 'Hiệu lực đến'),
    num('daysLeft', 'Còn (ngày)'),
  ],
  ocopExpired: [
    text('productName', 'Sản phẩm', 200),
    num('stars', 'Hạng sao', 100),
    date('decisionDate', 'Ngày quyết định'),
    date('validUntil', 'Hiệu lực đến'),
  ],
  certificationsExpiring: [
    text('kind', 'Chứng nhận', 120, (v) => CERT_KIND_LABEL[v as CertKind] ?? v),
    text('product', 'Sản phẩm'),
    text('number', 'Số giấy', 120),
    date('expiresOn', 'Hết hạn'),
    num('daysLeft', 'Còn (ngày)'),
  ],
  certificationsExpired: [
    text('kind', 'Chứng nhận', 120, (v) => CERT_KIND_LABEL[v as CertKind] ?? v),
    text('product', 'Sản phẩm'),
    text('number', 'Số giấy', 120),
    date('expiresOn', 'Hết hạn'),
  ],
  meetingOverdue: [
    num('fiscalYear', 'Năm tài chính', 120),
    date('deadline', 'Hạn họp'),
    { ...date('heldOn', 'Ngày họp (muộn)'), valueFormatter: (p) => (typeof p.value === 'string' ? formatVnDate(p.value) : 'Chưa họp') },
  ],
  recommendationsOverdue: [
    text('content', 'Kiến nghị', 280),
    text('responsible', 'Bên thực hiện'),
    date('inspectedOn', 'Ngày kiểm tra'),
    date('deadline', 'Thời hạn'),
    text('status', 'Tình trạng', 140, (v) => STATUS_TEXT[v as keyof typeof STATUS_TEXT] ?? v),
    num('daysOverdue', 'Quá hạn (ngày)', 130),
  ],
  fundDueSoon: [
    text('borrowerName', 'Người vay'),
    text('contractNo', 'Số hợp đồng', 130),
    date('dueOn', 'Ngày đến hạn'),
    num('principal', 'Gốc (đồng)', 140),
    num('interest', 'Lãi (đồng)', 130),
  ],
  fundOverdue: [
    text('borrowerName', 'Người vay'),
    text('contractNo', 'Số hợp đồng', 130),
    num('principalOutstanding', 'Dư nợ gốc (đồng)', 150),
    num('principalOverdue', 'Gốc quá hạn (đồng)', 150),
    num('interestOverdue', 'Lãi quá hạn (đồng)', 140),
    date('overdueSince', 'Quá hạn từ'),
    num('daysOverdue', 'Quá hạn (ngày)', 130),
    num('group', 'Nhóm nợ', 100),
  ],
};

export function monitoringColumns(list: MonitoringListName): Col[] {
  return [...BASE, ...EXTRA[list]];
}
