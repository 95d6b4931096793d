// @vitest-environment node
// Admin consent for the app an invitation leads to, at the HTTP level (spec §5.4, §6; addendum §14.2
// 90094/90095; ED admin-consent-workflow-overview, configure-admin-consent-workflow, review-admin-consent-requests):
// the prompt after redemption with the workflow off and on, the request with its justification and e-mails,
// Approve (tenant-wide consent) and Deny on the admin's side, and expiry on the fake clock.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, advanceMinutes, api, mailbox, loadScenario, postJson, putSettings, signedInSession } from "../support/api";

const WIKI = "https://wiki.contoso.com/";

async function atAppConsent() {
  const session = await signedInSession("alex@fabrikam.com");
  expect(session.step).toBe("consent");
  const res = await acceptConsent(session.id);
  expect(res.status).toBe(200);
  return res.body;
}

const requestApproval = (sessionId: string, justification: string) =>
  postJson(`${api}/sessions/${sessionId}/app-consent/request`, { justification });

async function consentRequests() {
  const res = await fetch(`${api}/demo/consent-requests`);
  expect(res.status).toBe(200);
  return (await res.json()).requests as Array<{ id: string; status: string; reason?: string; reviewerJustification?: string }>;
}

async function consentMail() {
  const box = await mailbox("alex@fabrikam.com");
  type ConsentMail = { from: { address: string }; consentRequest: { event: string; reviewerJustification?: string } };
  return box.messages.filter((m) => m.kind === "consent-request") as ConsentMail[];
}

describe("admin consent required, no workflow (AADSTS90094)", () => {
  it("§5.4 after redemption the app's consent stops the guest: Need admin approval, nothing to request", async () => {
    loadScenario("admin-consent-required");
    const session = await atAppConsent();
    expect(session).toMatchObject({
      step: "app-consent",
      appConsent: {
        code: "AADSTS90094",
        appName: "Contoso Partner Wiki",
        homepage: WIKI,
        permissions: ["User.Read.All"],
        requestsEnabled: false,
      },
    });
    expect(session.appConsent.request).toBeUndefined();
    expect(session.redirectUrl).toBeUndefined();
    // Redeemed already: the app's consent is separate from the invitation's (addendum §15.1 notes).
    expect(world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")!.externalUserState)).toBe("Accepted");
    const refused = await requestApproval(session.id, "I need the partner wiki");
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("AdminConsentRequestsOff");
    expect(await consentRequests()).toEqual([]);
  });

  it("§5.4 'Sign in with that account' goes back to sign-in, asking which account", async () => {
    loadScenario("admin-consent-required");
    const session = await atAppConsent();
    const res = await postJson(`${api}/sessions/${session.id}/restart-sign-in`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ step: "sign-in", signIn: { prompt: "select_account" } });
  });

  it("§5.4 an invitation to My Apps, or to an app without such permissions, goes straight through", async () => {
    loadScenario("work-account");
    expect((await atAppConsent()).step).toBe("done");
    loadScenario("app-not-assigned");
    const alexId = world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")!.id);
    world.transact((s) => {
      const projects = s.apps.find((a) => a.displayName === "Contoso Projects")!;
      s.appAssignments.push({
        id: crypto.randomUUID(),
        principalId: alexId,
        resourceId: projects.id,
        createdDateTime: new Date().toISOString(),
      });
    });
    expect((await atAppConsent()).step).toBe("done");
  });
});

