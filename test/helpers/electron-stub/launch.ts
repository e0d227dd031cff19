// The test's side: starts the built main process under plain Node with the stubbed `electron`, in a
// temp home with its own database, and talks to it over the fork() channel.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../paths.ts';
import type { Answers, ChildMessage, CommandOf, Op, ParentMessage, ShellSnapshot } from './protocol.ts';

export const MAIN_JS = path.join(REPO_ROOT, 'out', 'main', 'main.js');
const REGISTER = path.join(import.meta.dirname, 'register.ts');

export interface ShellPaths {
  dir: string;
  home: string;
  db: string;
  /** Where Electron's app.getPath('userData') points for this run (XDG on Linux, APPDATA on Windows). */
  userData: string;
}

export interface ShellExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export interface ShellChild {
  paths: ShellPaths;
  request<O extends Op>(command: CommandOf<O>): Promise<Answers[O]>;
  /** Polls snapshots until `done` holds, the main process reports an error, or the time is up. */
  waitFor(done: (s: ShellSnapshot) => boolean, timeoutMs?: number): Promise<ShellSnapshot>;
  /** The snapshot the stub sent as the app quit. */
  quit: Promise<ShellSnapshot>;
  exit: Promise<ShellExit>;
  /** Ends the child if still running and removes its temp folder. */
  dispose(): Promise<void>;
}

function shellPaths(): ShellPaths {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-shell-'));
  const home = path.join(dir, 'home');
  // The stub's app.getPath('appData') under this HOME/APPDATA (XDG_CONFIG_HOME is not passed on).
  const appData =
    process.platform === 'win32'
      ? path.join(home, 'AppData', 'Roaming')
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : path.join(home, '.config');
  fs.mkdirSync(appData, { recursive: true });
  fs.mkdirSync(path.join(dir, 'electron', 'resources'), { recursive: true });
  return { dir, home, db: path.join(dir, 'data', 'kttt.sqlite'), userData: path.join(appData, 'KTTT') };
}

/** Only what the run needs: no inherited KTTT_DB, XDG_CONFIG_HOME, ELECTRON_RENDERER_URL or NODE_OPTIONS. */
function childEnv(paths: ShellPaths, extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'SYSTEMROOT', 'TEMP', 'TMP', 'TMPDIR'].filter((k) => process.env[k] !== undefined);
  return {
    ...Object.fromEntries(keep.map((k) => [k, process.env[k]])),
    HOME: paths.home,
    USERPROFILE: paths.home,
    APPDATA: path.join(paths.home, 'AppData', 'Roaming'),
    KTTT_DB: paths.db,
    KTTT_STUB_RESOURCES_PATH: path.join(paths.dir, 'electron', 'resources'),
    ...extra,
  };
}

export interface LaunchOptions {
  /** Added to the child's environment (KTTT_STUB_LOCK=taken plays a second instance). */
  env?: Record<string, string>;
  /** Runs before the start, to lay files in the temp home (a damaged database, a window state). */
  prepare?: (paths: ShellPaths) => void;
}

export function launchShell(options: LaunchOptions = {}): ShellChild {
  if (!fs.existsSync(MAIN_JS)) throw new Error(`build first (npm run build): ${MAIN_JS} is missing`);
  const paths = shellPaths();
  options.prepare?.(paths);
  // cwd is the temp folder, not the repo: Electron apps are started from anywhere (a shortcut, Explorer).
  const child = fork(MAIN_JS, [], {
    cwd: paths.dir,
    env: childEnv(paths, options.env ?? {}),
    execArgv: ['--import', pathToFileURL(REGISTER).href],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdout?.resume();

  const pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  let nextId = 1;
  let quitSnapshot: (s: ShellSnapshot) => void = () => undefined;
  let noQuit: (err: Error) => void = () => undefined;
  const quit = new Promise<ShellSnapshot>((resolve, reject) => {
    quitSnapshot = resolve;
    noQuit = reject;
  });
  // Awaited only by tests that expect a quit; a child killed at dispose must not count as an unhandled rejection.
  quit.catch(() => undefined);
  const exit = new Promise<ShellExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr })));
  // 'exit' may come before the last messages are read; the channel's 'disconnect' comes after them.
  const disconnected = new Promise((resolve) => child.once('disconnect', resolve));
  void Promise.all([exit, disconnected]).then(([{ code, signal }]) => {
    const ended = new Error(`the main process ended (code ${code}, signal ${signal}):\n${stderr}`);
    for (const p of pending.values()) p.reject(ended);
    pending.clear();
    noQuit(ended);
  });
  child.on('message', (message: ChildMessage) => {
    if (message.kind === 'quit') return quitSnapshot(message.snapshot);
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.value);
    else waiting?.reject(new Error(`the main process answered with an error:\n${message.error}`));
  });

  function request<O extends Op>(command: CommandOf<O>): Promise<Answers[O]> {
    const id = nextId++;
    return new Promise<Answers[O]>((resolve, reject) => {
      if (!child.connected) return reject(new Error(`the main process is gone:\n${stderr}`));
      pending.set(id, { resolve: (value) => resolve(value as Answers[O]), reject });
      const message: ParentMessage = { id, command };
      child.send(message);
    });
  }

  async function waitFor(done: (s: ShellSnapshot) => boolean, timeoutMs = 45_000): Promise<ShellSnapshot> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const s = await request({ op: 'snapshot' });
      if (done(s) || s.errors.length > 0 || s.quitRequested) return s;
      if (Date.now() > until) throw new Error(`the main process did not get there in ${timeoutMs} ms: ${JSON.stringify(s)}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function dispose(): Promise<void> {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      await exit;
    }
    fs.rmSync(paths.dir, { recursive: true, force: true });
  }

  return { paths, request, waitFor, quit, exit, dispose };
}
