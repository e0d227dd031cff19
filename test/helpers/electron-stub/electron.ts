// The `electron` module the built main process gets in tests (register.ts points the bare specifier
// here). Only what src-main/electron uses is stubbed: a new import the stub lacks fails the test at
// link time, which is the cue to stub it here too.
import { app } from './app.ts';
import type { DialogRecord } from './protocol.ts';
import { state, type PermissionCheckHandler, type PermissionRequestHandler } from './state.ts';
import { BrowserWindow } from './window.ts';

export { app, BrowserWindow };

export const ipcMain = {
  /** Electron throws on a second handler for one channel; so does the stub, so a double registration shows. */
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void {
    if (state.ipc.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.ipc.set(channel, listener);
  },
  removeHandler(channel: string): void {
    state.ipc.delete(channel);
  },
};

const defaultSession = {
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    state.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    state.permissionCheck = handler;
  },
};

export const session = {
  /** Electron's sessions exist only once the app is ready. */
  get defaultSession(): typeof defaultSession {
    if (!app.isReady()) throw new Error('Session can only be received when app is ready');
    return defaultSession;
  },
};

interface MenuItemTemplate {
  label?: string;
  role?: string;
}

class StubMenu {
  readonly labels: string[];
  constructor(template: readonly MenuItemTemplate[]) {
    this.labels = template.map((item) => item.label ?? item.role ?? '');
  }
}

export const Menu = {
  buildFromTemplate(template: readonly MenuItemTemplate[]): StubMenu {
    return new StubMenu(template);
  },
  setApplicationMenu(menu: StubMenu | null): void {
    state.menu = menu ? menu.labels : null;
  },
};

interface MessageBoxOptions {
  message: string;
  cancelId?: number;
}

function record(kind: DialogRecord['kind'], text: string): void {
  state.dialogs.push({ kind, text });
}

export const dialog = {
  /** Answers with the cancel button: the stub never takes a choice that would change the user's data. */
  showMessageBox(
    first: MessageBoxOptions | BrowserWindow,
    second?: MessageBoxOptions,
  ): Promise<{ response: number; checkboxChecked: boolean }> {
    const options = first instanceof BrowserWindow ? second : first;
    record('showMessageBox', options?.message ?? '');
    return Promise.resolve({ response: options?.cancelId ?? 0, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    record('showErrorBox', `${title}: ${content}`);
  },
};

export const shell = {
  /** Electron answers '' when the folder opened; nothing is opened in a test. */
  openPath(_target: string): Promise<string> {
    return Promise.resolve('');
  },
};
