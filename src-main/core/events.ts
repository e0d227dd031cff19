import type { EventName, EventPayloads, PushEvent } from '../contract/index.ts';

type Listener = (event: PushEvent) => void;

/** In-process fan-out of push events; each door forwards them its own way (IPC, SSE, stdout). */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayloads[E]): void {
    for (const l of this.listeners) l({ name, payload } as PushEvent);
  }
}
