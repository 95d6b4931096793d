// @vitest-environment jsdom
// hardening: nothing lost (issue "speed and hardening" §4): tabs and the MSAL popup each run their own
// fake world over one stored document; every request runs alone under one lock, so none loses another's
// update. The proof in real Chromium tabs is in test/e2e/hardening.e2e.ts.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { HttpHandler } from "msw";
import { sharedBrowserStorage, World, type StateStorage } from "../../mocks/db";
import { WORLD_PATHS_ON_APP_ORIGIN, worldHandlers } from "../../mocks/handlers";
import { SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { buildScenario } from "../../mocks/scenarios";
import { noLocks, oneAtATimeLocks } from "../support/locks";

function tab(storage: StateStorage) {
  return new World({ storage, seed: (ctx) => buildScenario("work-account", ctx), appOrigin: "http://localhost" });
}

/** One request as a handler runs it: read, wait for something (a signature, a hash), then write. */
function request(world: World) {
  return world.exclusive(async () => {
    const offset = world.read((state) => state.clockOffsetMs);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    world.transact((state) => {
      state.clockOffsetMs = offset + 1000;
    });
  });
}

/** Three tabs over one stored world make 10 changes each, all at once: the changes the world kept. */
async function thirtyChangesAtOnce(locks: LockManager, name: string): Promise<number> {
  const tabs = [1, 2, 3].map(() => tab(sharedBrowserStorage(name, locks)));
  await Promise.all(tabs.flatMap((world) => Array.from({ length: 10 }, () => request(world))));
  const offset = await tabs[0]!.exclusive(async () => tabs[0]!.read((state) => state.clockOffsetMs));
  return offset / 1000;
}

describe("one world across tabs", () => {
  it("hardening: three tabs making 30 changes at once keep all 30", async () => {
    expect(await thirtyChangesAtOnce(oneAtATimeLocks(), "tabs-locked")).toBe(30);
  });

  it("hardening: without the lock the same changes are lost (the check above can fail)", async () => {
    expect(await thirtyChangesAtOnce(noLocks(), "tabs-unlocked")).toBeLessThan(30);
  });

  it("hardening: the world cannot be read or written outside a request's lock", () => {
    const world = tab(sharedBrowserStorage("tabs-outside", oneAtATimeLocks()));
    expect(() => world.read((state) => state.version)).toThrow(/outside a request/);
  });

  it("hardening: every handler of the world answers only under the lock (its path on the app's origin is one the lock covers)", () => {
    const appOrigin = "http://localhost";
    const handlers = worldHandlers({
      world: tab(sharedBrowserStorage("tabs-paths", oneAtATimeLocks())),
      appOrigin,
      clientId: SIMULATOR_CLIENT_ID,
    });
    const sameOrigin = handlers.flatMap((handler) => {
      const path = handler instanceof HttpHandler ? handler.info.path : undefined;
      return typeof path === "string" && path.startsWith(appOrigin) ? [path.slice(appOrigin.length)] : [];
    });
    expect(sameOrigin.length).toBeGreaterThan(5);
    for (const path of sameOrigin)
      expect(
        WORLD_PATHS_ON_APP_ORIGIN.some((prefix) => path.startsWith(prefix)),
        path,
      ).toBe(true);
  });
});
