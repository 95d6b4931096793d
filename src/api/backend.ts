// In the demo build the backend is the fake world's service worker. It starts when first needed (the first
// request, or once the first screen has shown), not before the first paint: its ~70 KB would delay it
// (docs/decisions/0018). Requests wait here until it runs, so none escapes it. The product build never
// sets a starter: its backend is already there.
import { createStore } from "../lib/store";

let starter: (() => Promise<unknown>) | undefined;
let started: Promise<unknown> | undefined;
let scheduled: Promise<unknown> | undefined;
const running = createStore(true);

/** Bootstrap, when mocks are on: how to start the backend. */
export function backendStartsWith(start: () => Promise<unknown>): void {
  starter = start;
  started = undefined;
  scheduled = undefined;
  running.set(false);
}

/** Starts the backend now, once; resolves when it can answer, rejects when it cannot start. */
export function startBackend(): Promise<unknown> {
  if (!starter) return Promise.resolve();
  started ??= starter().then((value) => {
    running.set(true);
    return value;
  });
  return started;
}

/**
 * Resolves once the backend can answer. Nobody having started it yet, it starts after the first paint: a
 * request made while the first screen renders must not hold that paint back.
 */
export function backendReady(): Promise<unknown> {
  if (!starter) return Promise.resolve();
  return started ?? (scheduled ??= afterFirstPaint().then(startBackend));
}

/**
 * After the page's first contentful paint (at once when it has happened), or 200 ms at most: where paint
 * timing is missing or a background tab paints nothing.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName("first-contentful-paint").length > 0) done();
      });
      observer.observe({ type: "paint", buffered: true });
    } catch {
      // no paint timing here: the timer below decides
    }
    setTimeout(done, 200);
  });
}

/**
 * Whether the backend runs, without starting it: for requests that may wait until something else needed
 * it (the demo bar's fake time must not pull the fake world onto the first paint). For useSyncExternalStore.
 */
export const backendRunning: () => boolean = running.get;
export const subscribeBackend: (listener: () => void) => () => void = running.subscribe;
