/**
 * The benchmark's yardstick for the organizations grid: AG Grid Community alone, with the same theme and
 * the same visible columns, showing 50,000 rows made in memory like the benchmark's seeded registry.
 * No app, no core, no network: what the organizations grid costs beyond this is the app's own doing.
 */
import { AllCommunityModule, ModuleRegistry, createGrid, themeBalham, type ColDef } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

const WORDS = ['Nông nghiệp', 'Dịch vụ', 'Chè', 'Rau an toàn', 'Hòa Bình', 'Tân Lập', 'Thủy sản', 'Mây tre đan', 'Điện', 'Vận tải'];
const TYPES = ['Hợp tác xã', 'Hợp tác xã', 'Hợp tác xã', 'Tổ hợp tác', 'Quỹ tín dụng nhân dân', 'Liên hiệp HTX'];
const COMMUNES = ['Xã Thanh Sơn, Tỉnh Phú Thọ', 'Xã Cự Đồng, Tỉnh Phú Thọ', 'Xã Tân Sơn, Tỉnh Phú Thọ'];
const FIGURES = ['members', 'workers', 'regularWorkers', 'revenue', 'profit', 'avgIncome', 'charterCapitalEnd', 'budgetPaid'];

type Row = Record<string, string | number | null>;

function makeRows(n: number): Row[] {
  let s = 42;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const rows: Row[] = [];
  for (let i = 1; i <= n; i++) {
    const type = TYPES[Math.floor(rnd() * TYPES.length)] ?? '';
    const founded = `1${String(i % 9)}/0${String(1 + (i % 9))}/${String(2000 + (i % 24))}`;
    const row: Row = {
      row: i,
      type,
      name: `${type} ${WORDS[i % WORDS.length] ?? ''} ${String(i)}`,
      regCode: String(5_000_000_000 + i),
      foundedOn: founded,
      status: 'Đang hoạt động',
      statusSince: founded,
      street: null,
      communeCode: COMMUNES[i % COMMUNES.length] ?? null,
      sectors: 'Nông nghiệp',
      charterCapital: Math.round(rnd() * 5e9),
      headName: null,
    };
    for (const f of FIGURES) row[f] = Math.round(rnd() * 1e9);
    rows.push(row);
  }
  return rows;
}

const number = (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toLocaleString('vi-VN') : '');
const columnDefs: ColDef<Row>[] = [
  { field: 'row', headerName: '#', width: 70, pinned: 'left' },
  { field: 'type', headerName: 'Loại hình', width: 150 },
  { field: 'name', headerName: 'Tên tổ chức', width: 300, pinned: 'left' },
  { field: 'regCode', headerName: 'Mã số', width: 130 },
  { field: 'foundedOn', headerName: 'Ngày thành lập', width: 120 },
  { field: 'status', headerName: 'Tình trạng', width: 160 },
  { field: 'statusSince', headerName: 'Từ ngày', width: 110 },
  { field: 'street', headerName: 'Địa chỉ', width: 200 },
  { field: 'communeCode', headerName: 'Xã, phường', width: 170 },
  { field: 'sectors', headerName: 'Ngành nghề', width: 220 },
  { field: 'charterCapital', headerName: 'Vốn điều lệ', width: 130, valueFormatter: number },
  { field: 'headName', headerName: 'Người đứng đầu', width: 170 },
  ...FIGURES.map((f): ColDef<Row> => ({ field: f, width: 140, valueFormatter: number })),
];

const host = document.getElementById('grid');
if (host) {
  createGrid<Row>(host, {
    theme: themeBalham.withParams({ fontFamily: ['Segoe UI', 'Liberation Sans', 'Arial', 'sans-serif'], fontSize: 13, rowHeight: 28 }),
    columnDefs,
    defaultColDef: { sortable: true, resizable: true },
    rowData: makeRows(50_000),
  });
}
