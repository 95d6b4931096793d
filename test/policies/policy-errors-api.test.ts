// @vitest-environment node
// The policy and network errors a guest meets after signing in, at the HTTP level (spec §5.3, §6; addendum
// §14.1–14.2): tenant restrictions on the guest's network, an app that requires assignment, and Conditional
// Access device requirements with and without trust in the home tenant's device claims.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import { acceptConsent, api, graph, loadScenario, postJson, signedInSession, startSessionFor } from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";

const DEFAULT_ACCESS = "00000000-0000-0000-0000-000000000000";

async function changeSettings(change: Record<string, unknown>) {
  const settings = await (await fetch(`${api}/demo/settings`)).json();
  const res = await fetch(`${api}/demo/settings`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...settings, ...change }),
  });
  expect(res.status).toBeLessThan(300);
}

describe("tenant restrictions (addendum §14.2)", () => {
  it("S32 §6 the guest's network with v1 headers: AADSTS500021 on Entra's page, the network admin's message", async () => {
    loadScenario("tenant-restrictions");
    const session = await signedInSession("alex@fabrikam.com");
    expect(session).toMatchObject({ step: "blocked", blocked: { code: "AADSTS500021" }, entraError: { code: "AADSTS500021" } });
    expect(session.entraError.message).toMatch(/network administrator has restricted what organizations can be accessed/);
    expect(session.entraError.device).toBeUndefined();
  });

  it("§14.2 a v2 policy: AADSTS5000211 names the tenant in plain text; off: the guest goes on to Review permissions", async () => {
    loadScenario("tenant-restrictions");
    await changeSettings({ guestNetworkRestriction: "v2" });
    const v2 = await signedInSession("alex@fabrikam.com");
    expect(v2).toMatchObject({ step: "blocked", entraError: { code: "AADSTS5000211" } });
    expect(v2.entraError.message).toContain("doesn't allow access to 'Contoso'");
    await changeSettings({ guestNetworkRestriction: "none" });
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });
});

describe("app not assigned (spec §6, addendum §14.2)", () => {
  it("§6 the invitation leads to an app that requires assignment: AADSTS50105 names that app; the admin assigns it and the guest gets in", async () => {
    loadScenario("app-not-assigned");
    const principals = await (await graph("/servicePrincipals")).json();
    const projects = principals.value.find((p: { displayName: string }) => p.displayName === "Contoso Projects");
    expect(projects).toMatchObject({ appRoleAssignmentRequired: true });
    const blocked = await signedInSession("alex@fabrikam.com");
    expect(blocked).toMatchObject({
      step: "blocked",
      blocked: { code: "AADSTS50105" },
      entraError: { code: "AADSTS50105", appName: "Contoso Projects", appId: projects.appId, signOut: false },
    });
    expect(blocked.entraError.message).toContain("'alex@fabrikam.com' isn't assigned");

    const alexId = world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")!.id);
    const assigned = await graph(`/users/${alexId}/appRoleAssignments`, {
      method: "POST",
      body: JSON.stringify({ principalId: alexId, resourceId: projects.id, appRoleId: DEFAULT_ACCESS }),
    });
    expect(assigned.status).toBe(201);
    const session = await signedInSession("alex@fabrikam.com");
    expect(session).toMatchObject({ step: "consent" });
    expect((await acceptConsent(session.id)).status).toBe(200);
  });

  it("§6 an invitation to My Apps needs no assignment", async () => {
    loadScenario("work-account");
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });
});

describe("device requirements (spec §5.3, addendum §14.1 row 7, §14.2)", () => {
  it("§6 a compliant device required, Fabrikam's device claims not trusted: AADSTS53000 with the device fields", async () => {
    loadScenario("device-compliance");
    const session = await signedInSession("alex@fabrikam.com");
    expect(session).toMatchObject({ step: "blocked", entraError: { code: "AADSTS53000", appName: "B2B Redemption Simulator" } });
    expect(session.entraError.device).toMatchObject({ platform: "Windows 10", state: "Registered" });
    expect(session.entraError.device.ipAddress).toMatch(/^203\.0\.113\.\d+$/);
    expect(session.entraError.device.identifier).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("§5.3 hybrid join required: AADSTS53001; trusting Fabrikam's devices lets the work account in", async () => {
    loadScenario("device-compliance");
    await changeSettings({ deviceRequirementForGuests: "hybrid-joined" });
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "blocked", entraError: { code: "AADSTS53001" } });
    await changeSettings({ trustHomeTenantDevices: true });
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });

  it("§5.3 trust does not help a personal Microsoft account: no home tenant vouches for its device", async () => {
    loadScenario("microsoft-account");
    await changeSettings({ deviceRequirementForGuests: "compliant", trustHomeTenantDevices: true });
    const session = await signedInSession("sam@outlook.com");
    expect(session).toMatchObject({ step: "blocked", entraError: { code: "AADSTS53000" } });
    expect(session.entraError.device).toMatchObject({ identifier: "Not available", state: "Unregistered" });
  });
});

describe("faults at the guest's identity provider (spec §6)", () => {
  it.each([
    ["AADSTS50008", "saml-partner", "jo@woodgrovebank.com", { samlPartnerFault: "AADSTS50008" }, /SAML token .* is missing or invalid/],
    [
      "AADSTS20001",
      "saml-partner",
      "jo@woodgrovebank.com",
      { samlPartnerFault: "AADSTS20001" },
      /WS-Federation identity provider returned an error/,
    ],
    [
      "AADSTS20012",
      "saml-partner",
      "jo@woodgrovebank.com",
      { samlPartnerFault: "AADSTS20012" },
      /WS-Federation identity provider returned an error/,
    ],
    ["AADSTS50107", "saml-partner", "jo@woodgrovebank.com", { samlPartnerFault: "AADSTS50107" }, /federation realm object doesn't exist/],
    [
      "AADSTS40008",
      "gmail-google-federation",
      "kim@gmail.com",
      { googleFault: "AADSTS40008" },
      /issue with your federated identity provider/,
    ],
    [
      "AADSTS40015",
      "gmail-google-federation",
      "kim@gmail.com",
      { googleFault: "AADSTS40015" },
      /issue with your federated identity provider/,
    ],
  ] as const)(
    "§6 %s from the identity provider of %s (%s) refuses the sign-in; without the fault the guest goes on",
    async (code, scenario, email, fault, message) => {
      loadScenario(scenario);
      await changeSettings(fault);
      const session = await startSessionFor(email);
      const idToken = await signInAtFakeIdp(session.signIn, email, DEMO_PASSWORD);
      const refused = await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken });
      expect(refused).toMatchObject({ status: 400, body: { error: { code } } });
      expect(refused.body.error.message).toMatch(message);
      await changeSettings({ samlPartnerFault: "none", googleFault: "none" });
      const again = await signInAtFakeIdp(session.signIn, email, DEMO_PASSWORD);
      expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken: again })).body.step).toBe("consent");
    },
  );

  it("§6 a work account is not touched by the partner's or Google's fault", async () => {
    loadScenario("work-account");
    await changeSettings({ samlPartnerFault: "AADSTS50008", googleFault: "AADSTS40008" });
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });
});
