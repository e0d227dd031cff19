/**
 * The support fund's Excel ledger as an office keeps it, written by code for the tests: a title block, a
 * two-row merged header, amounts in millions or with their unit in the cell, dates as text, a total row and
 * a signature — one sheet of contracts, one of movements, or both in one workbook.
 */
import type { Aoa, SheetSpec } from './import-fixtures.ts';

export interface LedgerContractRow {
  borrower: string;
  address?: string;
  member?: string;
  contractNo: string;
  /** dd/mm/yyyy */
  contractOn: string;
  /** In millions of đồng, or a text with its own unit ("1,2 tỷ"). */
  amountMillions: number | string;
  rate: number | string;
  termMonths: number | string;
  periodMonths?: number;
  method?: string;
  disbursedOn?: string;
  /** In đồng. */
  disbursed?: number | string;
}

export interface LedgerEntryRow {
  contractNo: string;
  borrower?: string;
  onDate: string;
  disbursed?: number | string;
  principal?: number | string;
  interest?: number | string;
  note?: string;
}

/** A ledger's first contract: 120 triệu at 4,8 %/năm for 12 months to HTX Nông nghiệp Tân Lập, disbursed in full. */
export const TAN_LAP_CONTRACT: LedgerContractRow = {
  borrower: 'HTX Nông nghiệp Tân Lập',
  contractNo: '01/2023/HĐTD',
  contractOn: '10/01/2023',
  amountMillions: 120,
  rate: '4,8',
  termMonths: 12,
  disbursedOn: '15/01/2023',
  disbursed: '120.000.000',
};

const TITLE = ['QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ TỈNH HÒA BÌNH', null];

export function contractsSheet(rows: readonly LedgerContractRow[], name = 'HĐ vay'): SheetSpec {
  const header1 = [
    'STT',
    'Người vay',
    null,
    null,
    'Hợp đồng tín dụng',
    null,
    null,
    'Lãi suất (%/năm)',
    'Thời hạn vay (tháng)',
    'Kỳ trả nợ (tháng)',
    'Phương thức trả nợ',
    'Giải ngân',
    null,
    'Ghi chú',
  ];
  const header2 = [
    null,
    'Tên HTX',
    'Địa chỉ',
    'Thành viên vay',
    'Số HĐ',
    'Ngày ký',
    'Số tiền (triệu đồng)',
    null,
    null,
    null,
    null,
    'Ngày',
    'Số tiền (đồng)',
    null,
  ];
  const data: Aoa = rows.map((r, i) => [
    i + 1,
    r.borrower,
    r.address ?? null,
    r.member ?? null,
    r.contractNo,
    r.contractOn,
    r.amountMillions,
    r.rate,
    r.termMonths,
    r.periodMonths ?? 1,
    r.method ?? 'Gốc trả đều, lãi theo dư nợ',
    r.disbursedOn ?? null,
    r.disbursed ?? null,
    null,
  ]);
  return {
    name,
    rows: [
      [...TITLE],
      ['SỔ THEO DÕI CHO VAY', null],
      [null],
      header1,
      header2,
      ...data,
      [null, 'Tổng cộng', null, null, null, null, null],
      [null],
      [null, null, null, null, null, null, null, null, null, 'NGƯỜI LẬP BIỂU'],
    ],
    merges: ['A4:A5', 'B4:D4', 'E4:G4', 'H4:H5', 'I4:I5', 'J4:J5', 'K4:K5', 'L4:M4', 'N4:N5', 'A1:F1', 'A2:F2'],
  };
}

export function entriesSheet(rows: readonly LedgerEntryRow[], name = 'Giải ngân - thu nợ'): SheetSpec {
  const header1 = ['STT', 'Số HĐ', 'Tên đơn vị vay', 'Ngày', 'Giải ngân', 'Thu nợ', null, 'Ghi chú'];
  const header2 = [null, null, null, null, null, 'Gốc', 'Lãi', null];
  const data: Aoa = rows.map((r, i) => [
    i + 1,
    r.contractNo,
    r.borrower ?? null,
    r.onDate,
    r.disbursed ?? null,
    r.principal ?? null,
    r.interest ?? null,
    r.note ?? null,
  ]);
  return {
    name,
    rows: [
      [...TITLE],
      ['SỔ CHI TIẾT GIẢI NGÂN, THU NỢ', null],
      ['ĐVT: đồng', null],
      header1,
      header2,
      ...data,
      [null, 'Cộng', null, null, null, null, null],
    ],
    merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:G4', 'H4:H5', 'A1:F1', 'A2:F2'],
  };
}
