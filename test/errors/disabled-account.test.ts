// @vitest-environment node
// The scenario disabled-account (spec §6 AADSTS50057, §8): the admin blocked the guest user's sign-in; after the
// home IdP signs the guest in, Entra refuses with 50057, and once the admin allows sign-in again (Graph PATCH
// accountEnabled true) the guest redeems.
import { beforeEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { graph, loadScenario, signedInSession } from "../support/api";

describe("disabled-account (AADSTS50057)", () => {
  beforeEach(() => loadScenario("disabled-account"));

  it("§6 50057 the seeded guest user is disabled; signing in ends at the blocked step with Entra's error page", async () => {
    expect(world.read((s) => s.users.map((u) => [u.mail, u.accountEnabled]))).toEqual([["alex@fabrikam.com", false]]);
    const session = await signedInSession("alex@fabrikam.com");
    expect(session).toMatchObject({ step: "blocked", blocked: { code: "AADSTS50057" } });
    expect(session.entraError).toMatchObject({ code: "AADSTS50057", message: expect.stringContaining("'alex@fabrikam.com' is disabled") });
  });

  it("§8 once the admin allows sign-in (PATCH accountEnabled true), the guest goes on to Review permissions", async () => {
    const id = world.read((s) => s.users[0]?.id);
    const res = await graph(`/users/${id}`, { method: "PATCH", body: JSON.stringify({ accountEnabled: true }) });
    expect(res.status).toBe(204);
    expect((await signedInSession("alex@fabrikam.com")).step).toBe("consent");
  });
});
