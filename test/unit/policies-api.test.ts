// @vitest-environment node
// Policies and admin actions at the HTTP level (spec §5.2–5.5, §8).
import { describe, expect, it } from "vitest";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { world } from "../../mocks/node";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import {
  advanceMinutes,
  api,
  graphFetch,
  loadScenario,
  locatorFor,
  mailbox,
  postJson,
  startSessionFor,
  USER_DETAILS,
} from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";

async function signedIn(email: string, password = DEMO_PASSWORD) {
  const session = await startSessionFor(email);
  const idToken = await signInAtFakeIdp(session.signIn.authority, email, password);
  return (await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body;
}

const graph = (path: string, init: RequestInit = {}) => graphFetch(`${GRAPH_BASE}${path}`, init);

describe("terms of use and MFA", () => {
  it("refuses Accept on unopened terms when expanding is required", async () => {
    loadScenario("terms-of-use");
    const session = await signedIn("alex@fabrikam.com");
    const terms = await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    expect(terms.body).toMatchObject({ step: "terms", terms: { requireExpand: true, documents: { nl: expect.any(String) } } });
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("PendingAcceptance");
    const unopened = await postJson(`${api}/sessions/${session.id}/terms`, { decision: "accept", expanded: false });
    expect(unopened.body.error.code).toBe("TermsNotExpanded");
    const accepted = await postJson(`${api}/sessions/${session.id}/terms`, { decision: "accept", expanded: true });
    expect(accepted.body.step).toBe("done");
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("Accepted");
  });

  it("registers SMS, then only challenges; a wrong phone number is a typed error", async () => {
    loadScenario("mfa-required");
    const session = await signedIn("sam@outlook.com");
    const mfa = await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    expect(mfa.body).toMatchObject({ step: "mfa-register", mfa: { registering: true, methods: [] } });
    const bad = await postJson(`${api}/sessions/${session.id}/mfa/sms`, { phone: "12345" });
    expect(bad.body.error.code).toBe("PhoneNumberInvalid");
    const sent = await postJson(`${api}/sessions/${session.id}/mfa/sms`, { phone: "+31 6 1234 5678" });
    expect(sent.body.mfa.smsSentTo).toMatch(/78$/);
    const code = world.read((s) => s.phone.at(-1)?.code ?? "");
    expect((await postJson(`${api}/sessions/${session.id}/mfa/verify`, { code: "000000" })).body.error.code).toBe("MfaCodeIncorrect");
    expect((await postJson(`${api}/sessions/${session.id}/mfa/verify`, { code })).body.step).toBe("done");

    const again = await signedIn("sam@outlook.com");
    expect(again).toMatchObject({ step: "mfa-challenge", mfa: { registering: false, methods: ["sms"] } });
  });

  it("approves an Authenticator push from the phone API", async () => {
    loadScenario("mfa-required");
    const session = await signedIn("sam@outlook.com");
    await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    const pending = await postJson(`${api}/sessions/${session.id}/mfa/push`);
    expect(pending.body.mfa.push).toBe("pending");
    const phone = await (await fetch(`${api}/phone`)).json();
    expect(phone.pushes).toHaveLength(1);
    await postJson(`${api}/phone/pushes/${phone.pushes[0].id}`, { decision: "approve" });
    expect((await (await fetch(`${api}/sessions/${session.id}`)).json()).step).toBe("done");
  });
});

describe("blocks", () => {
  it.each([
    ["conditional-access-block", "AADSTS53003"],
    ["cross-tenant-inbound-block", "AADSTS500213"],
    ["cross-tenant-outbound-block", "AADSTS500212"],
  ] as const)("%s ends at the blocked step with %s", async (scenario, code) => {
    loadScenario(scenario);
    const session = await signedIn("alex@fabrikam.com");
    expect(session).toMatchObject({ step: "blocked", blocked: { code } });
  });

  it("a domain blocked after the invitation fails redemption (D12); new invitations are refused", async () => {
    loadScenario("blocked-domain");
    const session = await startSessionFor("lee@yahoo.com");
    expect(session).toMatchObject({ step: "blocked", discovery: { rule: "D12" }, blocked: { code: "InvitationDomainBlocked" } });
    const res = await graph("/invitations", {
      method: "POST",
      body: JSON.stringify({ invitedUserEmailAddress: "kai@yahoo.com", inviteRedirectUrl: "https://myapps.microsoft.com" }),
    });
    expect(res.status).toBe(400);
  });

  it("blocked sign-in (accountEnabled false) is AADSTS50057", async () => {
    loadScenario("work-account");
    const id = world.read((s) => s.users[0]?.id);
    expect((await graph(`/users/${id}`, { method: "PATCH", body: JSON.stringify({ accountEnabled: false }) })).status).toBe(204);
    expect(await signedIn("alex@fabrikam.com")).toMatchObject({ step: "blocked", blocked: { code: "AADSTS50057" } });
  });
});

describe("automatic redemption", () => {
  it("sends a notification instead of the invitation and skips consent", async () => {
    loadScenario("automatic-redemption");
    const mail = await mailbox("alex@fabrikam.com");
    expect(mail.messages.map((m) => m.kind)).toEqual(["notification"]);
    const { body } = await postJson(`${api}/direct-sessions`, {
      tenantId: world.read((s) => s.resourceTenantId),
      email: "alex@fabrikam.com",
    });
    const idToken = await signInAtFakeIdp(body.signIn.authority, "alex@fabrikam.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${body.id}/sign-in`, { idToken })).body.step).toBe("done");
  });
});

describe("admin actions", () => {
  it("reset redemption keeps the object id and lets another identity redeem", async () => {
    loadScenario("reset-redemption");
    const user = world.read((s) => s.users[0]!);
    const res = await graph("/invitations", {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "alex.wilber@outlook.com",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        sendInvitationMessage: true,
        resetRedemption: true,
        invitedUser: { id: user.id },
      }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ resetRedemption: true, invitedUser: { id: user.id }, status: "PendingAcceptance" });
    const session = await signedIn("alex.wilber@outlook.com");
    expect(session.step).toBe("consent");
    await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    const after = await (await graph(`/users/${user.id}?${USER_DETAILS}`)).json();
    expect(after).toMatchObject({
      id: user.id,
      userPrincipalName: user.userPrincipalName,
      mail: "alex.wilber@outlook.com",
      externalUserState: "Accepted",
    });
    expect(after.identities.map((i: { issuer: string }) => i.issuer)).toContain("MicrosoftAccount");
  });

  it("the old identity is now the wrong one: redeemed by another identity has its own step", async () => {
    loadScenario("account-chooser");
    const first = await startSessionFor("robin@fabrikam.com");
    await postJson(`${api}/sessions/${first.id}/choose`, { account: "entra" });
    const token = await signInAtFakeIdp(
      `https://login.mock-idp.test/4b1c5d2e-0000-4e8f-a1b2-fab0000a1b2c/v2.0`,
      "robin@fabrikam.com",
      DEMO_PASSWORD,
    );
    await postJson(`${api}/sessions/${first.id}/sign-in`, { idToken: token });
    await postJson(`${api}/sessions/${first.id}/consent`, { decision: "accept" });
    // Robin comes back and signs in with the personal account of the same address.
    world.transact((s) => {
      s.users[0]!.redeemedWith!.path = "account-chooser";
    });
    const second = await startSessionFor("robin@fabrikam.com");
    await postJson(`${api}/sessions/${second.id}/choose`, { account: "microsoft-account" });
    const msa = await signInAtFakeIdp(
      "https://login.mock-idp.test/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0",
      "robin@fabrikam.com",
      DEMO_PASSWORD,
    );
    const outcome = await postJson(`${api}/sessions/${second.id}/sign-in`, { idToken: msa });
    expect(outcome.body).toMatchObject({ step: "redeemed-by-other-identity", boundTo: { email: "robin@fabrikam.com" } });
  });

  it("delete is a soft delete: the link fails, deletedItems has the user for 30 days, restore works", async () => {
    loadScenario("work-account");
    const id = world.read((s) => s.users[0]?.id);
    expect((await graph(`/users/${id}`, { method: "DELETE" })).status).toBe(204);
    const gone = await graph(`/users/${id}`);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe("Request_ResourceNotFound");
    expect((await (await graph(`/users/${id}`, { method: "DELETE" })).json()).error.code).toBe("Request_ResourceNotFound");
    const session = await postJson(`${api}/sessions`, await locatorFor("alex@fabrikam.com"));
    expect(session.body.error.code).toBe("GuestUserDeleted");
    expect((await graph(`/directory/deletedItems/${id}`)).status).toBe(200);
    expect((await graph(`/directory/deletedItems/${id}/restore`, { method: "POST" })).status).toBe(200);
    expect((await graph(`/users/${id}`)).status).toBe(200);
    await graph(`/users/${id}`, { method: "DELETE" });
    await advanceMinutes(31 * 24 * 60);
    expect((await graph(`/directory/deletedItems/${id}`)).status).toBe(404);
  });
});

describe("block future invitations and leave", () => {
  it("does not deliver invitations from a blocked organisation; the manage page needs a passcode", async () => {
    loadScenario("work-account");
    const tenantId = world.read((s) => s.resourceTenantId);
    await postJson(`${api}/unsubscribe`, { tenantId, email: "alex@fabrikam.com" });
    await graph("/invitations", {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "alex@fabrikam.com",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        sendInvitationMessage: true,
      }),
    });
    expect((await mailbox("alex@fabrikam.com")).messages.filter((m) => m.kind === "invitation")).toHaveLength(1);
    const locked = await fetch(`${api}/unsubscribe/manage?email=alex@fabrikam.com`);
    expect(locked.status).toBe(401);
    await postJson(`${api}/unsubscribe/manage/send-code`, { email: "alex@fabrikam.com" });
    const code = (await mailbox("alex@fabrikam.com")).messages.find((m) => m.kind === "passcode")?.passcode.code;
    const list = await postJson(`${api}/unsubscribe/manage/verify`, { email: "alex@fabrikam.com", code });
    expect(list.body.organizations).toMatchObject([{ name: "Contoso" }]);
    const after = await postJson(`${api}/unsubscribe/manage/unblock`, { email: "alex@fabrikam.com", tenantIds: [tenantId] });
    expect(after.body.organizations).toEqual([]);
  });

  it("leaving soft-deletes the guest; a tenant that disallows it names its privacy contact", async () => {
    loadScenario("leave-organization");
    const session = await signedIn("alex@fabrikam.com");
    expect(session.step).toBe("done");
    const orgs = await (await fetch(`${api}/my-account/organizations?session=${session.id}`)).json();
    expect(orgs).toMatchObject({ home: { name: "Fabrikam" }, others: [{ name: "Contoso", canLeave: true }] });
    const left = await postJson(`${api}/my-account/leave`, { sessionId: session.id });
    expect(left.body.left.name).toBe("Contoso");
    expect(world.read((s) => s.users[0]?.deletedDateTime)).toBeDefined();

    loadScenario("leave-not-allowed");
    const other = await signedIn("alex@fabrikam.com");
    const refused = await postJson(`${api}/my-account/leave`, { sessionId: other.id });
    expect(refused).toMatchObject({
      status: 403,
      body: { error: { code: "LeaveNotAllowed", details: { contact: "privacy@contoso.com" } } },
    });
  });
});
