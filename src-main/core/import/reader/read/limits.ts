/**
 * Limits that keep a hostile or broken file from freezing the app or exhausting memory. The office's
 * largest real workbooks are a few MB; the limits leave ample room above that.
 */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /**
   * Largest total size the entries of a zip container (.xlsx, .ods) declare once unpacked. Checked from
   * the zip's own directory before anything is inflated, so a zip bomb is refused without unpacking it.
   */
  maxUnpackedBytes: number;
  /** Largest single entry once unpacked (one sheet's XML). */
  maxEntryBytes: number;
  /** Most cells read across all sheets; beyond it the rest of the workbook is not converted. */
  maxCells: number;
  /**
   * Most columns read in a row; cells beyond are left out with a warning. A clerk's widest table has a few
   * dozen columns; a file of a million columns would otherwise take minutes and gigabytes to read and show.
   */
  maxColumns: number;
  /** Time allowed for the whole analysis; the worker is stopped when it runs out. */
  timeoutMs: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUnpackedBytes: 600 * 1024 * 1024,
  maxEntryBytes: 400 * 1024 * 1024,
  maxCells: 10_000_000,
  maxColumns: 1000,
  timeoutMs: 120_000,
};

export function withDefaults(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...limits };
}
