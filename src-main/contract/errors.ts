/**
 * Error codes that cross the boundary, each with the Vietnamese message a clerk reads.
 * Errors travel as values ({ ok: false, error }), never as thrown exceptions, so every door
 * (IPC, HTTP, CLI) shows the same words.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: 'Dữ liệu gửi lên không hợp lệ.',
  UNKNOWN_METHOD: 'Chức năng này không tồn tại.',
  FORBIDDEN: 'Yêu cầu bị từ chối: không đến từ cửa sổ của ứng dụng.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  CONFLICT: 'Dữ liệu bị trùng hoặc mâu thuẫn với dữ liệu đã có.',
  DB_NEWER_SCHEMA: 'Cơ sở dữ liệu được tạo bởi phiên bản KTTT mới hơn.',
  DB_NETWORK_PATH: 'Không thể mở cơ sở dữ liệu trên ổ mạng.',
  DB_CORRUPT: 'Tệp cơ sở dữ liệu bị hỏng.',
  DB_NOT_DATABASE: 'Tệp này không phải là cơ sở dữ liệu KTTT.',
  DB_NOT_WRITABLE: 'Không có quyền ghi vào thư mục này.',
  DB_BUSY: 'Cơ sở dữ liệu đang bận, vui lòng thử lại.',
  DB_IN_USE: 'Cơ sở dữ liệu đang được một chương trình khác mở.',
  FILE_EXISTS: 'Tệp đã có sẵn; hãy xác nhận ghi đè hoặc chọn tên khác.',
  DISK_FULL: 'Ổ đĩa đã đầy.',
  BACKUP_INVALID: 'Bản sao lưu không hợp lệ.',
  INTERNAL: 'Đã xảy ra lỗi không mong muốn.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiError {
  code: ErrorCode;
  /** A full Vietnamese sentence for the clerk. */
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; turned into an ApiError value at the door. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
