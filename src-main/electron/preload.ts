import { contextBridge, ipcRenderer } from 'electron';
import type { ExposedApi, EventName, EventPayloads, PushEvent } from '../contract/index.ts';
import { EVENT_CHANNEL, channelOf, methodNames } from '../contract/index.ts';

/**
 * One function per contract method, each bound to its own channel: the page cannot send on any other
 * channel, and never sees ipcRenderer itself.
 */
const api: Record<string, unknown> = {};
for (const name of methodNames) {
  api[name] = (input: unknown) => ipcRenderer.invoke(channelOf(name), input ?? {});
}
api.onEvent = <E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void) => {
  const handler = (_event: unknown, event: PushEvent) => {
    if (event.name === name) listener(event.payload as EventPayloads[E]);
  };
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld('api', api as unknown as ExposedApi);
