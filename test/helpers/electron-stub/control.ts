// The child's side of the fork() channel: answers the test's commands by reading the stub's records or
// by playing what Electron would do (navigate, open a window, ask a permission, call over IPC, …).
import { app } from './app.ts';
import type { Answers, ChildMessage, Command, ContentsChoice, FrameChoice, Op, ParentMessage, ShellSnapshot } from './protocol.ts';
import { describeError, preventable, state } from './state.ts';
import { BrowserWindow, StubWebContents } from './window.ts';

export function snapshot(): ShellSnapshot {
  return {
    lockRequests: state.lockRequests,
    ready: app.isReady(),
    quitRequested: state.quitRequested,
    windows: state.windows.map((w) => structuredClone(w.record)),
    ipcChannels: [...state.ipc.keys()],
    permissionRequestHandler: state.permissionRequest !== null,
    permissionCheckHandler: state.permissionCheck !== null,
    menu: state.menu,
    dialogs: [...state.dialogs],
    errors: [...state.errors],
  };
}

function mainWindow(): BrowserWindow {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) throw new Error('the app has no open window');
  return win;
}

/** 'other' is a webContents the app did not make itself (a devtools or print page): app-wide rules must reach it. */
function contentsFor(choice: ContentsChoice): StubWebContents {
  if (choice === 'window') return mainWindow().webContents;
  const contents = new StubWebContents();
  app.emit('web-contents-created', preventable({}), contents);
  return contents;
}

async function invoke(channel: string, input: unknown, frame: FrameChoice): Promise<Answers['invoke']> {
  const handler = state.ipc.get(channel);
  if (!handler) throw new Error(`no ipcMain handler for '${channel}'`);
  const win = mainWindow();
  const url = frame.url === 'window' ? win.webContents.getURL() : frame.url;
  // The fields of IpcMainInvokeEvent the app may read; a subframe has a parent frame.
  const senderFrame = { url, parent: frame.top ? null : { url: win.webContents.getURL(), parent: null } };
  const event = { sender: win.webContents, senderFrame, frameId: 1, processId: 1 };
  // The input crosses a process boundary in Electron too: the handler gets a structured clone.
  return { result: await handler(event, structuredClone(input)) };
}

function requestPermission(permission: string): Answers['request-permission'] {
  const contents = mainWindow().webContents;
  let requested: boolean | 'no answer' = 'no answer';
  state.permissionRequest?.(contents, permission, (granted) => (requested = granted), { requestingUrl: 'https://example.com/' });
  const checked = state.permissionCheck ? state.permissionCheck(contents, permission, 'https://example.com', {}) : 'no handler';
  return { requested, checked };
}

async function perform(command: Command): Promise<Answers[Op]> {
  switch (command.op) {
    case 'snapshot':
      return snapshot();
    case 'navigate': {
      const event = preventable({ url: command.url });
      // Electron 45 still passes the deprecated url and frame arguments after the event.
      contentsFor(command.contents).emit('will-navigate', event, command.url, false, true, 1, 1);
      return { prevented: event.defaultPrevented };
    }
    case 'open-window': {
      const handler = contentsFor(command.contents).openHandler;
      // Without a handler Electron opens the window: say so rather than invent a refusal.
      return { answer: handler ? handler({ url: command.url, frameName: '', features: '', disposition: 'new-window' }) : 'no handler' };
    }
    case 'attach-webview': {
      const event = preventable({});
      contentsFor(command.contents).emit('will-attach-webview', event, {}, {});
      return { prevented: event.defaultPrevented };
    }
    case 'request-permission':
      return requestPermission(command.permission);
    case 'invoke':
      return invoke(command.channel, command.input, command.frame);
    case 'minimize':
      mainWindow().minimize();
      return null;
    case 'second-instance': {
      const win = mainWindow();
      const from = win.record.calls.length;
      app.emit('second-instance', preventable({}), [process.execPath, '--second'], process.cwd(), {});
      return { calls: win.record.calls.slice(from) };
    }
    case 'close-window':
      mainWindow().close();
      return null;
  }
}

function send(message: ChildMessage, then?: () => void): void {
  process.send?.(message, undefined, undefined, () => then?.());
}

/** Answers the test's commands; when the app quits, sends the last snapshot and ends, as Electron's process would. */
export function listen(): void {
  if (!process.send) throw new Error('electron stub: start the main process with child_process.fork, which opens the channel');
  process.on('message', (message: ParentMessage) => {
    perform(message.command).then(
      (value) => send({ kind: 'answer', id: message.id, ok: true, value }),
      (err: unknown) => send({ kind: 'answer', id: message.id, ok: false, error: describeError(err) }),
    );
  });
  state.onQuit = () => send({ kind: 'quit', snapshot: snapshot() }, () => process.exit(0));
}
