/**
 * The parts of an administrative document that come from settings rather than data: the header block
 * (ô 1–4), Nơi nhận (ô 9) and the signature (ô 7). Office-wide Settings give the defaults; ReportSettings,
 * saved per report type, give the number, date and recipients and may override the rest.
 */
import type { Settings } from '../../contract/index.ts';
import { formatVnDateLong } from '../../shared/index.ts';
import type { DocumentHeader, SignatureBlock } from './model.ts';

export interface ReportSettings {
  /** Số of the document; null leaves room for the văn thư to write it ("Số:      /BC-BCĐ"). */
  number: number | null;
  /** Ký hiệu after the number, e.g. "BC-BCĐ". */
  symbol: string;
  /** Signing date (ISO); null leaves day and month blank to be written by hand. */
  date: string | null;
  /** Recipients as written, without the leading "- " and the ";": "Ban Kinh tế Trung ương (b/c)". */
  recipients: string[];
  /** What follows "Lưu: VT," in the last Nơi nhận line, e.g. "VP"; empty gives "- Lưu: VT." */
  archiveUnits: string;
  /** Trích yếu under the document type; the report supplies a default. */
  summary?: string;
  // Overrides of the office Settings for this report type; empty or absent means "use Settings".
  parentBody?: string;
  issuingBody?: string;
  placeName?: string;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string;
}

/** Blank room in a line to be completed by hand: no-break spaces, so HTML and Word keep the width. */
const BLANK = '\u00a0'.repeat(8);

function pick(override: string | undefined, fallback: string): string {
  return override !== undefined && override.trim() !== '' ? override.trim() : fallback.trim();
}

/** "Số: 05/BC-BCĐ": numbers below 10 take a leading zero (NĐ 30 Phụ lục I). */
export function numberLine(report: ReportSettings): string {
  const number = report.number === null ? BLANK : String(report.number).padStart(2, '0');
  return `Số: ${number}/${report.symbol}`;
}

/** "Phú Thọ, ngày 06 tháng 01 năm 2025", or with day and month left blank in `fallbackYear` when undated. */
export function placeDateLine(place: string, date: string | null, fallbackYear: number): string {
  const when = date === null ? `ngày${BLANK}tháng${BLANK}năm ${String(fallbackYear)}` : formatVnDateLong(date);
  return place === '' ? when.charAt(0).toUpperCase() + when.slice(1) : `${place}, ${when}`;
}

export function documentHeader(settings: Settings, report: ReportSettings, fallbackYear: number): DocumentHeader {
  return {
    parentBody: pick(report.parentBody, settings.parentBody).toUpperCase(),
    issuingBody: pick(report.issuingBody, settings.issuingBody).toUpperCase(),
    numberLine: numberLine(report),
    placeDateLine: placeDateLine(pick(report.placeName, settings.placeName), report.date, fallbackYear),
  };
}

/** Each recipient "- …;", then "- Lưu: VT, <units>." (NĐ 30 Phụ lục I, ô 9b). */
export function recipientLines(report: ReportSettings): string[] {
  const lines = report.recipients
    .map((r) =>
      r
        .trim()
        .replace(/^-\s*/, '')
        .replace(/[;.]\s*$/, ''),
    )
    .filter((r) => r !== '')
    .map((r) => `- ${r};`);
  const units = report.archiveUnits.trim().replace(/\.$/, '');
  lines.push(units === '' ? '- Lưu: VT.' : `- Lưu: VT, ${units}.`);
  return lines;
}

export function signatureBlock(settings: Settings, report: ReportSettings): SignatureBlock {
  return {
    authority: pick(report.signerAuthority, settings.signerAuthority).toUpperCase(),
    title: pick(report.signerTitle, settings.signerTitle).toUpperCase(),
    name: pick(report.signerName, settings.signerName),
  };
}
