import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PRINT_FLAGS, findChromium } from '../../src-main/core/reports/index.ts';
import { tempDir } from '../helpers/temp.ts';

function fakeBrowser(dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, '');
  return file;
}

describe('finding the Chromium that prints PDFs', () => {
  it('takes --chromium first, and refuses a path that does not exist', () => {
    const dir = tempDir();
    const given = fakeBrowser(dir, 'my-chrome');
    expect(findChromium({ explicit: given, env: { KTTT_CHROMIUM: '/nope' } })).toBe(given);
    expect(() => findChromium({ explicit: path.join(dir, 'missing'), env: {} })).toThrow(/Không tìm thấy Chromium tại/);
  });

  it('then KTTT_CHROMIUM, then Chromium-family browsers on PATH', () => {
    const a = tempDir();
    const b = tempDir();
    const env = fakeBrowser(a, 'env-chrome');
    const onPath = fakeBrowser(b, 'chromium');
    expect(findChromium({ env: { KTTT_CHROMIUM: env, PATH: b } })).toBe(env);
    expect(findChromium({ env: { PATH: `${a}:${b}` }, platform: 'linux' })).toBe(onPath);
    const win = fakeBrowser(a, 'msedge.exe');
    expect(findChromium({ env: { Path: a }, platform: 'win32' })).toBe(win);
  });

  it('explains how to fix it when none is found', () => {
    expect(() => findChromium({ env: { PATH: tempDir() }, platform: 'linux' })).toThrow(/--chromium hay biến môi trường KTTT_CHROMIUM/);
  });

  it('runs headless with the quiet flags', () => {
    for (const flag of [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]) {
      expect(CHROMIUM_PRINT_FLAGS).toContain(flag);
    }
  });
});
