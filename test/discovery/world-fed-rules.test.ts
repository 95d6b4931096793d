// @vitest-environment node
// Spec §3.2 D14–D16 arise from the world, not from flags: the browser's sessions (D14), the partner IdP's
// directory (D15), an Entra tenant's verified domain without the user (D16). The explain panel's inputs say so.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { inviteAlso, loadScenario, seedBrowserSessions, startSessionFor, thisBrowser } from "../support/api";

describe("rules the world decides", () => {
  it("D14 P5 a browser signed in with another work account: the passcode path, under D14", async () => {
    loadScenario("email-passcode");
    const before = await startSessionFor("lee@yahoo.com");
    expect(before.discovery).toMatchObject({ path: "email-otp", rule: "D8" });
    // Taylor, a Fabrikam work account, is signed in to this browser at the login host.
    world.transact((state) => {
      state.accounts.push({
        kind: "entra",
        email: "taylor@fabrikam.com",
        displayName: "Taylor Reyes",
        tenantId: FABRIKAM_TENANT_ID,
        objectId: "9f8e7d6c-0000-4b5a-9c8d-0000000000aa",
        password: DEMO_PASSWORD,
      });
    });
    seedBrowserSessions(await thisBrowser(), ["taylor@fabrikam.com"]);
    const after = await startSessionFor("lee@yahoo.com");
    expect(after).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D14" } });
    expect(after.discovery.inputs.entraSessionForAnotherAccount).toBe("true");
  });

  it("D15 P5 a SAML-federated domain whose IdP does not know the user: a one-time passcode instead", async () => {
    loadScenario("saml-partner");
    await inviteAlso("sam.new@woodgrovebank.com", "Sam New");
    const session = await startSessionFor("sam.new@woodgrovebank.com");
    expect(session).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D15" } });
    expect(session.discovery.inputs.missingFromPartnerDirectory).toBe("true");
  });

  it("D16 P7 an address at an Entra tenant's verified domain that its directory does not have yet: no way to redeem", async () => {
    loadScenario("work-account");
    await inviteAlso("new.hire@fabrikam.com", "New Hire");
    const session = await startSessionFor("new.hire@fabrikam.com");
    expect(session).toMatchObject({ step: "no-identity-provider", discovery: { path: "no-identity-provider", rule: "D16" } });
    expect(session.discovery.inputs.notSyncedToEntra).toBe("true");
  });
});
