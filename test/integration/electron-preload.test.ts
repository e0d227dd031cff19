import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNEL, channelOf, methodNames, type PushEvent } from '../../src-main/contract/index.ts';
import { runSandboxedPreload, type PreloadRun } from '../helpers/electron-stub/preload-sandbox.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

// The built preload, run as Electron runs a sandboxed one, against a stub contextBridge and ipcRenderer.

const PRELOAD = path.join(REPO_ROOT, 'out', 'preload', 'preload.cjs');

type Method = (input?: unknown) => Promise<unknown>;
type OnEvent = (name: string, listener: (payload: unknown) => void) => () => void;

function exposedApi(run: PreloadRun): Record<string, unknown> {
  const api = run.exposed.get('api');
  if (typeof api !== 'object' || api === null) throw new Error('the preload exposed no api object');
  return api as Record<string, unknown>;
}

function fn<T>(api: Record<string, unknown>, name: string): T {
  const value = api[name];
  if (typeof value !== 'function') throw new Error(`api.${name} is not a function`);
  return value as T;
}

describe('the built preload', () => {
  let run: PreloadRun;
  let api: Record<string, unknown>;

  beforeAll(() => {
    expect(fs.existsSync(PRELOAD), 'build first: npm run build').toBe(true);
    // Each call answers with its own channel and input, so a test can tell which call got which answer.
    run = runSandboxedPreload(PRELOAD, (channel, input) => ({ ok: true, value: { channel, input } }));
    api = exposedApi(run);
  });

  it('loads in a sandbox, needing nothing but electron', () => {
    expect(run.required).toEqual(['electron']);
  });

  it('exposes one object, api, with one function per contract method and onEvent, nothing else', () => {
    expect([...run.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'onEvent'].sort());
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
  });

  it('sends each method on its own channel, with the input as given', async () => {
    run.invocations.length = 0;
    for (const name of methodNames) {
      const input = { probe: name };
      await expect(fn<Method>(api, name)(input)).resolves.toEqual({ ok: true, value: { channel: channelOf(name), input } });
    }
    expect(run.invocations).toEqual(methodNames.map((name) => ({ channel: channelOf(name), args: [{ probe: name }] })));
  });

  it('sends an empty object for a call without input', async () => {
    run.invocations.length = 0;
    await fn<Method>(api, 'settings.get')();
    expect(run.invocations).toEqual([{ channel: channelOf('settings.get'), args: [{}] }]);
  });

  it('delivers the pushed events of the name subscribed to, until unsubscribed', () => {
    const onEvent = fn<OnEvent>(api, 'onEvent');
    const progress: unknown[] = [];
    const changed: unknown[] = [];
    const stopProgress = onEvent('task.progress', (p) => progress.push(p));
    const stopChanged = onEvent('data.changed', (p) => changed.push(p));
    expect(run.listenerCount(EVENT_CHANNEL)).toBe(2);

    const tick: PushEvent<'task.progress'> = { name: 'task.progress', payload: { taskId: 't1', done: 1, total: 4, label: 'Đang đọc' } };
    const saved: PushEvent<'data.changed'> = { name: 'data.changed', payload: { area: 'registry' } };
    run.emit(EVENT_CHANNEL, tick);
    run.emit(EVENT_CHANNEL, saved);
    expect(progress).toEqual([tick.payload]);
    expect(changed).toEqual([saved.payload]);

    stopProgress();
    expect(run.listenerCount(EVENT_CHANNEL)).toBe(1);
    run.emit(EVENT_CHANNEL, tick);
    expect(progress).toHaveLength(1);
    stopChanged();
    expect(run.listenerCount(EVENT_CHANNEL)).toBe(0);
  });
});
