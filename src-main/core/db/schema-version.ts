import { AppError } from '../../contract/index.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';

/** Refuses a file written by a newer KTTT, naming both versions, before anything touches it. */
export function assertNotNewer(version: number, file: string): void {
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'DB_NEWER_SCHEMA',
      `Cơ sở dữ liệu ${file} có phiên bản cấu trúc ${version}, mới hơn phiên bản ${LATEST_SCHEMA_VERSION} mà bản KTTT này hiểu được. ` +
        'Hãy cập nhật KTTT lên phiên bản mới nhất; tệp không bị thay đổi.',
      { fileVersion: version, appVersion: LATEST_SCHEMA_VERSION },
    );
  }
}
