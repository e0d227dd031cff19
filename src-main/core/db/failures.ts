import { AppError } from '../../contract/index.ts';

/** What went wrong underneath, in the clerk's words. Keeps the technical code in `details`. */
export function toAppError(err: unknown, doing: string): AppError {
  if (err instanceof AppError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const raw = err instanceof Error ? err.message : String(err);
  const details = { code, message: raw };
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new AppError(
        'DISK_FULL',
        `Ổ đĩa đã đầy khi ${doing}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu hiện tại không bị thay đổi.`,
        details,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
      return new AppError(
        'DB_NOT_WRITABLE',
        `Không ghi được khi ${doing}: không có quyền ghi hoặc không mở được tệp/thư mục. Hãy chọn thư mục khác.`,
        details,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('NOT_FOUND', `Không tìm thấy tệp hoặc thư mục khi ${doing}.`, details);
    case 'SQLITE_NOTADB':
      return new AppError('DB_NOT_DATABASE', `Tệp không phải là cơ sở dữ liệu SQLite (khi ${doing}).`, details);
    case 'SQLITE_CORRUPT':
    case 'SQLITE_CORRUPT_VTAB':
    case 'SQLITE_IOERR_SHORT_READ':
      return new AppError('DB_CORRUPT', `Tệp cơ sở dữ liệu bị hỏng (khi ${doing}).`, details);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('DB_BUSY', `Cơ sở dữ liệu đang bận khi ${doing}; vui lòng thử lại sau ít giây.`, details);
    default:
      return new AppError('INTERNAL', `Đã xảy ra lỗi không mong muốn khi ${doing}.`, details);
  }
}
