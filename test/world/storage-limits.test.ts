// @vitest-environment jsdom
// hardening: nothing bricks the world (issue "speed and hardening" §4): a state from a newer version is
// named as such, a full storage says so in words, and a mailbox address is decoded once.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryStorage, sharedBrowserStorage, World } from "../../mocks/db";
import { DomainError } from "../../mocks/domain/errors";
import { STATE_VERSION } from "../../mocks/domain/state";
import { buildScenario } from "../../mocks/scenarios";
import { api } from "../support/api";
import { oneAtATimeLocks } from "../support/locks";

afterEach(() => vi.restoreAllMocks());

describe("the world store's limits", () => {
  it("hardening: a state saved by a newer version is replaced and named as such", () => {
    const storage = memoryStorage();
    storage.save(JSON.stringify({ version: STATE_VERSION + 1 }));
    const world = new World({ storage, seed: (ctx) => buildScenario("work-account", ctx), appOrigin: "http://localhost" });
    expect(world.read((s) => s.version)).toBe(STATE_VERSION);
    expect(world.recoveredFrom).toBe("newer-version");
  });

  it("hardening: a full storage is a StorageFull error in words, not a crash", async () => {
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const storage = sharedBrowserStorage("test-world-full", oneAtATimeLocks());
    const save = storage.exclusive!(async () => storage.save("{}"));
    await expect(save).rejects.toThrow(DomainError);
    await expect(storage.exclusive!(async () => storage.save("{}"))).rejects.toThrow(/storage for this site is full/);
  });

  it("hardening: a mailbox address is decoded once (an encoded % stays a %, and is refused as an address)", async () => {
    const res = await fetch(`${api}/mailbox/${encodeURIComponent("100%@example.com")}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("BadRequest");
  });
});
