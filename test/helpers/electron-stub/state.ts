// What the stubbed Electron has been asked so far, held as live objects in the child process;
// control.ts turns it into a ShellSnapshot for the test.
import type { DialogRecord } from './protocol.ts';
import type { BrowserWindow, StubWebContents } from './window.ts';

export type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
export type PermissionRequestHandler = (
  contents: StubWebContents,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void;
export type PermissionCheckHandler = (contents: StubWebContents | null, permission: string, origin: string, details: object) => boolean;

export interface StubState {
  lockRequests: number;
  quitRequested: boolean;
  /** Every window ever made, closed ones included (each knows whether it is destroyed). */
  windows: BrowserWindow[];
  ipc: Map<string, IpcHandler>;
  permissionRequest: PermissionRequestHandler | null;
  permissionCheck: PermissionCheckHandler | null;
  menu: string[] | null;
  dialogs: DialogRecord[];
  errors: string[];
  /** Called once the stubbed app has finished quitting; control.ts reports and ends the process. */
  onQuit: (() => void) | null;
}

export const state: StubState = {
  lockRequests: 0,
  quitRequested: false,
  windows: [],
  ipc: new Map(),
  permissionRequest: null,
  permissionCheck: null,
  menu: null,
  dialogs: [],
  errors: [],
  onQuit: null,
};

/** Electron's preventable events carry preventDefault; the stub reads back whether the app called it. */
export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable<T extends object>(fields: T): T & PreventableEvent {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export function describeError(reason: unknown): string {
  return reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
}
