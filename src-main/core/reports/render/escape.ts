import { xmlSafeText } from '../../../shared/xml-text.ts';

/**
 * Escaping for text put into HTML and SVG. Every name in a report was typed by a clerk or imported from a
 * spreadsheet, so none of it may be read as markup: "<", "&" and quotes are always escaped.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  // Characters XML cannot hold at all (controls, U+FFFE/U+FFFF, lone surrogates) are dropped rather than fail.
  return xmlSafeText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** HTML text and attribute values: the same rules as XML (the report is also valid XHTML-ish markup). */
export const escapeHtml = escapeXml;
