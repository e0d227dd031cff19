/**
 * A look at an OLE2 compound file's header before SheetJS parses it, to tell a truncated .xls (a copy or
 * download that stopped early) from a corrupt one, which SheetJS reports the same unhelpful way. The
 * header lists the sectors of the allocation table and the first directory sector; if any of them lies
 * beyond the end of the file, the file was cut short.
 *
 * Real .xls files whose size is not a whole number of sectors (the GSO exports) pass: what matters is
 * where sectors start, not that the last one is complete.
 */
import { WorkbookReadError } from './errors.ts';

const END_OF_CHAIN = 0xfffffffa; // ids from here up are markers (free, end of chain, FAT, DIFAT)

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}

export function checkCompoundFile(b: Uint8Array): void {
  if (b.length < 512) throw new WorkbookReadError('truncated', undefined, `CFB of ${String(b.length)} bytes`);
  const shift = u16(b, 30);
  if (shift !== 9 && shift !== 12) throw new WorkbookReadError('corrupt', undefined, `CFB sector shift ${String(shift)}`);
  const sectorSize = 1 << shift;
  const startOf = (id: number): number => (id + 1) * sectorSize;
  const fatSectors = u32(b, 44);
  const dirSector = u32(b, 48);
  if (dirSector < END_OF_CHAIN && startOf(dirSector) >= b.length) {
    throw new WorkbookReadError('truncated', undefined, `directory sector ${String(dirSector)} beyond end`);
  }
  const perSector = sectorSize / 4;
  for (let i = 0; i < Math.min(fatSectors, 109); i++) {
    const id = u32(b, 76 + 4 * i);
    if (id >= END_OF_CHAIN) continue;
    if (startOf(id) >= b.length) throw new WorkbookReadError('truncated', undefined, `FAT sector ${String(id)} beyond end`);
    // Every link of a sector chain must lead to a sector that starts inside the file. (Only links count:
    // some writers fill unused entries with "end of chain" rather than "free".)
    for (let k = 0; k < perSector; k++) {
      const next = u32(b, startOf(id) + 4 * k);
      const sector = i * perSector + k;
      if (next < END_OF_CHAIN && (startOf(sector) >= b.length || startOf(next) >= b.length)) {
        throw new WorkbookReadError('truncated', undefined, `sector chain ${String(sector)}→${String(next)} beyond end`);
      }
    }
  }
}
