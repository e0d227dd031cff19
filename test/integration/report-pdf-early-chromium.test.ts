/**
 * A PDF report's Chromium starts while its data are read (reports/service.ts reportFile given a function).
 * Whatever happens first — the report failing, Chromium missing — the clerk gets the same message as when
 * Chromium started after the data, and nothing is left running or unhandled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/index.ts';
import { openApp } from '../../src-main/core/app.ts';
import { annualReportOf, reportFile } from '../../src-main/core/reports/service.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { RESOURCES_DIR, tempDir } from '../helpers/temp.ts';

async function appWith(chromium: string) {
  const dir = tempDir();
  return openApp({ dbPath: path.join(dir, 'kttt.sqlite'), resourcesDir: RESOURCES_DIR, appVersion: 't', chromiumPath: chromium });
}

describe('a PDF report whose Chromium starts while its data are read', () => {
  it('prints the report made meanwhile', async () => {
    const app = await appWith(chromiumPath());
    try {
      const file = await reportFile(app.ctx, () => annualReportOf(app.ctx, 2024), 'pdf', 'thu');
      expect(Buffer.from(file.bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(file.fileName).toBe('thu.pdf');
    } finally {
      await app.close();
    }
  });

  it('gives the report’s own refusal when the data cannot be read, not a printing error', async () => {
    const app = await appWith(chromiumPath());
    try {
      const refusal = new AppError('INVALID_INPUT', 'Năm 1890 không hợp lệ.');
      await expect(reportFile(app.ctx, () => Promise.reject(refusal), 'pdf', 'thu')).rejects.toBe(refusal);
    } finally {
      await app.close();
    }
  });

  it('answers a refusal without waiting for the Chromium started meanwhile', { timeout: 10_000 }, async () => {
    // A "Chromium" that takes 20 s to start (and then exits): the refusal must not wait for it.
    const slow = path.join(tempDir(), 'chromium-cham');
    fs.writeFileSync(slow, '#!/bin/sh\nexec sleep 20\n', { mode: 0o755 });
    const app = await appWith(slow);
    try {
      const refusal = new AppError('INVALID_INPUT', 'Năm 1890 không hợp lệ.');
      await expect(reportFile(app.ctx, () => Promise.reject(refusal), 'pdf', 'thu')).rejects.toBe(refusal);
    } finally {
      await app.close();
    }
  });

  it('says Chromium is missing, in Vietnamese, once the report is made', async () => {
    const missing = path.join(tempDir(), 'khong-co-chromium');
    expect(fs.existsSync(missing)).toBe(false);
    const app = await appWith(missing);
    try {
      await expect(reportFile(app.ctx, () => annualReportOf(app.ctx, 2024), 'pdf', 'thu')).rejects.toThrow(
        /Không tạo được tệp PDF: Không tìm thấy Chromium/,
      );
      // A report that fails first hides the missing Chromium and leaves no unhandled rejection behind.
      const refusal = new AppError('INVALID_INPUT', 'Chưa có số liệu.');
      await expect(reportFile(app.ctx, () => Promise.reject(refusal), 'pdf', 'thu')).rejects.toBe(refusal);
    } finally {
      await app.close();
    }
  });
});
