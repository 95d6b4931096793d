// @vitest-environment node
// hardening: sign-in state belongs to the browser that earned it (issue "speed and hardening" §3; Entra
// keeps it in a cookie). An attacker who knows only a guest's address gets nothing from the guest's
// passcode session: not a redemption session, not the guest's blocked organisations.
import { beforeEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, api, latestCode, loadScenario, mailbox, postJson, startSessionFor } from "../support/api";
import { fetchFromAnotherBrowser } from "../support/browser";

const GUEST = "lee@yahoo.com";

async function signInWithPasscode() {
  const session = await startSessionFor(GUEST);
  await postJson(`${api}/sessions/${session.id}/passcode/send`);
  const verified = await postJson(`${api}/sessions/${session.id}/passcode/verify`, { code: await latestCode(GUEST, "passcode") });
  expect(verified.body.step).toBe("consent");
  await acceptConsent(session.id);
}

function fromAnotherBrowser(path: string, body?: unknown) {
  const init = body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
  return fetchFromAnotherBrowser(`${api}${path}`, init);
}

describe("sign-in state belongs to a browser, never to an address", () => {
  beforeEach(() => loadScenario("email-passcode"));

  it("hardening: E7 §4.5 a new direct-link session for the guest's address in another browser asks for a passcode", async () => {
    await signInWithPasscode();
    const tenantId = world.read((s) => s.resourceTenantId);
    // The guest's own browser is inside the 24-hour passcode session (the control).
    const own = await postJson(`${api}/direct-sessions`, { tenantId, email: GUEST });
    expect(own.body.step).not.toMatch(/^otp-/);

    const attack = await fromAnotherBrowser("/direct-sessions", { tenantId, email: GUEST });
    expect(attack.status).toBe(201);
    const session = await attack.json();
    expect(session.step).toBe("otp-send");
    expect(session.signedInAs).toBeUndefined();
    // Consent on the attacker's session is refused: nobody is signed in there.
    const consent = await fromAnotherBrowser(`/sessions/${session.id}/consent`, { decision: "accept" });
    expect(consent.status).toBe(409);
  });

  it("hardening: E7 §4.5 an invitation link opened in another browser asks for a passcode, not the guest's session", async () => {
    await signInWithPasscode();
    const invitation = (await mailbox(GUEST)).messages.find((m) => m.kind === "invitation");
    const url = new URL(invitation?.invitation.redeemUrl);
    const locator = Object.fromEntries(["tenant", "user", "ticket"].map((k) => [k, url.searchParams.get(k) ?? ""]));
    const attack = await (await fromAnotherBrowser("/sessions", locator)).json();
    expect(attack.step).toBe("otp-send");
  });

  it("hardening: S06 the manage page's passcode session does not open the guest's blocked organisations elsewhere", async () => {
    await postJson(`${api}/unsubscribe/manage/send-code`, { email: GUEST });
    const code = (await mailbox(GUEST)).messages.find((m) => m.kind === "passcode")?.passcode.code;
    expect((await postJson(`${api}/unsubscribe/manage/verify`, { email: GUEST, code })).status).toBe(200);
    const own = await fetch(`${api}/unsubscribe/manage?email=${GUEST}`);
    expect(own.status).toBe(200);
    const attack = await fromAnotherBrowser(`/unsubscribe/manage?email=${GUEST}`);
    expect(attack.status).toBe(401);
    const unblock = await fromAnotherBrowser("/unsubscribe/manage/unblock", { email: GUEST, tenantIds: [] });
    expect(unblock.status).toBe(401);
  });

  it("hardening: a forged or over-long browser cookie is another browser, and breaks nothing", async () => {
    await signInWithPasscode();
    const tenantId = world.read((s) => s.resourceTenantId);
    for (const cookie of ["ESTSAUTH=" + "x".repeat(5000), "ESTSAUTH=guess", "ESTSAUTH=%00%0d%0a"]) {
      const res = await fetchFromAnotherBrowser(`${api}/direct-sessions`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie },
        body: JSON.stringify({ tenantId, email: GUEST }),
      });
      expect((await res.json()).step).toBe("otp-send");
    }
    expect((await postJson(`${api}/direct-sessions`, { tenantId, email: GUEST })).body.step).not.toMatch(/^otp-/);
  });
});
