import { crc32 } from 'node:zlib';

/**
 * A .zip of finished files, stored without compression (the .xlsx inside are compressed already), so that
 * the templates of every commune come as one download instead of a save dialog each. Names in UTF-8 (flag
 * bit 11), as Windows Explorer reads them; dates in the DOS format of the given moment.
 */
export function zipStored(files: readonly { name: string; bytes: Uint8Array }[], at: Date): Uint8Array {
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2);
  const date = ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(f.bytes);
    const common = (b: Buffer, at0: number) => {
      b.writeUInt16LE(20, at0); // version needed: 2.0
      b.writeUInt16LE(0x0800, at0 + 2); // UTF-8 names
      b.writeUInt16LE(0, at0 + 4); // stored
      b.writeUInt16LE(time, at0 + 6);
      b.writeUInt16LE(date, at0 + 8);
      b.writeUInt32LE(crc, at0 + 10);
      b.writeUInt32LE(f.bytes.length, at0 + 14);
      b.writeUInt32LE(f.bytes.length, at0 + 18);
      b.writeUInt16LE(name.length, at0 + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    common(entry, 6);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(f.bytes));
    central.push(entry, name);
    offset += local.length + name.length + f.bytes.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, dir, end]));
}
