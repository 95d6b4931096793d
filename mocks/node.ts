// The fake world for tests: msw/node with every handler, the world in memory, an injectable clock.
import { setupServer } from "msw/node";
import { SIMULATOR_CLIENT_ID } from "../src/api/endpoints";
import { memoryStorage, World } from "./db";
import type { Clock } from "./domain/clock";
import { createHandlers } from "./handlers";
import { buildScenario, DEFAULT_SCENARIO } from "./scenarios";

/** The origin tests run on (vitest's jsdom default). */
export const TEST_ORIGIN = "http://localhost:3000";

export function createTestWorld(options: { clock?: Clock; appOrigin?: string } = {}) {
  return new World({
    storage: memoryStorage(),
    seed: (ctx) => buildScenario(DEFAULT_SCENARIO, ctx),
    appOrigin: options.appOrigin ?? TEST_ORIGIN,
    clock: options.clock,
  });
}

export const world = createTestWorld();

export const server = setupServer(...createHandlers({ world, appOrigin: TEST_ORIGIN, clientId: SIMULATOR_CLIENT_ID }));
