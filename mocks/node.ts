// The fake world for tests: msw/node with every handler, the world in memory, an injectable clock — the
// public entry (mocks/index.ts) as the simulator's own tests use it.
import { setupServer } from "msw/node";
import { SIMULATOR_CLIENT_ID } from "../src/api/endpoints";
import type { Clock } from "./domain/clock";
import { createFakeEntra } from "./index";

/** The origin tests run on (vitest's jsdom default). */
export const TEST_ORIGIN = "http://localhost:3000";

export function createTestWorld(options: { clock?: Clock; appOrigin?: string } = {}) {
  return createFakeEntra({ appOrigin: options.appOrigin ?? TEST_ORIGIN, clock: options.clock }).world;
}

export const fakeEntra = createFakeEntra({ appOrigin: TEST_ORIGIN, clientId: SIMULATOR_CLIENT_ID });

export const world = fakeEntra.world;

export const server = setupServer(...fakeEntra.handlers);
