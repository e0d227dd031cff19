import { describe, expect, it } from 'vitest';
import {
  documentHeader,
  numberLine,
  placeDateLine,
  recipientLines,
  signatureBlock,
  type ReportSettings,
} from '../../src-main/core/reports/index.ts';
import { REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';

const NBSP8 = '\u00a0'.repeat(8);

describe('header, Nơi nhận and signature from settings', () => {
  it('writes the number with a leading zero below 10, or room to write it by hand', () => {
    expect(numberLine({ ...REPORT_SETTINGS, number: 5 })).toBe('Số: 05/BC-BCĐ');
    expect(numberLine({ ...REPORT_SETTINGS, number: 112 })).toBe('Số: 112/BC-BCĐ');
    expect(numberLine({ ...REPORT_SETTINGS, number: null })).toBe(`Số: ${NBSP8}/BC-BCĐ`);
  });

  it('writes place and date the NĐ 30 way, or leaves day and month blank', () => {
    expect(placeDateLine('Phú Thọ', '2026-02-05', 2026)).toBe('Phú Thọ, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('Phú Thọ', '2025-03-15', 2025)).toBe('Phú Thọ, ngày 15 tháng 3 năm 2025');
    expect(placeDateLine('Phú Thọ', null, 2025)).toBe(`Phú Thọ, ngày${NBSP8}tháng${NBSP8}năm 2025`);
  });

  it('prints bodies in capitals and lets a report type override office settings', () => {
    expect(documentHeader(SETTINGS, REPORT_SETTINGS, 2025)).toEqual({
      parentBody: 'UBND TỈNH PHÚ THỌ',
      issuingBody: 'BAN CHỈ ĐẠO PHÁT TRIỂN KTTT',
      numberLine: 'Số: 12/BC-BCĐ',
      placeDateLine: 'Phú Thọ, ngày 06 tháng 01 năm 2025',
    });
    const report: ReportSettings = {
      ...REPORT_SETTINGS,
      issuingBody: 'Liên minh Hợp tác xã tỉnh',
      parentBody: '  ',
      signerAuthority: '',
      signerTitle: 'Chủ tịch',
      signerName: 'Trần Thị B',
    };
    expect(documentHeader(SETTINGS, report, 2025).issuingBody).toBe('LIÊN MINH HỢP TÁC XÃ TỈNH');
    expect(documentHeader(SETTINGS, report, 2025).parentBody).toBe('UBND TỈNH PHÚ THỌ');
    expect(signatureBlock(SETTINGS, REPORT_SETTINGS)).toEqual({
      authority: 'KT. TRƯỞNG BAN',
      title: 'PHÓ TRƯỞNG BAN',
      name: 'Nguyễn Văn Hùng',
    });
    expect(signatureBlock({ ...SETTINGS, signerAuthority: '' }, report)).toEqual({ authority: '', title: 'CHỦ TỊCH', name: 'Trần Thị B' });
  });

  it('writes Nơi nhận lines as "- …;" and ends with the archive line', () => {
    expect(recipientLines({ ...REPORT_SETTINGS, recipients: ['UBND tỉnh (b/c);', '- Sở Tài chính', ' '], archiveUnits: 'VP.' })).toEqual([
      '- UBND tỉnh (b/c);',
      '- Sở Tài chính;',
      '- Lưu: VT, VP.',
    ]);
    expect(recipientLines({ ...REPORT_SETTINGS, recipients: [], archiveUnits: '' })).toEqual(['- Lưu: VT.']);
  });
});
