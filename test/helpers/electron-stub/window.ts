// The stubbed BrowserWindow and its webContents: they record what the app asks of them and emit the
// events a real window would (web-contents-created, ready-to-show, close, closed).
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import { app } from './app.ts';
import type { WindowRecord } from './protocol.ts';
import { preventable, state } from './state.ts';

export type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => unknown;

export class StubWebContents extends EventEmitter {
  url = '';
  destroyed = false;
  openHandler: WindowOpenHandler | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.openHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  getURL(): string {
    return this.url;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }

  print(): void {
    // the print dialog is Chromium's; nothing to record beyond the call itself
  }

  printToPDF(): Promise<Uint8Array> {
    return Promise.reject(new Error('electron stub: no Chromium to print with'));
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new StubWebContents();
  readonly record: WindowRecord;
  private minimized = false;
  private maximized = false;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    // Electron refuses too: a window needs the GPU and display, which exist only after 'ready'.
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.record = { options: structuredClone(options), loads: [], url: '', calls: [], destroyed: false };
    state.windows.push(this);
    app.emit('web-contents-created', preventable({}), this.webContents);
  }

  static getAllWindows(): BrowserWindow[] {
    return state.windows.filter((w) => !w.isDestroyed());
  }

  /** Electron resolves the file against the app folder and fails with ERR_FILE_NOT_FOUND when it is missing. */
  loadFile(file: string): Promise<void> {
    this.record.loads.push({ kind: 'file', target: file });
    const full = path.resolve(app.getAppPath(), file);
    if (!fs.existsSync(full)) return Promise.reject(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${pathToFileURL(full).href}'`));
    return this.arrive(pathToFileURL(full).href);
  }

  loadURL(url: string): Promise<void> {
    this.record.loads.push({ kind: 'url', target: url });
    return this.arrive(url);
  }

  private arrive(url: string): Promise<void> {
    this.webContents.url = url;
    this.record.url = url;
    return new Promise((resolve) =>
      setImmediate(() => {
        this.webContents.emit('did-finish-load');
        this.emit('ready-to-show');
        resolve();
      }),
    );
  }

  private called(name: string): void {
    this.record.calls.push(name);
  }

  show(): void {
    this.called('show');
  }

  focus(): void {
    this.called('focus');
  }

  restore(): void {
    this.called('restore');
    this.minimized = false;
  }

  minimize(): void {
    this.called('minimize');
    this.minimized = true;
  }

  maximize(): void {
    this.called('maximize');
    this.maximized = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isDestroyed(): boolean {
    return this.record.destroyed;
  }

  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return {
      x: this.record.options.x ?? 0,
      y: this.record.options.y ?? 0,
      width: this.record.options.width ?? 800,
      height: this.record.options.height ?? 600,
    };
  }

  /** 'close' may be prevented; then 'closed', and with the last window gone, 'window-all-closed' (or quit, if no one listens). */
  close(): void {
    if (this.isDestroyed()) return;
    const event = preventable({});
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }

  destroy(): void {
    if (this.isDestroyed()) return;
    this.called('destroy');
    this.record.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0 && !app.isQuitting()) {
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
      else app.quit();
    }
  }
}
