const SEPARATORS = new Set([',', ';', '\t', '|']);

/**
 * Cuts every line of a separated-values text after its `maxColumns`-th field, whatever the separator (the
 * reader guesses it later): a line is cut once any one separator has been seen `maxColumns` times outside
 * quotes. Quoted fields may hold separators and line breaks. One pass, no copy when nothing is cut.
 */
export function capTextColumns(text: string, maxColumns: number): { text: string; cut: boolean } {
  const counts = new Map<string, number>();
  const kept: string[] = [];
  let keepFrom = 0;
  let inQuotes = false;
  let cut = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      counts.clear();
    } else if (!inQuotes && SEPARATORS.has(ch)) {
      const n = (counts.get(ch) ?? 0) + 1;
      counts.set(ch, n);
      if (n < maxColumns) continue;
      // Keep the line up to here, skip to its end.
      kept.push(text.slice(keepFrom, i));
      cut = true;
      let end = i;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      keepFrom = end;
      i = end - 1;
      counts.clear();
    }
  }
  if (!cut) return { text, cut: false };
  kept.push(text.slice(keepFrom));
  return { text: kept.join(''), cut: true };
}
