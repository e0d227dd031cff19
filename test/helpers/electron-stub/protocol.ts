// What the test process and the stubbed Electron main process say to each other over the fork() channel.
// Types only: both sides import it, and the child runs it through Node's type stripping.
import type { BrowserWindowConstructorOptions } from 'electron';

/** Which webContents a probe talks to: the app's window, or a fresh one announced by 'web-contents-created'. */
export type ContentsChoice = 'window' | 'other';

/** The frame a probed IPC call claims to come from; 'window' means the page the window actually loaded. */
export interface FrameChoice {
  url: 'window' | (string & {});
  top: boolean;
}

export type Command =
  | { op: 'snapshot' }
  | { op: 'navigate'; contents: ContentsChoice; url: string }
  | { op: 'open-window'; contents: ContentsChoice; url: string }
  | { op: 'attach-webview'; contents: ContentsChoice }
  | { op: 'request-permission'; permission: string }
  | { op: 'invoke'; channel: string; input: unknown; frame: FrameChoice }
  | { op: 'minimize' }
  | { op: 'second-instance' }
  | { op: 'close-window' };

export type Op = Command['op'];
export type CommandOf<O extends Op> = Extract<Command, { op: O }>;

export interface Answers {
  snapshot: ShellSnapshot;
  navigate: { prevented: boolean };
  'open-window': { answer: unknown };
  'attach-webview': { prevented: boolean };
  /** What the request handler called back with ('no answer' if it never did), and what the check handler returned. */
  'request-permission': { requested: boolean | 'no answer'; checked: boolean | 'no handler' };
  invoke: { result: unknown };
  minimize: null;
  'second-instance': { calls: string[] };
  'close-window': null;
}

export interface LoadRecord {
  kind: 'file' | 'url';
  target: string;
}

export interface WindowRecord {
  options: BrowserWindowConstructorOptions;
  loads: LoadRecord[];
  /** The URL the page was loaded from, as Electron's loadFile would make it. */
  url: string;
  /** Window methods the app called, in order (show, focus, restore, …). */
  calls: string[];
  destroyed: boolean;
}

export interface DialogRecord {
  kind: 'showMessageBox' | 'showErrorBox';
  text: string;
}

export interface ShellSnapshot {
  lockRequests: number;
  ready: boolean;
  quitRequested: boolean;
  windows: WindowRecord[];
  ipcChannels: string[];
  permissionRequestHandler: boolean;
  permissionCheckHandler: boolean;
  /** Top-level labels of the application menu, or null if none was set. */
  menu: string[] | null;
  dialogs: DialogRecord[];
  /** Unhandled rejections and uncaught exceptions in the main process. */
  errors: string[];
}

export type ChildMessage =
  | { kind: 'answer'; id: number; ok: true; value: unknown }
  | { kind: 'answer'; id: number; ok: false; error: string }
  | { kind: 'quit'; snapshot: ShellSnapshot };

export interface ParentMessage {
  id: number;
  command: Command;
}
