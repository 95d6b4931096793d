// @vitest-environment node
import { describe, expect, it } from "vitest";
import { memoryStorage, World } from "../../mocks/db";
import { buildScenario } from "../../mocks/scenarios";
import { STATE_VERSION } from "../../mocks/domain/state";

function worldWith(raw: string | null) {
  const storage = memoryStorage();
  if (raw !== null) storage.save(raw);
  return new World({ storage, seed: (ctx) => buildScenario("work-account", ctx), appOrigin: "http://localhost" });
}

describe("world store", () => {
  it("infra: seeds the default scenario when nothing is stored", () => {
    const world = worldWith(null);
    expect(world.read((s) => s.scenarioId)).toBe("work-account");
    expect(world.recoveredFrom).toBeUndefined();
  });

  it("infra: resets unreadable state and says why", () => {
    const world = worldWith("{not json");
    expect(world.read((s) => s.invitations)).toHaveLength(1);
    expect(world.recoveredFrom).toBe("unreadable");
  });

  it("infra: resets state from an older version and says why", () => {
    const world = worldWith(JSON.stringify({ version: 0, whatever: true }));
    expect(world.read((s) => s.version)).toBe(STATE_VERSION);
    expect(world.recoveredFrom).toBe("older-version");
  });

  it("infra: saves nothing when an operation throws", () => {
    const world = worldWith(null);
    expect(() =>
      world.transact((s) => {
        s.invitations = [];
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(world.read((s) => s.invitations)).toHaveLength(1);
  });

  it("infra: moves the clock by the stored offset", () => {
    let now = new Date("2026-11-24T10:00:00Z");
    const storage = memoryStorage();
    const world = new World({ storage, seed: (ctx) => buildScenario("work-account", ctx), appOrigin: "x", clock: () => now });
    world.transact((s) => {
      s.clockOffsetMs = 30 * 60_000;
    });
    now = new Date("2026-11-24T10:00:00Z");
    expect(world.read((_, ctx) => ctx.now.toISOString())).toBe("2026-11-24T10:30:00.000Z");
  });
});

describe("world store and domain failures", () => {
  it("infra: keeps the changes of a failure that says so (a counted attempt)", async () => {
    const { DomainError } = await import("../../mocks/domain/errors");
    const world = worldWith(null);
    expect(() =>
      world.transact((s) => {
        s.clockOffsetMs = 42;
        throw new DomainError("Counted", 400, "counted", {}, true);
      }),
    ).toThrow("counted");
    expect(world.read((s) => s.clockOffsetMs)).toBe(42);
  });
});
