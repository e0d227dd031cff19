import type { CellValue, Entity } from '../../src-main/contract/index.ts';
import type { StagedSheet } from '../../src-main/core/import/staged.ts';

/** A sheet as the reader would stage it: every row read, the mapping taken as the clerk would confirm it. */
export function sheet(entity: Entity, rows: Record<string, CellValue>[], year: number | null = 2024, name = 'Danh sách'): StagedSheet {
  return {
    name,
    entity,
    entityConfidence: 1,
    year,
    period: 'Y',
    columns: [],
    rows: rows.map((values, i) => ({ sourceRow: i + 5, values, cellErrors: {}, raw: {}, flags: {}, extras: [], context: {} })),
    warnings: [],
    totalsMismatches: [],
    signature: `sig-${name}`,
    savedMapping: { entity },
    refusal: null,
    listDate: year === null ? null : `${year}-12-31`,
    excluded: [],
    sourceRows: rows.length + 4,
    keptColumns: [],
  };
}
