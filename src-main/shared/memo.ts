/**
 * Remembered results, for the pure functions an import calls once per cell or per row with the same few
 * thousand arguments (syllables, words, names). `limit` bounds the memory: past it everything is
 * forgotten at once, which costs one re-computation per argument and keeps a file of one-off texts from
 * growing the map forever. `fn` must never return undefined.
 */
export function remembered<A, R>(limit: number, fn: (arg: A) => R): (arg: A) => R {
  const known = new Map<A, R>();
  return (arg) => {
    let result = known.get(arg);
    if (result === undefined) {
      if (known.size >= limit) known.clear();
      result = fn(arg);
      known.set(arg, result);
    }
    return result;
  };
}

/** Results remembered for as long as their argument object lives (field lists, option lists). */
export function perObject<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const known = new WeakMap<K, R>();
  return (key) => {
    let result = known.get(key);
    if (result === undefined) {
      result = fn(key);
      known.set(key, result);
    }
    return result;
  };
}
