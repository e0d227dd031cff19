/**
 * Encodings of a whole column. A clerk's column is usually in one encoding, so the column's legacy
 * encoding is used as a hint for each cell: a cell with too little evidence alone ("Hµ", "cã") is
 * converted like its neighbours. Columns can still mix (rows pasted from a Unicode file into a TCVN3
 * sheet, or from a VNI one), so each cell is still decided on its own evidence.
 */
import {
  cellEvidence, type CellEvidence, decideEncoding, type FixResult, fixWithEvidence, type LegacyEncoding,
  readsAsUnicode, type TextEncoding,
} from './detect';

export interface ColumnEncoding {
  /** Encoding of most cells with non-ASCII text; 'ascii' when there are none. */
  encoding: TextEncoding;
  /** Share of non-ASCII cells in `encoding`, times their mean confidence. */
  confidence: number;
  /** Legacy encoding found in the column (the commoner one if both are): the hint for its cells. */
  legacy?: LegacyEncoding;
  /** True when the non-ASCII cells are in more than one encoding. */
  mixed: boolean;
  /**
   * True when `legacy` is set and no cell reads as Unicode on its own evidence. Then a cell that
   * reads equally well as it is and as `legacy` ("mét", also the TCVN3 bytes of "một") is legacy.
   */
  allLegacy: boolean;
  /** Cells per encoding (empty cells are not counted). */
  counts: Record<TextEncoding, number>;
}

/** Evidence for each value, in order (undefined for empty cells). */
type ColumnEvidence = ReadonlyArray<CellEvidence | undefined>;

function evidenceOf(values: readonly string[]): ColumnEvidence {
  // Columns repeat values (district names, statuses): score each distinct text once.
  const cache = new Map<string, CellEvidence>();
  return values.map((value) => {
    if (value === '') return undefined;
    let evidence = cache.get(value);
    if (evidence === undefined) {
      evidence = cellEvidence(value);
      cache.set(value, evidence);
    }
    return evidence;
  });
}

function detectWith(perValue: ColumnEvidence): ColumnEncoding {
  // First pass: cells alone. The legacy encoding most cells show becomes the hint for the second.
  const firstCounts = { tcvn3: 0, vni: 0 };
  let unicodeCells = 0;
  for (const evidence of perValue) {
    if (evidence === undefined) continue;
    const { encoding } = decideEncoding(evidence);
    if (encoding === 'tcvn3' || encoding === 'vni') firstCounts[encoding]++;
    else if (readsAsUnicode(evidence)) unicodeCells++;
  }
  let legacy: LegacyEncoding | undefined;
  if (firstCounts.tcvn3 + firstCounts.vni > 0) legacy = firstCounts.vni > firstCounts.tcvn3 ? 'vni' : 'tcvn3';
  const allLegacy = legacy !== undefined && unicodeCells === 0;

  const counts: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0, ascii: 0 };
  const confidenceSum: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0, ascii: 0 };
  for (const evidence of perValue) {
    if (evidence === undefined) continue;
    const guess = decideEncoding(evidence, { hint: legacy, allLegacy });
    counts[guess.encoding]++;
    confidenceSum[guess.encoding] += guess.confidence;
  }
  const nonAscii = counts.unicode + counts.tcvn3 + counts.vni;
  if (nonAscii === 0) {
    return { encoding: 'ascii', confidence: counts.ascii > 0 ? 1 : 0, mixed: false, allLegacy: false, counts };
  }
  const ranked = (['tcvn3', 'vni', 'unicode'] as const)
    .filter((e) => counts[e] > 0)
    .sort((a, b) => counts[b] - counts[a]);
  const encoding = ranked[0] ?? 'unicode';
  const share = counts[encoding] / nonAscii;
  const meanConfidence = confidenceSum[encoding] / counts[encoding];
  const result: ColumnEncoding = {
    encoding, confidence: share * meanConfidence, mixed: ranked.length > 1, allLegacy, counts,
  };
  if (legacy !== undefined) result.legacy = legacy;
  return result;
}

/** Encoding of a column of cell texts: the majority, whether it mixes, and the hint for its cells. */
export function detectColumnEncoding(values: readonly string[]): ColumnEncoding {
  return detectWith(evidenceOf(values));
}

export interface FixedColumn {
  column: ColumnEncoding;
  /** One result per input value, in order; empty values come back empty as 'ascii'. */
  cells: FixResult[];
}

/**
 * Convert every cell of a column to Unicode NFC, each judged on its own text with the column's legacy
 * encoding as hint. `fontNames[i]`, when the reader gives it, is the font of cell i.
 */
export function fixLegacyColumn(
  values: readonly string[],
  fontNames?: readonly (string | undefined)[],
): FixedColumn {
  const perValue = evidenceOf(values);
  const column = detectWith(perValue);
  const cells = values.map((value, i): FixResult => {
    const evidence = perValue[i];
    const fontName = fontNames?.[i];
    if (evidence === undefined) return { text: value, encoding: 'ascii', confidence: 1 };
    return fixWithEvidence(value, evidence, { encoding: column.legacy, allLegacy: column.allLegacy, fontName });
  });
  return { column, cells };
}
