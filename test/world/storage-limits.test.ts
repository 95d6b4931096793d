// @vitest-environment jsdom
// hardening: nothing bricks the world (issue "speed and hardening" §4): a state from a newer version is
// named as such, a full storage says so in words, and a mailbox address is decoded once.
import { afterEach, describe, expect, it, vi } from "vitest";
import { localStorageStorage, memoryStorage, World } from "../../mocks/db";
import { DomainError } from "../../mocks/domain/errors";
import { STATE_VERSION } from "../../mocks/domain/state";
import { buildScenario } from "../../mocks/scenarios";
import { api } from "../support/api";

afterEach(() => vi.restoreAllMocks());

describe("the world store's limits", () => {
  it("hardening: a state saved by a newer version is replaced and named as such", () => {
    const storage = memoryStorage();
    storage.save(JSON.stringify({ version: STATE_VERSION + 1 }));
    const world = new World({ storage, seed: (ctx) => buildScenario("work-account", ctx), appOrigin: "http://localhost" });
    expect(world.read((s) => s.version)).toBe(STATE_VERSION);
    expect(world.recoveredFrom).toBe("newer-version");
  });

  it("hardening: a full storage is a StorageFull error in words, not a crash", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const storage = localStorageStorage("test-world");
    expect(() => storage.save("{}")).toThrow(DomainError);
    expect(() => storage.save("{}")).toThrow(/storage for this site is full/);
  });

  it("hardening: a mailbox address is decoded once (an encoded % stays a %, and is refused as an address)", async () => {
    const res = await fetch(`${api}/mailbox/${encodeURIComponent("100%@example.com")}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("BadRequest");
  });
});
