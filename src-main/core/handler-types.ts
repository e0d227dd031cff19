import type { MethodName, OutputOf, ParsedInputOf } from '../contract/index.ts';

/** Handlers of a subset of the contract's methods; each feature builds its own and handlers.ts merges them. */
export type HandlersFor<K extends MethodName> = {
  [M in K]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> | OutputOf<M>;
};

export type Handlers = HandlersFor<MethodName>;
