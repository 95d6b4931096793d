// @vitest-environment node
// AADSTS50053 smart lockout at the home IdP's password page (addendum §14.1–14.2), attacked over HTTP: ten
// different wrong passwords lock the account for 60 s on the fake clock, a repeated wrong password among the
// last three doesn't count, the right password is refused while locked, and the lock ends by the clock or by
// the admin's unlock (decision 0057 for the longer repeats).
import { beforeEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { advanceMinutes, api, loadScenario, postJson } from "../support/api";
import { authorizeParams, pkcePair, submitPassword } from "../support/oauth";
import { lockoutSeconds, LOCKOUT_THRESHOLD } from "../../mocks/domain/smart-lockout";

const LOCKED = "Your account is temporarily locked to prevent unauthorized use.";
const WRONG = "Your account or password is incorrect.";

async function tryPassword(password: string, email = "alex@fabrikam.com") {
  const { challenge } = await pkcePair();
  return submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), email, password);
}

async function lockouts() {
  return (await (await fetch(`${api}/demo/lockouts`)).json()) as {
    lockouts: Array<{ email: string; failed: number; lockouts: number; lockedUntil?: string }>;
  };
}

describe("smart lockout (AADSTS50053)", () => {
  beforeEach(() => loadScenario("smart-lockout"));

  it("§14.2 the tenth different wrong password locks the account inline, without the code; nine do not", async () => {
    for (let i = 1; i < LOCKOUT_THRESHOLD; i += 1) {
      const outcome = await tryPassword(`wrong-${i}`);
      expect(outcome.html).toContain(WRONG);
    }
    expect((await lockouts()).lockouts).toEqual([{ email: "alex@fabrikam.com", failed: 9, lockouts: 0 }]);
    const tenth = await tryPassword("wrong-10");
    expect(tenth.status).toBe(200);
    expect(tenth.html).toContain(LOCKED);
    expect(tenth.html).not.toContain("AADSTS50053");
    expect(tenth.html).toContain('role="alert"');
    const [state] = (await lockouts()).lockouts;
    expect(state?.lockouts).toBe(1);
    expect(state?.lockedUntil).toBeDefined();
  });

  it("§14.2 the same wrong password among the last three doesn't count twice", async () => {
    for (let i = 0; i < 20; i += 1) await tryPassword(["a-1", "a-2", "a-3"][i % 3] ?? "");
    expect((await lockouts()).lockouts[0]?.failed).toBe(3);
    expect((await tryPassword(DEMO_PASSWORD)).location).toBeDefined();
  });

  it("§14.2 a fourth wrong password pushes the first out of the three remembered, so it counts again", async () => {
    for (const p of ["b-1", "b-2", "b-3", "b-4", "b-1"]) await tryPassword(p);
    expect((await lockouts()).lockouts[0]?.failed).toBe(5);
  });

  it("§14.2 while locked the right password is refused too; after 60 s on the fake clock it signs in", async () => {
    for (let i = 1; i <= LOCKOUT_THRESHOLD; i += 1) await tryPassword(`c-${i}`);
    const refused = await tryPassword(DEMO_PASSWORD);
    expect(refused.html).toContain(LOCKED);
    expect(refused.location).toBeUndefined();
    await advanceMinutes(1);
    const signedIn = await tryPassword(DEMO_PASSWORD);
    expect(signedIn.html ?? "").not.toContain(LOCKED);
    expect(signedIn.location).toContain("code=");
  });

  it("decision 0057 the second lockout lasts longer than the first (120 s): one minute later it is still locked", async () => {
    expect(lockoutSeconds(1)).toBe(60);
    expect(lockoutSeconds(2)).toBe(120);
    for (let i = 1; i <= LOCKOUT_THRESHOLD; i += 1) await tryPassword(`d-${i}`);
    await advanceMinutes(1);
    for (let i = 1; i <= LOCKOUT_THRESHOLD; i += 1) await tryPassword(`e-${i}`);
    expect((await lockouts()).lockouts[0]?.lockouts).toBe(2);
    await advanceMinutes(1);
    expect((await tryPassword(DEMO_PASSWORD)).html).toContain(LOCKED);
    await advanceMinutes(1);
    expect((await tryPassword(DEMO_PASSWORD)).location).toContain("code=");
  });

  it("§14.2 the admin's unlock ends the lockout at once; an account without a counter is 404", async () => {
    for (let i = 1; i <= LOCKOUT_THRESHOLD; i += 1) await tryPassword(`f-${i}`);
    const unlocked = await postJson(`${api}/demo/lockouts/unlock`, { email: "alex@fabrikam.com" });
    expect(unlocked).toEqual({ status: 200, body: { lockouts: [] } });
    expect((await tryPassword(DEMO_PASSWORD)).location).toContain("code=");
    const missing = await fetch(`${api}/demo/lockouts/unlock`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "taylor@fabrikam.com" }),
    });
    expect(missing.status).toBe(404);
  });

  it("§14.2 a right password resets the count; the counter stores no password", async () => {
    for (let i = 1; i < LOCKOUT_THRESHOLD; i += 1) await tryPassword(`g-${i}`);
    await tryPassword(DEMO_PASSWORD);
    expect((await lockouts()).lockouts[0]?.failed).toBe(0);
    const stored = JSON.stringify(world.read((state) => state));
    expect(stored).not.toContain("g-1");
    expect(stored).toContain("recentBadHashes");
  });
});
