// Files that cannot be imported get a typed error with a Vietnamese sentence, never a crash: empty,
// not a spreadsheet, truncated, corrupt, encrypted, too large, and zip bombs refused from the zip's own
// directory before anything is inflated.
import path from 'node:path';
import zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { type ReadErrorCode, WorkbookReadError } from '../../src-main/core/import/reader/read/errors.ts';
import { readWorkbook, readWorkbookFile } from '../../src-main/core/import/reader/read/read-workbook.ts';
import { inspectZip } from '../../src-main/core/import/reader/read/zip-guard.ts';
import { SHARED_DATA, bytesOf, workbookOf } from '../helpers/import-fixtures.ts';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function refusal(run: () => unknown): WorkbookReadError {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof WorkbookReadError) return thrown;
    throw new Error(`not a WorkbookReadError: ${String(thrown)}`, { cause: thrown });
  }
  throw new Error('the file was accepted');
}

function expectRefused(bytes: Uint8Array, code: ReadErrorCode, limits?: Parameters<typeof readWorkbook>[1]): WorkbookReadError {
  const e = refusal(() => readWorkbook(bytes, limits));
  expect(e.code).toBe(code);
  expect(e.message).toMatch(VIETNAMESE);
  return e;
}

const sample = workbookOf([
  { name: 'S', rows: [['Tên', 'Doanh thu'], ...Array.from({ length: 300 }, (_, i) => [`HTX số ${String(i)}`, i * 1.5])] },
]);

/** A zip with one stored entry, whose central directory may declare another size than the data's. */
function handMadeZip(name: string, data: Uint8Array, declaredSize: number, method = 0, compressed = data): Uint8Array {
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declaredSize >>> 0, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declaredSize >>> 0, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const localPart = Buffer.concat([local, nameBytes, compressed]);
  const centralPart = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

describe('refusing files that cannot be read', () => {
  it('an empty file', () => {
    expectRefused(new Uint8Array(0), 'empty');
    expectRefused(Buffer.from('  \r\n \r\n', 'utf8'), 'empty');
  });

  it('a workbook whose sheets hold nothing', () => {
    expectRefused(bytesOf(workbookOf([{ name: 'Trống', rows: [] }]), 'xlsx'), 'empty');
  });

  it('files that are not spreadsheets', () => {
    expectRefused(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'), 'not-spreadsheet');
    expectRefused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'not-spreadsheet');
    expectRefused(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'not-spreadsheet');
    const docx = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(docx, '/word/document.xml', Buffer.from('<w:document/>'));
    expectRefused(XLSX.CFB.write(docx, { type: 'buffer', fileType: 'zip' }) as Uint8Array, 'not-spreadsheet');
    const doc = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(doc, 'WordDocument', Buffer.alloc(4096, 1));
    expectRefused(XLSX.CFB.write(doc, { type: 'buffer' }) as Uint8Array, 'not-spreadsheet');
  });

  it('truncated files', () => {
    const xlsx = bytesOf(sample, 'xlsx');
    expectRefused(xlsx.subarray(0, Math.floor(xlsx.length * 0.6)), 'truncated');
    const xls = bytesOf(sample, 'xls');
    expectRefused(xls.subarray(0, Math.floor(xls.length * 0.4)), 'truncated');
    expectRefused(xls.subarray(0, 300), 'truncated');
  });

  it('corrupt files', () => {
    const xls = Buffer.from(bytesOf(sample, 'xls'));
    xls.writeUInt16LE(3, 30); // an impossible sector size in the compound-file header
    expectRefused(xls, 'corrupt');
    const xlsx = Buffer.from(bytesOf(sample, 'xlsx'));
    const central = xlsx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    xlsx.fill(0x41, central, central + 20);
    expectRefused(xlsx, 'corrupt');
  });

  it('password-protected workbooks', () => {
    const e = refusal(() => readWorkbook(Buffer.from(XLSX.CFB.write(encryptedOoxml(), { type: 'buffer' }) as Uint8Array)));
    expect(e.code).toBe('encrypted');
  });

  it('the encrypted .xls of the corpus', async () => {
    const file = path.join(SHARED_DATA, 'spreadsheet-corpus/password_2002_40_xor.xls');
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ code: 'encrypted' });
  });

  it('files over the size limit, before reading them', async () => {
    expectRefused(bytesOf(sample, 'xlsx'), 'too-large', { limits: { maxFileBytes: 1000 } });
    const file = path.join(SHARED_DATA, 'vn-spreadsheets/GSO_DanhSachCapXa_17_05_2022.xls');
    await expect(readWorkbookFile(file, { limits: { maxFileBytes: 1024 * 1024 } })).rejects.toMatchObject({ code: 'too-large' });
    await expect(readWorkbookFile('/nonexistent/folder/x.xlsx')).rejects.toMatchObject({ code: 'io' });
  });

  it('a zip bomb declaring gigabytes is refused from its directory alone', () => {
    const bomb = handMadeZip('xl/workbook.xml', Buffer.from('<workbook/>'), 0xfff00000);
    expectRefused(bomb, 'too-large-unpacked');
  });

  it('a real deflate bomb is refused before inflating', () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const deflated = zlib.deflateRawSync(zeros, { level: 9 });
    expect(deflated.length).toBeLessThan(200_000);
    const bomb = handMadeZip('xl/worksheets/sheet1.xml', zeros.subarray(0, 0), zeros.length, 8, deflated);
    expectRefused(bomb, 'too-large-unpacked', { limits: { maxEntryBytes: 32 * 1024 * 1024 } });
    expect(inspectZip(bomb, { maxEntryBytes: 128 * 1024 * 1024, maxUnpackedBytes: 256 * 1024 * 1024 }).totalSize).toBe(zeros.length);
  });

  it('a time limit already passed stops the read', () => {
    expectRefused(bytesOf(sample, 'xlsx'), 'timeout', { deadline: Date.now() - 1 });
  });
});

/** The container Office writes for a password-protected .xlsx: EncryptionInfo + EncryptedPackage. */
function encryptedOoxml(): unknown {
  const cfb = XLSX.CFB.utils.cfb_new();
  const info = Buffer.alloc(600);
  info.writeUInt16LE(4, 0);
  info.writeUInt16LE(4, 2);
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(4096, 7));
  return cfb;
}
