// A stand-in for the browser's Web Locks API (navigator.locks) in node: requests for one name run one at a
// time, in order — which is all the fake world relies on.
export function oneAtATimeLocks(): LockManager {
  const queues = new Map<string, Promise<unknown>>();
  const request = (name: string, ...rest: unknown[]) => {
    const callback = rest.at(-1) as (lock: Lock | null) => Promise<unknown>;
    const previous = queues.get(name) ?? Promise.resolve();
    const result = previous.then(() => callback({ name, mode: "exclusive" } as Lock));
    queues.set(
      name,
      result.catch(() => undefined),
    );
    return result;
  };
  return { request, query: async () => ({ held: [], pending: [] }) } as unknown as LockManager;
}

const runAtOnce = (_name: string, ...rest: unknown[]) => (rest.at(-1) as (lock: Lock | null) => Promise<unknown>)(null);

/** Locks that lock nothing: what the world store would be without them. */
export function noLocks(): LockManager {
  return { request: runAtOnce, query: async () => ({ held: [], pending: [] }) } as unknown as LockManager;
}
