/**
 * The spreadsheet clipboard format: what Excel and LibreOffice put on the clipboard as text/plain when a
 * block of cells is copied, and what they accept back.
 *
 *   - cells are separated by a tab, rows by a line break (Excel writes CRLF, LibreOffice LF);
 *   - a cell holding a tab, a line break or a double quote is written between double quotes, with each
 *     quote inside doubled: say "hi" + newline → "say ""hi""\n";
 *   - the block ends with one line break (Excel always adds it), which is not an extra empty row.
 *
 * Pure functions, no DOM, so they can be property-tested: parseTsv(writeTsv(block)) equals block for any
 * block of at least one row, each row of at least one cell.
 */

const NEEDS_QUOTES = /[\t\r\n"]/;

/** Formula-looking, or already guarded (a text that itself began with apostrophes before "="). */
const FORMULA_START = /^'*[=+\-@]/;
const GUARDED = /^'+[=+\-@]/;

/**
 * A text cell that starts like a formula ("=HYPERLINK(…)", "+84…", "-Ghi chú", "@x") is copied with a leading
 * apostrophe, as the XLSX export writes it: pasted into Excel it stays text and never runs. Pasting it back
 * into a grid takes the apostrophe off again (unguardFormulaText), so a copy within KTTT changes nothing.
 */
export function guardFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unguardFormulaText(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

function writeCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Writes a block as Excel does: CRLF between rows and after the last one. */
export function writeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(writeCell).join('\t') + '\r\n').join('');
}

function isRowBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

/**
 * Reads a quoted cell starting at `start` (on the opening quote). Returns null when the quotes are not
 * well formed — no closing quote, or text right after it — and the cell is then read as plain text, as
 * Excel does with a cell that merely begins with a quote ("Hợp tác xã" Hoà Bình).
 */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined || next === '\t' || isRowBreak(next)) return { value, end: i + 1 };
      return null;
    }
    value += ch;
    i += 1;
  }
  return null;
}

/** Length of the line break at `i` (CRLF counts as one break), or 0. */
function breakLength(text: string, i: number): number {
  if (text[i] === '\r') return text[i + 1] === '\n' ? 2 : 1;
  return text[i] === '\n' ? 1 : 0;
}

/**
 * Reads a block pasted from Excel, LibreOffice or this grid. Rows may have different lengths (the caller
 * treats a missing cell as not pasted). Empty text reads as one empty cell; callers ignore an empty paste.
 */
export function parseTsv(input: string): string[][] {
  // Excel's trailing line break ends the last row; it does not start a new empty one.
  const tail = input.endsWith('\r\n') ? 2 : isRowBreak(input[input.length - 1]) ? 1 : 0;
  const text = input.slice(0, input.length - tail);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell: string;
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let j = i;
      while (j < text.length && text[j] !== '\t' && !isRowBreak(text[j])) j += 1;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= text.length) break;
    if (text[i] === '\t') {
      i += 1;
      continue;
    }
    i += breakLength(text, i);
    rows.push(row);
    row = [];
  }
  rows.push(row);
  return rows;
}

/** Width of the widest row: the number of columns a paste covers. */
export function blockWidth(rows: readonly (readonly string[])[]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}
