// @vitest-environment node
// Identity Protection risk and the unmanaged home directory at the HTTP level (issue 13 §2, catalogue rows 23 and
// 12; decisions 0085, 0086): AADSTS53004 when a risk-based policy asks a guest with nothing registered for MFA,
// AADSTS53011 when it blocks a guest the home tenant rates high risk, and AADSTS65005 for a guest who redeemed
// with an account of an unmanaged (viral) directory; the studio's settings and the admin's reset are the ways back.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, loadScenario, putSettings, resetRedemption, signedInSession, startSessionFor } from "../support/api";

describe("Identity Protection risk (decision 0085)", () => {
  it("§5.3 §12.2 a risky guest with no MFA registered at Contoso: registration is blocked, AADSTS53004 on Entra's page", async () => {
    loadScenario("risky-guest-registration");
    const session = await signedInSession("alex@fabrikam.com");
    expect(session).toMatchObject({ step: "consent" });
    const blocked = (await acceptConsent(session.id)).body;
    expect(blocked).toMatchObject({
      step: "blocked",
      blocked: { code: "AADSTS53004" },
      entraError: { code: "AADSTS53004", signOut: false },
    });
    expect(blocked.entraError.message).toMatch(/multifactor authentication registration/);
    expect(world.read((s) => s.users[0]!.externalUserState)).toBe("PendingAcceptance");
  });

  it("§5.3 the risk dismissed at Fabrikam: no MFA asked by the risk policy, the guest redeems", async () => {
    loadScenario("risky-guest-registration");
    expect((await putSettings({ guestUserRiskAtHome: "none" })).status).toBe(200);
    const session = await signedInSession("alex@fabrikam.com");
    expect((await acceptConsent(session.id)).body).toMatchObject({ step: "done" });
  });

  it("§5.3 a risky guest who registered MFA at Contoso gets the challenge instead (the policy's MFA remediates)", async () => {
    loadScenario("risky-guest-registration");
    world.transact((s) => {
      s.users[0]!.mfaMethods = [{ kind: "authenticator" }];
    });
    const session = await signedInSession("alex@fabrikam.com");
    expect((await acceptConsent(session.id)).body).toMatchObject({ step: "mfa-challenge" });
  });

  it("§5.3 a plain 'Require MFA for guests' with a risky guest and no risk policy: the ordinary registration", async () => {
    loadScenario("risky-guest-registration");
    expect((await putSettings({ riskPolicyForGuests: "none", mfaRequiredForGuests: true })).status).toBe(200);
    const session = await signedInSession("alex@fabrikam.com");
    expect((await acceptConsent(session.id)).body).toMatchObject({ step: "mfa-interrupt" });
  });

  it("§6 a risk-based block of high-risk guests: AADSTS53011 after Fabrikam's sign-in, before Review permissions", async () => {
    loadScenario("home-tenant-risk-block");
    const session = await signedInSession("alex@fabrikam.com");
    expect(session).toMatchObject({
      step: "blocked",
      blocked: { code: "AADSTS53011", details: { home: "Fabrikam", organization: "Contoso" } },
      entraError: { code: "AADSTS53011", message: "User blocked due to risk on home tenant." },
    });
    expect((await putSettings({ guestUserRiskAtHome: "none" })).status).toBe(200);
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });

  it("§6 the studio reads and writes the risk and the policy; a colleague without risk is not blocked", async () => {
    loadScenario("home-tenant-risk-block");
    const read = world.read((s) => ({
      policy: s.tenants[0]!.policies.riskPolicyForGuests,
      risk: s.accounts.find((a) => a.email === "alex@fabrikam.com"),
    }));
    expect(read.policy).toBe("block");
    expect(read.risk).toMatchObject({ userRisk: "high" });
    expect((await putSettings({ riskPolicyForGuests: "none" })).status).toBe(200);
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });

  it("§6 a personal Microsoft account carries no home-tenant risk: the policy doesn't touch it", async () => {
    loadScenario("microsoft-account");
    expect((await putSettings({ riskPolicyForGuests: "block", guestUserRiskAtHome: "high" })).status).toBe(200);
    expect(await signedInSession("sam@outlook.com")).toMatchObject({ step: "consent" });
  });
});

describe("an unmanaged (viral) home directory (decision 0086)", () => {
  it("§4.1 §6 D1 a guest who redeemed with a viral account signs in again: AADSTS65005 with the spec's message", async () => {
    loadScenario("unmanaged-home-tenant");
    const session = await signedInSession("jamie@fourthcoffee.com");
    expect(session).toMatchObject({
      step: "blocked",
      discovery: { rule: "D1" },
      blocked: { code: "AADSTS65005", details: { domain: "fourthcoffee.com" } },
      entraError: { code: "AADSTS65005" },
    });
    expect(session.entraError.message).toContain(
      "not supported for your organization fourthcoffee.com because it is in an unmanaged state",
    );
    expect(session.entraError.message).toContain(
      "An administrator needs to claim ownership of the company by DNS validation of fourthcoffee.com",
    );
  });

  it("§4.1 an admin takeover (the studio) makes the directory managed: Jamie signs in to My Apps", async () => {
    loadScenario("unmanaged-home-tenant");
    expect((await putSettings({ guestHomeDirectoryUnmanaged: false })).status).toBe(200);
    expect(world.read((s) => s.tenants.find((t) => t.domain === "fourthcoffee.com"))).toMatchObject({
      unmanaged: false,
      verifiedDomains: ["fourthcoffee.com"],
    });
    expect(await signedInSession("jamie@fourthcoffee.com")).toMatchObject({ step: "done" });
    expect((await putSettings({ guestHomeDirectoryUnmanaged: true })).status).toBe(200);
    expect(await signedInSession("jamie@fourthcoffee.com")).toMatchObject({ step: "blocked", blocked: { code: "AADSTS65005" } });
  });

  it("§3.1 after a reset of the redemption the unmanaged account is not used: discovery sends Jamie to a one-time passcode (D8)", async () => {
    loadScenario("unmanaged-home-tenant");
    const user = world.read((s) => s.users[0]!);
    expect((await resetRedemption(user.id, "jamie@fourthcoffee.com")).status).toBe(201);
    expect(await startSessionFor("jamie@fourthcoffee.com")).toMatchObject({ step: "otp-send", discovery: { rule: "D8" } });
  });

  it("§3.1 other worlds have no viral directory: the setting reads off and changes nothing", async () => {
    loadScenario("work-account");
    const settings = await (await putSettings({})).json();
    expect(settings).toMatchObject({ guestHomeDirectoryUnmanaged: false, riskPolicyForGuests: "none", guestUserRiskAtHome: "none" });
  });
});