describe("admin consent workflow on (AADSTS90095)", () => {
  it("§14.2 Request approval with a justification: the request waits on /admin, the requester gets an e-mail", async () => {
    loadScenario("admin-consent-request");
    const session = await atAppConsent();
    expect(session.appConsent).toMatchObject({ code: "AADSTS90095", requestsEnabled: true, expiryDays: 30 });
    const res = await requestApproval(session.id, "  I edit the partner wiki for Fabrikam  ");
    expect(res.status).toBe(200);
    const after = res.body;
    expect(after.step).toBe("app-consent");
    const created = new Date(after.appConsent.request.createdDateTime).getTime();
    expect(new Date(after.appConsent.request.expiresDateTime).getTime() - created).toBe(30 * 86_400_000);

    const [request] = await consentRequests();
    expect(request).toMatchObject({
      status: "pending",
      reason: "I edit the partner wiki for Fabrikam",
      requesterEmail: "alex@fabrikam.com",
    });
    const mails = await consentMail();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      from: { address: "azure-noreply@microsoft.com" },
      consentRequest: { event: "submitted", appName: "Contoso Partner Wiki", organizationName: "Contoso", reason: request!.reason },
    });
    // Asking again while one is pending adds nothing.
    expect((await requestApproval(session.id, "again")).status).toBe(200);
    expect(await consentRequests()).toHaveLength(1);
  });

  it("§14.2 Approve grants tenant-wide consent and mails the requester; the invitation then goes through to the app", async () => {
    loadScenario("admin-consent-request");
    const session = await atAppConsent();
    await requestApproval(session.id, "Partner wiki");
    const [request] = await consentRequests();
    const approved = await postJson(`${api}/demo/consent-requests/${request!.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.requests[0]).toMatchObject({ status: "approved" });
    expect(world.read((s) => s.apps.find((a) => a.homepage === WIKI)!.adminConsentGrantedAt)).toBeDefined();
    expect((await consentMail()).map((m) => m.consentRequest.event).toSorted()).toEqual(["approved", "submitted"]);
    // Deciding twice is refused.
    expect((await postJson(`${api}/demo/consent-requests/${request!.id}/approve`)).status).toBe(409);
    const again = await signedInSession("alex@fabrikam.com");
    expect(again).toMatchObject({ step: "done", redirectUrl: WIKI });
  });

  it("§14.2 Deny needs a justification, which the requester reads; the guest may ask again", async () => {
    loadScenario("admin-consent-request");
    const session = await atAppConsent();
    await requestApproval(session.id, "Partner wiki");
    const [request] = await consentRequests();
    const bare = await postJson(`${api}/demo/consent-requests/${request!.id}/deny`, { justification: "  " });
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe("JustificationRequired");
    const denied = await postJson(`${api}/demo/consent-requests/${request!.id}/deny`, { justification: "Use the shared drive" });
    expect(denied.status).toBe(200);
    const mail = (await consentMail()).find((m) => m.consentRequest.event === "denied");
    expect(mail?.consentRequest.reviewerJustification).toBe("Use the shared drive");
    const again = await signedInSession("alex@fabrikam.com");
    expect(again).toMatchObject({ step: "app-consent", appConsent: { code: "AADSTS90095" } });
    expect(again.appConsent.request).toBeUndefined();
    expect((await requestApproval(again.id, "Please reconsider")).status).toBe(200);
    expect((await consentRequests()).map((r) => r.status)).toEqual(["pending", "denied"]);
  });

  it("§14.2 a request nobody decides expires after the set days on the fake clock: an e-mail, and it can't be approved", async () => {
    loadScenario("admin-consent-request");
    const settings = await putSettings({ consentRequestExpiryDays: 3 });
    expect(settings.status).toBeLessThan(300);
    const session = await atAppConsent();
    await requestApproval(session.id, "Partner wiki");
    await advanceMinutes(3 * 24 * 60 - 1);
    expect((await consentRequests())[0]!.status).toBe("pending");
    expect((await consentMail()).map((m) => m.consentRequest.event)).toEqual(["submitted"]);
    await advanceMinutes(2);
    const [request] = await consentRequests();
    expect(request!.status).toBe("expired");
    const mails = await consentMail();
    expect(mails.map((m) => m.consentRequest.event)).toEqual(["expired", "submitted"]);
    expect((await postJson(`${api}/demo/consent-requests/${request!.id}/approve`)).status).toBe(409);
  });
});
