// In the demo build the backend is the fake world's service worker. It starts when first needed (the first
// request, or once the first screen has shown), not before the first paint: its ~70 KB would delay it
// (docs/decisions/0018). Requests wait here until it runs, so none escapes it. The product build never
// sets a starter: its backend is already there.
let starter: (() => Promise<unknown>) | undefined;
let started: Promise<unknown> | undefined;

/** Bootstrap, when mocks are on: how to start the backend. */
export function backendStartsWith(start: () => Promise<unknown>): void {
  starter = start;
  started = undefined;
}

/** Resolves once the backend can answer (starting it on first call); rejects when it cannot start. */
export function backendReady(): Promise<unknown> {
  if (!starter) return Promise.resolve();
  started ??= starter();
  return started;
}
