import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWindowOptions, isAppUrl } from '../../src-main/electron/window-options.ts';
import { REPO_ROOT } from '../helpers/temp.ts';

describe('the Electron window', () => {
  it('is isolated, sandboxed, without Node, with web security on', () => {
    const o = buildWindowOptions('/app/preload.cjs', { width: 1000, height: 700 });
    expect(o.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('reopens at the remembered size and position', () => {
    expect(buildWindowOptions('/p', { x: 10, y: 20, width: 1111, height: 777 })).toMatchObject({ x: 10, y: 20, width: 1111, height: 777 });
  });

  it('trusts only its own page as a caller', () => {
    const appUrl = 'file:///C:/Program%20Files/KTTT/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(appUrl, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}#/cai-dat`, appUrl)).toBe(true);
    expect(isAppUrl('file:///C:/Users/x/Downloads/evil.html', appUrl)).toBe(false);
    expect(isAppUrl('https://example.com/', appUrl)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('ships a page CSP that allows scripts only from the app and inline styles for AG Grid', () => {
    const html = fs.readFileSync(path.join(REPO_ROOT, 'src-renderer/index.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("object-src 'none'");
  });
});
