import { AppError } from '../../contract/index.ts';

/**
 * SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE …) fall back
 * to their family, so every variant of one cause gets the same words.
 */
function familyOf(code: string): string {
  if (!code.startsWith('SQLITE_')) return code;
  if (code.startsWith('SQLITE_IOERR_NOMEM')) return 'SQLITE_NOMEM';
  // A file shorter than its header says: truncated, not a failing disk.
  if (code === 'SQLITE_IOERR_SHORT_READ') return 'SQLITE_CORRUPT';
  for (const family of [
    'SQLITE_BUSY',
    'SQLITE_LOCKED',
    'SQLITE_READONLY',
    'SQLITE_CANTOPEN',
    'SQLITE_CORRUPT',
    'SQLITE_IOERR',
    'SQLITE_FULL',
  ]) {
    if (code === family || code.startsWith(`${family}_`)) return family;
  }
  return code;
}

const DISK_FULL_MESSAGE = /disk is full|no space left/i;

/** What went wrong underneath, in the clerk's words. Keeps the technical code in `details`. */
export function toAppError(err: unknown, doing: string): AppError {
  if (err instanceof AppError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const raw = err instanceof Error ? err.message : String(err);
  const details = { code, message: raw };
  const family = familyOf(code);
  if (family === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || DISK_FULL_MESSAGE.test(raw)) {
    return new AppError(
      'DISK_FULL',
      `Ổ đĩa đã đầy khi ${doing}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu trước đó không bị thay đổi.`,
      details,
    );
  }
  switch (family) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
      return new AppError(
        'DB_NOT_WRITABLE',
        `Không ghi được khi ${doing}: ổ đĩa chỉ đọc, không có quyền ghi hoặc không mở được tệp/thư mục. Hãy chọn thư mục khác.`,
        details,
      );
    case 'EBUSY':
      return new AppError(
        'DB_IN_USE',
        `Tệp đang bị một chương trình khác khóa khi ${doing}. Hãy đóng chương trình đó rồi thử lại.`,
        details,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('NOT_FOUND', `Không tìm thấy tệp hoặc thư mục khi ${doing}.`, details);
    case 'EIO':
    case 'SQLITE_IOERR':
      return new AppError(
        'DB_NOT_WRITABLE',
        `Lỗi đọc/ghi ổ đĩa khi ${doing} (ổ đĩa có thể bị rút ra hoặc hỏng). Việc đang làm chưa được lưu; hãy kiểm tra ổ đĩa rồi thử lại.`,
        details,
      );
    case 'SQLITE_NOTADB':
      return new AppError('DB_NOT_DATABASE', `Tệp không phải là cơ sở dữ liệu SQLite (khi ${doing}).`, details);
    case 'SQLITE_CORRUPT':
      return new AppError('DB_CORRUPT', `Tệp cơ sở dữ liệu bị hỏng (khi ${doing}).`, details);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError(
        'DB_BUSY',
        `Cơ sở dữ liệu đang bận khi ${doing} (một chương trình khác đang ghi); việc này chưa được lưu, vui lòng thử lại sau ít giây.`,
        details,
      );
    default:
      return new AppError('INTERNAL', `Đã xảy ra lỗi không mong muốn khi ${doing}.`, details);
  }
}

/** Whether a thrown value is a failure of the file or the disk underneath, which toAppError can name. */
export function isStorageFailure(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = String((err as { code: unknown }).code);
  return code.startsWith('SQLITE_') || ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EBUSY'].includes(code);
}
