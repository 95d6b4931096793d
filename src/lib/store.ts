// One value that components and modules watch: `subscribe` and `get` are stable functions, so they go
// straight into React's useSyncExternalStore (`useSyncExternalStore(store.subscribe, store.get)`).
export interface Store<T> {
  get(): T;
  /** Replaces the value and tells every listener; setting the same value (Object.is) tells nobody. */
  set(value: T): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
