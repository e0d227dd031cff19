/**
 * The BIFF record stream inside an .xls: "Workbook" (BIFF8) or "Book" (BIFF5), taken from the compound
 * file through SheetJS's CFB reader, or the file itself for bare BIFF2–4 streams. Used for what SheetJS
 * does not expose: the BIFF version and each text cell's font.
 */
import * as XLSX from '@e965/xlsx';

export interface BiffStream {
  biff: 5 | 8;
  data: Uint8Array;
}

interface CfbEntryShape {
  name: string;
  content: Uint8Array;
}

/** XLSX.CFB is typed `any`; look at what it returns through a narrow shape. */
function cfbEntries(bytes: Uint8Array): CfbEntryShape[] {
  const cfb: unknown = XLSX.CFB;
  if (typeof cfb !== 'object' || cfb === null || !('read' in cfb) || typeof cfb.read !== 'function') return [];
  let container: unknown;
  try {
    container = (cfb.read as (data: Buffer, opts: { type: 'buffer' }) => unknown)(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { type: 'buffer' },
    );
  } catch {
    return [];
  }
  if (typeof container !== 'object' || container === null || !('FileIndex' in container) || !Array.isArray(container.FileIndex)) return [];
  const out: CfbEntryShape[] = [];
  for (const entry of container.FileIndex as unknown[]) {
    if (typeof entry !== 'object' || entry === null || !('name' in entry) || !('content' in entry)) continue;
    const { name, content } = entry;
    if (typeof name === 'string' && content instanceof Uint8Array) out.push({ name, content });
  }
  return out;
}

export function biffStreamOf(bytes: Uint8Array): BiffStream | undefined {
  const entries = cfbEntries(bytes);
  const find = (n: string): CfbEntryShape | undefined => entries.find((e) => e.name.toLowerCase() === n);
  const book8 = find('workbook');
  if (book8 !== undefined) return { biff: 8, data: book8.content };
  const book5 = find('book');
  if (book5 !== undefined) return { biff: 5, data: book5.content };
  return undefined;
}

/** Iterate BIFF records: id, and the record's body (CONTINUE records are separate, as in the file). */
export function* biffRecords(data: Uint8Array, start = 0): Generator<{ id: number; at: number; body: Uint8Array }> {
  let at = start;
  while (at + 4 <= data.length) {
    const id = (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
    const length = (data[at + 2] ?? 0) | ((data[at + 3] ?? 0) << 8);
    const bodyStart = at + 4;
    if (bodyStart + length > data.length) return;
    yield { id, at, body: data.subarray(bodyStart, bodyStart + length) };
    at = bodyStart + length;
  }
}

export function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}
