/** Data shapes that cross the boundary. Money is integer đồng; dates are ISO strings. */

export interface Settings {
  /** Tên cơ quan, e.g. "Liên minh Hợp tác xã tỉnh Phú Thọ". */
  officeName: string;
  /** Code of the office's province in the 2025 list of 34 (empty until chosen). */
  provinceCode: string;
  /** Cơ quan ban hành printed top left of reports, e.g. "BAN CHỈ ĐẠO PHÁT TRIỂN KTTT". */
  issuingBody: string;
  /** Cơ quan chủ quản printed above the issuing body, e.g. "UBND TỈNH PHÚ THỌ". */
  parentBody: string;
  /** Place name used in "Phú Thọ, ngày … tháng … năm …". */
  placeName: string;
  signerName: string;
  /** e.g. "PHÓ TRƯỞNG BAN" */
  signerTitle: string;
  /** e.g. "KT. TRƯỞNG BAN"; empty when the signer signs in their own right. */
  signerAuthority: string;
}

export type BackupKind = 'manual' | 'auto' | 'pre-migration' | 'pre-restore';

export interface BackupInfo {
  path: string;
  fileName: string;
  /** ISO timestamp. */
  createdAt: string;
  sizeBytes: number;
  kind: BackupKind;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  backupsDir: string;
  schemaVersion: number;
  /** Rows per user table, for the status page. */
  rowCounts: Record<string, number>;
  lastBackup: BackupInfo | null;
}

export interface DbCheckReport {
  ok: boolean;
  /** Lines of PRAGMA integrity_check other than "ok". */
  integrityProblems: string[];
  foreignKeyProblems: { table: string; rowid: number | null; parent: string }[];
}

export interface RestoreReport {
  restoredFrom: string;
  /** Copy of the database as it was just before the restore. */
  safetyBackup: BackupInfo;
  schemaVersion: number;
}
