/**
 * Text folding for the generator's own bookkeeping: two names that a reader must take for the same
 * organization fold to the same key (case, tone placement, NFC/NFD, "HTX" = "Hợp tác xã", spaces).
 * Used to keep distinct organizations distinct; never shared with the app.
 */

export function foldAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/^lien hiep hop tac xa\b/, 'lhhtx'],
  [/^lien hiep htx\b/, 'lhhtx'],
  [/^quy tin dung nhan dan\b/, 'qtdnd'],
  [/^quy tdnd\b/, 'qtdnd'],
  [/^hop tac xa\b/, 'htx'],
  [/^to hop tac\b/, 'tht'],
];

/** "Hợp tác xã Nông nghiệp Hoà Sơn" and "HTX NÔNG NGHIỆP HÒA SƠN" give the same key. */
export function nameKey(name: string): string {
  let k = foldAscii(name);
  for (const [re, short] of PREFIXES) k = k.replace(re, short);
  return k;
}
