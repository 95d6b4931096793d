// @vitest-environment node
// Spec §4.2, §4.3, §4.5 (D1): switching passcodes off, or Google federation, after a guest redeemed with it
// locks that guest out until the admin resets the redemption status; then the guest redeems again with a
// way the tenant still offers.
import { beforeEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, api, graph, latestCode, loadScenario, postJson, putSettings, startSessionFor } from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";
import { DEMO_PASSWORD } from "../../mocks/scenarios";

async function changeSettings(change: Record<string, unknown>) {
  expect((await putSettings(change)).status).toBe(200);
}

async function resetRedemption(email: string) {
  const user = world.read((s) => s.users.find((u) => u.mail === email)!);
  const res = await graph("/invitations", {
    method: "POST",
    body: JSON.stringify({
      invitedUserEmailAddress: email,
      inviteRedirectUrl: "https://myapps.microsoft.com",
      sendInvitationMessage: false,
      resetRedemption: true,
      invitedUser: { id: user.id },
    }),
  });
  expect(res.status).toBe(201);
}

describe("a sign-in method switched off after redemption", () => {
  beforeEach(() => loadScenario("email-passcode"));

  it("S33 D1 §4.5 passcodes off: the passcode guest is locked out until the admin resets the redemption", async () => {
    const first = await startSessionFor("lee@yahoo.com");
    await postJson(`${api}/sessions/${first.id}/passcode/send`);
    await postJson(`${api}/sessions/${first.id}/passcode/verify`, { code: await latestCode("lee@yahoo.com", "passcode") });
    await acceptConsent(first.id);

    await changeSettings({ emailOtpEnabled: false });
    const locked = await startSessionFor("lee@yahoo.com");
    expect(locked).toMatchObject({
      step: "blocked",
      discovery: { path: "redemption-method-off", rule: "D1" },
      blocked: { code: "RedemptionMethodOff", details: { method: "email-otp", organization: "Contoso" } },
    });
    // Nothing the guest can do from there: every action is refused.
    expect((await postJson(`${api}/sessions/${locked.id}/passcode/send`)).status).toBe(409);

    await resetRedemption("lee@yahoo.com");
    const again = await startSessionFor("lee@yahoo.com");
    expect(again).toMatchObject({ step: "create-account", discovery: { rule: "D9" } });
  });

  it("S33 D1 §4.3 Google federation off: the Google guest is locked out; switched back on, the guest signs in again", async () => {
    loadScenario("gmail-google-federation");
    const first = await startSessionFor("kim@gmail.com");
    const token = await signInAtFakeIdp(first.signIn, "kim@gmail.com", DEMO_PASSWORD);
    await postJson(`${api}/sessions/${first.id}/sign-in`, { idToken: token });
    await acceptConsent(first.id);

    await changeSettings({ googleFederation: false });
    expect(await startSessionFor("kim@gmail.com")).toMatchObject({ step: "blocked", blocked: { code: "RedemptionMethodOff" } });
    await changeSettings({ googleFederation: true });
    expect(await startSessionFor("kim@gmail.com")).toMatchObject({ step: "sign-in", discovery: { path: "google", rule: "D1" } });
  });
});
