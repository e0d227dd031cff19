/** Command line of the kttt tool: global flags anywhere, then the command words and their arguments. */
export interface CliArgs {
  db: string | undefined;
  json: boolean;
  help: boolean;
  yes: boolean;
  dryRun: boolean;
  /** Replace an existing output file (a backup, a report) instead of refusing. */
  overwrite: boolean;
  words: string[];
  /** Other --name value pairs, for commands that take options (later: --year, --format, --out…). */
  options: Map<string, string>;
}

export class UsageError extends Error {}

/** `--year N`: a year from 1945 to 2100; undefined when absent and not required. */
export function yearOption(options: Map<string, string>, required: true): number;
export function yearOption(options: Map<string, string>, required?: false): number | undefined;
export function yearOption(options: Map<string, string>, required = false): number | undefined {
  const text = options.get('year');
  if (text === undefined && !required) return undefined;
  const year = Number(text);
  if (!text || !Number.isInteger(year) || year < 1945 || year > 2100)
    throw new UsageError(`Cần --year là một năm từ 1945 đến 2100 (ví dụ --year 2024)${text ? `; "${text}" không hợp lệ` : ''}.`);
  return year;
}

const BOOLEAN_FLAGS = new Set(['--json', '--help', '-h', '--yes', '--dry-run', '--overwrite']);

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    db: undefined,
    json: false,
    help: false,
    yes: false,
    dryRun: false,
    overwrite: false,
    words: [],
    options: new Map(),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (BOOLEAN_FLAGS.has(a)) {
      if (a === '--json') args.json = true;
      else if (a === '--yes') args.yes = true;
      else if (a === '--dry-run') args.dryRun = true;
      else if (a === '--overwrite') args.overwrite = true;
      else args.help = true;
    } else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`Thiếu giá trị cho --${name}.`);
      if (name === 'db') args.db = value;
      else args.options.set(name, value);
    } else {
      args.words.push(a);
    }
  }
  return args;
}

export const USAGE = `Cách dùng: kttt [--db ĐƯỜNG_DẪN] [--json] <lệnh>

Lệnh:
  db info            Thông tin cơ sở dữ liệu (phiên bản, số dòng, lần sao lưu gần nhất)
  db check           Kiểm tra toàn vẹn (integrity_check, foreign_key_check)
  db backup TỆP [--overwrite]
                     Sao lưu nhất quán vào TỆP (an toàn khi ứng dụng đang chạy); ghi đè tệp có sẵn chỉ khi có --overwrite
  db restore TỆP     Khôi phục từ TỆP (giữ lại một bản sao của tệp hiện tại; cần đóng ứng dụng KTTT trước)
  stats [--year N]   Số tổ chức theo loại hình và tình trạng; số tổ chức có số liệu năm N
  import TỆP [--year N] [--dry-run] [--yes]
                     Đọc bảng tính cũ (.xls, .xlsx, .ods, .csv), in cách hiểu từng trang và đối chiếu
                     từng dòng: thêm mới / cập nhật / không đổi / gộp vào dòng trùng / không phải bản ghi
                     (kèm lý do); chỉ ghi khi có --yes

  report annual --year N [--as-of YYYY-MM-DD] --format html|pdf|docx|xlsx|json --out TỆP [--chromium ĐƯỜNG_DẪN]
                     Báo cáo tổng kết năm N (PDF in bằng Chromium trên máy: --chromium, KTTT_CHROMIUM hoặc PATH);
                     có phần II–IV và phụ lục nhiệm vụ khi Ban Chỉ đạo có kế hoạch, cuộc họp, chỉ tiêu, hỗ trợ năm N
  report half-year --year N --format … --out TỆP
                     Báo cáo sơ kết 6 tháng đầu năm N (số liệu 6 tháng, so với cùng kỳ năm trước)
  report bcd-tasks --year N --format … --out TỆP
                     Tình hình thực hiện nhiệm vụ của các cơ quan thành viên Ban Chỉ đạo năm N, theo cơ quan
  report inspection --from YYYY-MM-DD --to YYYY-MM-DD --format … --out TỆP
                     Báo cáo kết quả kiểm tra trong kỳ
  report inspection-record --id ID --format … --out TỆP
                     Biên bản kiểm tra
  report monitoring --as-of YYYY-MM-DD --format … --out TỆP
                     Báo cáo giám sát (JSON: { asOf, lists })
  Phụ lục dài (báo cáo năm, kiểm tra, giám sát) được ghi thành tệp riêng cạnh TỆP: luôn có .xlsx,
  thêm --annex-format pdf|html để có bản in. Tệp đã có sẵn chỉ bị ghi đè khi có --overwrite.

Cơ sở dữ liệu: --db ĐƯỜNG_DẪN, hoặc biến môi trường KTTT_DB, hoặc thư mục dữ liệu người dùng.
Mã thoát: 0 thành công; 1 sai cú pháp; 2 kiểm tra không đạt hoặc lỗi.`;
