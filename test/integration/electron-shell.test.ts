import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, methodNames } from '../../src-main/contract/index.ts';
import { launchShell, type ShellChild } from '../helpers/electron-stub/launch.ts';
import type { ShellSnapshot } from '../helpers/electron-stub/protocol.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

// The built out/main/main.js runs under plain Node with a stub `electron` that records what the app
// asks of it (test/helpers/electron-stub); Electron itself cannot be installed here.

const PAGE = path.join(REPO_ROOT, 'out', 'renderer', 'index.html');
const PRELOAD = path.join(REPO_ROOT, 'out', 'preload', 'preload.cjs');

const shown = (s: ShellSnapshot): boolean => s.windows[0]?.calls.includes('show') === true;

/** The directives of the page's CSP meta tag, by name. */
function pageCsp(html: string): Map<string, string[]> {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  const directives = (tag?.[1] ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  return new Map(directives.map(([name = '', ...values]) => [name, values]));
}

describe('the Electron shell, started from the build', () => {
  let shell: ShellChild;
  let started: ShellSnapshot;

  beforeAll(async () => {
    shell = launchShell();
    started = await shell.waitFor(shown);
  });
  afterAll(() => shell.dispose());

  it('starts without an error or a dialog, holding the single-instance lock', () => {
    expect(started.errors).toEqual([]);
    expect(started.dialogs).toEqual([]);
    expect(started.lockRequests).toBe(1);
    expect(started.quitRequested).toBe(false);
    expect(started.menu).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
  });

  it('opens the database KTTT_DB names, not one in the user-data folder', () => {
    expect(fs.existsSync(shell.paths.db)).toBe(true);
    expect(fs.existsSync(path.join(shell.paths.userData, 'kttt.sqlite'))).toBe(false);
  });

  it('opens exactly one window: isolated, sandboxed, without Node, with the built preload, shown once ready', () => {
    expect(started.windows).toHaveLength(1);
    const [win] = started.windows;
    expect(win?.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: PRELOAD,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      },
    });
    expect(fs.existsSync(PRELOAD), 'the preload the window names exists').toBe(true);
    expect(win?.calls).toEqual(['show']);
  });

  it('loads the built page, whose scripts and styles exist and whose CSP allows scripts from the app only', () => {
    const [win] = started.windows;
    expect(win?.loads).toEqual([{ kind: 'file', target: PAGE }]);
    expect(win?.url).toBe(pathToFileURL(PAGE).href);
    const html = fs.readFileSync(PAGE, 'utf8');
    const assets = [...html.matchAll(/\s(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) expect(fs.existsSync(path.join(path.dirname(PAGE), asset)), asset).toBe(true);
    const csp = pageCsp(html);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('registers one IPC handler per contract method, and no other', () => {
    expect([...started.ipcChannels].sort()).toEqual(methodNames.map(channelOf).sort());
  });

  it('answers calls from its own page and refuses other pages and subframes', async () => {
    const call = (frame: { url: string; top: boolean }) =>
      shell.request({ op: 'invoke', channel: channelOf('settings.get'), input: {}, frame });
    expect((await call({ url: 'window', top: true })).result).toMatchObject({ ok: true, value: { officeName: '' } });
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    expect((await call({ url: 'https://example.com/', top: true })).result).toMatchObject(forbidden);
    expect((await call({ url: pathToFileURL(path.join(shell.paths.dir, 'evil.html')).href, top: true })).result).toMatchObject(forbidden);
    expect((await call({ url: 'window', top: false })).result).toMatchObject(forbidden);
  });

  it('denies navigation away, new windows and webviews, in its window and in any other web contents', async () => {
    for (const contents of ['window', 'other'] as const) {
      expect(await shell.request({ op: 'navigate', contents, url: 'https://example.com/' })).toEqual({ prevented: true });
      expect(await shell.request({ op: 'navigate', contents, url: pathToFileURL(path.join(shell.paths.dir, 'x.html')).href })).toEqual({
        prevented: true,
      });
      expect(await shell.request({ op: 'open-window', contents, url: 'https://example.com/' })).toEqual({ answer: { action: 'deny' } });
      expect(await shell.request({ op: 'attach-webview', contents })).toEqual({ prevented: true });
    }
    // …while its own page stays reachable (the lock-down is not so broad that the app cannot reload itself).
    expect(await shell.request({ op: 'navigate', contents: 'window', url: pathToFileURL(PAGE).href })).toEqual({ prevented: false });
  });

  it('denies every permission, asked or checked', async () => {
    expect(started.permissionRequestHandler).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(await shell.request({ op: 'request-permission', permission }), permission).toEqual({ requested: false, checked: false });
    }
  });

  it('brings its window back when a second instance starts', async () => {
    await shell.request({ op: 'minimize' });
    expect(await shell.request({ op: 'second-instance' })).toEqual({ calls: ['restore', 'focus'] });
    expect(await shell.request({ op: 'second-instance' })).toEqual({ calls: ['focus'] });
  });

  // Last: it ends the process the tests above talk to.
  it('on closing its window, saves the window state, closes the database and quits cleanly', async () => {
    await shell.request({ op: 'close-window' });
    const atQuit = await shell.quit;
    expect(atQuit.errors).toEqual([]);
    expect(atQuit.windows.map((w) => w.destroyed)).toEqual([true]);
    expect((await shell.exit).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(shell.paths.userData, 'window-state.json'), 'utf8'))).toMatchObject({
      width: 1280,
      height: 800,
    });
    // A closed SQLite file in WAL mode leaves no -wal file behind.
    expect(fs.existsSync(`${shell.paths.db}-wal`)).toBe(false);
  });
});

describe('a second instance of the shell', () => {
  it('quits at once, without a window, IPC or opening the database', async () => {
    const second = launchShell({ env: { KTTT_STUB_LOCK: 'taken' } });
    try {
      const atQuit = await second.quit;
      expect(atQuit).toMatchObject({ lockRequests: 1, quitRequested: true, windows: [], ipcChannels: [], errors: [], dialogs: [] });
      expect((await second.exit).code).toBe(0);
      expect(fs.existsSync(second.paths.db)).toBe(false);
    } finally {
      await second.dispose();
    }
  });
});

describe('the shell on a damaged database', () => {
  it('says so in a dialog and quits, without a window or an unhandled error', async () => {
    const damaged = launchShell({
      prepare: (paths) => {
        fs.mkdirSync(path.dirname(paths.db), { recursive: true });
        fs.writeFileSync(paths.db, 'không phải tệp SQLite '.repeat(500));
      },
    });
    try {
      const atQuit = await damaged.quit;
      expect(atQuit).toMatchObject({ quitRequested: true, windows: [], ipcChannels: [], errors: [] });
      expect(atQuit.dialogs).toHaveLength(1);
      expect(atQuit.dialogs[0]?.kind).toBe('showErrorBox');
      expect((await damaged.exit).code).toBe(0);
    } finally {
      await damaged.dispose();
    }
  });
});
