import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../src-main/web/server.ts';
import { CHROMIUM_PRINT_FLAGS, findChromium } from '../../src-main/core/reports/render/pdf.ts';
import { openApp, type App as CoreApp } from '../../src-main/core/app.ts';
import { REPO_ROOT, RESOURCES_DIR } from './temp.ts';

/** Debian's Chromium (KTTT_CHROMIUM, else PATH), found the way the app finds it for PDFs; never a downloaded browser. */
export function chromiumPath(): string {
  return findChromium();
}

export function launchChromium(): Promise<Browser> {
  // The app's own flags, plus QUIC off: this machine's closed network refuses it noisily.
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_PRINT_FLAGS, '--disable-quic'], headless: true });
}

export const RENDERER_BUILD = path.join(REPO_ROOT, 'out', 'renderer');

export interface BrowserSession {
  app: CoreApp;
  server: WebServer;
  browser: Browser;
  page: Page;
  /** Errors the page logged or threw; a test asserts this stays empty. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** The real app: core on a temp SQLite file, the browser door serving the built renderer, Chromium. */
/** `dbPath`: a database file prepared beforehand (e.g. seeded at scale); by default a new empty one. */
export async function openBrowserSession(options: { dbPath?: string } = {}): Promise<BrowserSession> {
  if (!fs.existsSync(path.join(RENDERER_BUILD, 'index.html'))) throw new Error('Chưa build giao diện: chạy "npm run build" trước.');
  // Lives for a whole describe block, so it is not tied to the per-test cleanup of helpers/temp.ts.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-e2e-'));
  const app = await openApp({
    dbPath: options.dbPath ?? path.join(dir, 'kttt.sqlite'),
    resourcesDir: RESOURCES_DIR,
    appVersion: '0.0.0-e2e',
    who: 'e2e',
  });
  const server = await startWebServer({ app, staticDir: RENDERER_BUILD });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  return {
    app,
    server,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
