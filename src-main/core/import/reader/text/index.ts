/**
 * Legacy Vietnamese font encodings (TCVN3/ABC and VNI-Windows) → Unicode NFC, with detection per cell
 * and per column. Pure TypeScript: no Node APIs, so it runs in the import worker and in tests alike.
 */
export { type ByteReading, byteStringToBytes, bytesToByteString, isByteString, withReading } from './byte-string.ts';
export {
  type ColumnEncoding,
  detectColumnEncoding,
  type FixedColumn,
  type FixedColumnTexts,
  fixLegacyColumn,
  fixLegacyColumnTexts,
} from './column.ts';
export {
  detectTextEncoding,
  type EncodingGuess,
  type FixHint,
  fixLegacyText,
  type FixResult,
  type LegacyEncoding,
  type TextEncoding,
} from './detect.ts';
export { isVietnameseSyllable } from './syllable.ts';
export {
  decodeTcvn3,
  encodeTcvn3,
  isTcvn3CapitalFont,
  isTcvn3FontName,
  type LegacyEncodeOptions,
  type Tcvn3DecodeOptions,
} from './tcvn3.ts';
export { decodeVni, encodeVni, isVniFontName } from './vni.ts';
