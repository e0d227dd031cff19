/**
 * Escaping for text put into HTML and SVG. Every name in a report was typed by a clerk or imported from a
 * spreadsheet, so none of it may be read as markup: "<", "&" and quotes are always escaped.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML at all; drop them rather than fail.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** HTML text and attribute values: the same rules as XML (the report is also valid XHTML-ish markup). */
export const escapeHtml = escapeXml;
