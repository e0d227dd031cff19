/**
 * Failure value shared by every parser here. Parsers return failures instead of throwing because a bad cell
 * is normal input for the importer and the grid editors: each one is shown to the clerk, with `reason`
 * written in Vietnamese so it can be displayed as is. `code` lets callers react without reading text
 * (e.g. the importer treats 'empty' as a blank, which is not zero).
 */
export type VnErrorCode = 'empty' | 'invalid' | 'out-of-range' | 'not-finite' | 'invalid-date' | 'excel-1900-leap-bug';

export interface VnFailure {
  readonly ok: false;
  readonly code: VnErrorCode;
  readonly reason: string;
}

export function fail(code: VnErrorCode, reason: string): VnFailure {
  return { ok: false, code, reason };
}

/** Quotes the clerk's text in a message, shortened so a pasted paragraph does not flood the cell tooltip. */
export function quote(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `“${t}”`;
}
