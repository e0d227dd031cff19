import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core/reports/render/pdf.ts';

/**
 * PDF through Electron's own Chromium: a hidden, sandboxed window with no preload loads the report's
 * HTML from a temp file (a data: URL is too small for long appendices) and prints it with the page size
 * and margins of its CSS.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  async printPdf(html: string): Promise<Uint8Array> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-print-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, html, 'utf8');
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await win.loadFile(file);
      const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    // nothing held between prints
  }
}
