// @vitest-environment node
// Policies that block a guest, at the HTTP level (spec §6, D12, D13).
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { graph, loadScenario, signedInSession, startSessionFor } from "../support/api";

describe("blocks", () => {
  it.each([
    ["conditional-access-block", "AADSTS53003"],
    ["cross-tenant-inbound-block", "AADSTS500213"],
    ["cross-tenant-outbound-block", "AADSTS500212"],
  ] as const)("S33 D13 §6 %s ends at the blocked step with %s", async (scenario, code) => {
    loadScenario(scenario);
    const session = await signedInSession("alex@fabrikam.com");
    expect(session).toMatchObject({ step: "blocked", blocked: { code } });
  });

  it("D12 §8 a domain blocked after the invitation fails redemption; new invitations are refused", async () => {
    loadScenario("blocked-domain");
    const session = await startSessionFor("lee@yahoo.com");
    expect(session).toMatchObject({ step: "blocked", discovery: { rule: "D12" }, blocked: { code: "InvitationDomainBlocked" } });
    const res = await graph("/invitations", {
      method: "POST",
      body: JSON.stringify({ invitedUserEmailAddress: "kai@yahoo.com", inviteRedirectUrl: "https://myapps.microsoft.com" }),
    });
    expect(res.status).toBe(400);
  });

  it("A02 §6 blocked sign-in (accountEnabled false) is AADSTS50057", async () => {
    loadScenario("work-account");
    const id = world.read((s) => s.users[0]?.id);
    expect((await graph(`/users/${id}`, { method: "PATCH", body: JSON.stringify({ accountEnabled: false }) })).status).toBe(204);
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "blocked", blocked: { code: "AADSTS50057" } });
  });
});
