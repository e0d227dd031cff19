/**
 * Encodings of a whole column. A clerk's column is usually in one encoding, so the column's legacy
 * encoding is used as a hint for each cell: a cell with too little evidence alone ("Hµ", "cã") is
 * converted like its neighbours. Columns can still mix (rows pasted from a Unicode file into a TCVN3
 * sheet, or from a VNI one), so each cell is still decided on its own evidence.
 */
import {
  cellEvidence,
  type CellEvidence,
  decideEncoding,
  type FixResult,
  fixWithEvidence,
  isAsciiText,
  type LegacyEncoding,
  readsAsUnicode,
  readsOnlyAsUnicode,
  type TextEncoding,
} from './detect.ts';

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

interface ColumnEvidence {
  /** Evidence for each value, in order (undefined for empty cells). */
  perValue: ReadonlyArray<CellEvidence | undefined>;
  /** For each value, an earlier value with the same non-ASCII text (its index), or -1. */
  sameAs: Int32Array;
}

/** The evidence of every ASCII cell: it says nothing about any reading, so one object serves them all. */
const ASCII_EVIDENCE: CellEvidence = cellEvidence('');

/**
 * Distinct texts remembered per column. Columns that repeat (district names, statuses) have few; names
 * and addresses are mostly distinct, and remembering all of them would only fill memory.
 */
const DISTINCT_LIMIT = 4_096;

function evidenceOf(values: readonly string[]): ColumnEvidence {
  // Columns repeat values: score each distinct text once. ASCII text needs no scoring.
  const firstOf = new Map<string, number>();
  const perValue = new Array<CellEvidence | undefined>(values.length);
  const sameAs = new Int32Array(values.length).fill(-1);
  values.forEach((value, i) => {
    if (value === '') return;
    if (isAsciiText(value)) {
      perValue[i] = ASCII_EVIDENCE;
      return;
    }
    const first = firstOf.get(value);
    if (first !== undefined) {
      sameAs[i] = first;
      perValue[i] = perValue[first];
      return;
    }
    if (firstOf.size < DISTINCT_LIMIT) firstOf.set(value, i);
    perValue[i] = cellEvidence(value);
  });
  return { perValue, sameAs };
}

function detectWith({ perValue }: ColumnEvidence): ColumnEncoding {
  // First pass: cells alone. The legacy encoding most cells show becomes the hint for the second.
  const firstCounts = { tcvn3: 0, vni: 0 };
  const unicodeCells: CellEvidence[] = [];
  for (const evidence of perValue) {
    // ASCII cells are neither legacy nor Unicode: they do not vote.
    if (evidence === undefined || evidence.kind === 'ascii') continue;
    const { encoding } = decideEncoding(evidence);
    if (encoding === 'tcvn3' || encoding === 'vni') firstCounts[encoding]++;
    else if (readsAsUnicode(evidence)) unicodeCells.push(evidence);
  }
  let legacy: LegacyEncoding | undefined;
  if (firstCounts.tcvn3 + firstCounts.vni > 0) legacy = firstCounts.vni > firstCounts.tcvn3 ? 'vni' : 'tcvn3';
  // A Unicode cell that would also read as the column's legacy text word for word proves nothing.
  const known = legacy;
  const allLegacy = known !== undefined && unicodeCells.every((e) => !readsOnlyAsUnicode(e, known));

  const counts: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0, ascii: 0 };
  const confidenceSum: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0, ascii: 0 };
  const options = { hint: legacy, allLegacy };
  for (const evidence of perValue) {
    if (evidence === undefined) continue;
    if (evidence.kind === 'ascii') {
      // What decideEncoding says of every ASCII cell, without asking it for each.
      counts.ascii++;
      confidenceSum.ascii += 1;
      continue;
    }
    const guess = decideEncoding(evidence, options);
    counts[guess.encoding]++;
    confidenceSum[guess.encoding] += guess.confidence;
  }
  const nonAscii = counts.unicode + counts.tcvn3 + counts.vni;
  if (nonAscii === 0) {
    return { encoding: 'ascii', confidence: counts.ascii > 0 ? 1 : 0, mixed: false, allLegacy: false, counts };
  }
  const ranked = (['tcvn3', 'vni', 'unicode'] as const).filter((e) => counts[e] > 0).sort((a, b) => counts[b] - counts[a]);
  const encoding = ranked[0] ?? 'unicode';
  const share = counts[encoding] / nonAscii;
  const meanConfidence = confidenceSum[encoding] / counts[encoding];
  const result: ColumnEncoding = {
    encoding,
    confidence: share * meanConfidence,
    mixed: ranked.length > 1,
    allLegacy,
    counts,
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
 * fixLegacyColumn's results as arrays side by side, element i for value i: no object per cell, which
 * on a sheet of a hundred thousand rows saves the collector millions of long-lived objects.
 */
export interface FixedColumnTexts {
  column: ColumnEncoding;
  texts: string[];
  encodings: TextEncoding[];
  confidences: Float64Array;
}

/** Like fixLegacyColumn, with the results as arrays (see FixedColumnTexts). */
export function fixLegacyColumnTexts(values: readonly string[], fontNames?: readonly (string | undefined)[]): FixedColumnTexts {
  const scored = evidenceOf(values);
  const column = detectWith(scored);
  const texts: string[] = new Array<string>(values.length);
  const encodings: TextEncoding[] = new Array<TextEncoding>(values.length);
  const confidences = new Float64Array(values.length);
  values.forEach((value, i) => {
    const evidence = scored.perValue[i];
    const fontName = fontNames?.[i];
    const same = scored.sameAs[i] ?? -1;
    if (evidence === undefined) {
      texts[i] = value;
      encodings[i] = 'ascii';
      confidences[i] = 1;
    } else if (same >= 0 && fontNames?.[same] === fontName) {
      // The same text in the same font converts the same way: repeated district names, statuses.
      texts[i] = texts[same] ?? value;
      encodings[i] = encodings[same] ?? 'ascii';
      confidences[i] = confidences[same] ?? 1;
    } else {
      const fixed = fixWithEvidence(value, evidence, { encoding: column.legacy, allLegacy: column.allLegacy, fontName });
      texts[i] = fixed.text;
      encodings[i] = fixed.encoding;
      confidences[i] = fixed.confidence;
    }
  });
  return { column, texts, encodings, confidences };
}

/**
 * Convert every cell of a column to Unicode NFC, each judged on its own text with the column's legacy
 * encoding as hint. `fontNames[i]`, when the reader gives it, is the font of cell i.
 */
export function fixLegacyColumn(values: readonly string[], fontNames?: readonly (string | undefined)[]): FixedColumn {
  const { column, texts, encodings, confidences } = fixLegacyColumnTexts(values, fontNames);
  const cells = texts.map((text, i): FixResult => ({ text, encoding: encodings[i] ?? 'ascii', confidence: confidences[i] ?? 1 }));
  return { column, cells };
}
