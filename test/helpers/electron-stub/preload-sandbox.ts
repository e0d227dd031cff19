// Runs the built preload as Electron runs a sandboxed one: a fresh JavaScript context, a wrapper that
// hands it require/process/Buffer/global/timers, and a require that knows only the few modules a
// sandboxed preload may load. `electron` is a stub recording contextBridge and ipcRenderer use.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import timers from 'node:timers';
import url from 'node:url';
import vm from 'node:vm';

export interface Invocation {
  channel: string;
  args: unknown[];
}

export interface PreloadRun {
  /** What exposeInMainWorld was given, by key. */
  exposed: Map<string, unknown>;
  invocations: Invocation[];
  /** Modules the preload asked require for, refused ones included. */
  required: string[];
  listenerCount(channel: string): number;
  /** Plays a message from the main process (webContents.send) to the page. */
  emit(channel: string, payload: unknown): void;
}

type Listener = (event: unknown, ...args: unknown[]) => void;

/** The part of ipcRenderer a sandboxed preload may use for the app: invoke, and listening to pushes. */
interface StubIpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): StubIpcRenderer;
  removeListener(channel: string, listener: Listener): StubIpcRenderer;
}

/** The modules Electron's sandboxed preload require() offers; anything else throws, as it does there. */
const SANDBOX_MODULES = new Map<string, unknown>([
  ['events', { EventEmitter, default: EventEmitter }],
  ['timers', timers],
  ['url', url],
]);

/** `answer` stands in for the main process: what ipcRenderer.invoke resolves to for a channel and input. */
export function runSandboxedPreload(
  file: string,
  answer: (channel: string, input: unknown) => unknown = () => ({ ok: true, value: null }),
): PreloadRun {
  const exposed = new Map<string, unknown>();
  const invocations: Invocation[] = [];
  const required: string[] = [];
  const listeners = new Map<string, Listener[]>();
  const ipcRenderer: StubIpcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      invocations.push({ channel, args });
      return Promise.resolve(answer(channel, args[0]));
    },
    on(channel: string, listener: Listener): StubIpcRenderer {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener): StubIpcRenderer {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, value: unknown): void {
      if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
      exposed.set(key, value);
    },
  };
  const electron = { contextBridge, ipcRenderer };

  const require = (name: string): unknown => {
    required.push(name);
    const bare = name.startsWith('node:') ? name.slice(5) : name;
    if (bare === 'electron') return electron;
    const allowed = SANDBOX_MODULES.get(bare);
    if (allowed === undefined) throw new Error(`module not found: ${name}`);
    return allowed;
  };

  const context = vm.createContext({});
  const params = ['require', 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'exports', 'module'];
  const wrapped = vm.compileFunction(fs.readFileSync(file, 'utf8'), params, { filename: file, parsingContext: context });
  const preloadModule = { exports: {} };
  const sandboxProcess = { platform: process.platform, versions: { ...process.versions }, env: {} };
  wrapped(
    require,
    sandboxProcess,
    Buffer,
    vm.runInContext('globalThis', context),
    setImmediate,
    clearImmediate,
    preloadModule.exports,
    preloadModule,
  );

  return {
    exposed,
    invocations,
    required,
    listenerCount: (channel) => (listeners.get(channel) ?? []).length,
    emit(channel, payload) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, payload);
    },
  };
}
