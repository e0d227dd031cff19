/**
 * Why a file cannot be read, with the sentence the clerk sees. A refused file is normal input for the
 * importer (a password-protected report, a Word document picked by mistake), so each case has its own
 * code and message instead of a stack trace; the worker sends these across as plain values.
 */
export type ReadErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-large-unpacked'
  | 'encrypted'
  | 'corrupt'
  | 'truncated'
  | 'not-spreadsheet'
  | 'unsupported'
  | 'timeout'
  | 'out-of-memory'
  | 'cancelled'
  | 'io'
  | 'internal';

export const READ_ERROR_MESSAGES: Readonly<Record<ReadErrorCode, string>> = {
  empty: 'Tệp rỗng: không có dữ liệu nào để nhập.',
  'too-large': 'Tệp quá lớn để nhập.',
  'too-large-unpacked': 'Tệp nén chứa dữ liệu quá lớn khi giải nén (có thể là tệp độc hại); không mở.',
  encrypted: 'Tệp được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại và nhập lại.',
  corrupt: 'Tệp bị hỏng, không đọc được. Hãy mở thử bằng Excel rồi lưu lại thành tệp .xlsx.',
  truncated: 'Tệp bị thiếu phần cuối (có thể chép hoặc tải về chưa xong). Hãy lấy lại tệp đầy đủ.',
  'not-spreadsheet': 'Tệp này không phải là bảng tính (Excel, LibreOffice hoặc CSV).',
  unsupported: 'Định dạng tệp này chưa được hỗ trợ. Hãy mở bằng Excel và lưu thành .xlsx.',
  timeout: 'Đọc tệp quá lâu nên đã dừng. Hãy chia nhỏ tệp hoặc lưu lại thành .xlsx rồi thử lại.',
  'out-of-memory': 'Tệp cần quá nhiều bộ nhớ để đọc nên đã dừng. Hãy chia nhỏ tệp rồi thử lại.',
  cancelled: 'Đã hủy việc đọc tệp.',
  io: 'Không đọc được tệp từ ổ đĩa.',
  internal: 'Đã xảy ra lỗi không mong muốn khi đọc tệp. Hãy gửi tệp này cho bộ phận hỗ trợ.',
};

export class WorkbookReadError extends Error {
  readonly code: ReadErrorCode;
  /** Technical detail for logs and support (English, from the reader); never shown as the message. */
  readonly detail: string | undefined;

  constructor(code: ReadErrorCode, message?: string, detail?: string) {
    super(message ?? READ_ERROR_MESSAGES[code]);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.detail = detail;
  }

  toJSON(): ReadErrorValue {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }
}

/** The error as a plain value, for postMessage and the contract's { ok: false, error }. */
export interface ReadErrorValue {
  code: ReadErrorCode;
  message: string;
  detail?: string;
}

export function isReadErrorValue(value: unknown): value is ReadErrorValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && v.code in READ_ERROR_MESSAGES && typeof v.message === 'string';
}

/** Megabytes for messages: "12,5 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${(Math.round(mb * 10) / 10).toString().replace('.', ',')} MB`;
}
