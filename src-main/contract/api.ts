import type { Result } from './errors.ts';
import type { EventName, EventPayloads } from './events.ts';
import type { InputOf, MethodName, OutputOf } from './methods.ts';

/** What the preload exposes as window.api: one function per method, plus event subscription. */
export type MethodFunctions = {
  [M in MethodName]: (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

export interface ExposedApi extends MethodFunctions {
  /** Subscribe to push events; returns the function that unsubscribes. */
  onEvent<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
