// @vitest-environment node
// The redemption journey at the HTTP level: exactly what the SPA does, against the real handlers.
import { describe, expect, it } from "vitest";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { TEST_ORIGIN, world } from "../../mocks/node";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { graphFetch, USER_DETAILS } from "../support/api";
import { authorizeParams, pkcePair, redeemCode, signInAtFakeIdp, submitPassword } from "../support/oauth";

const api = `${TEST_ORIGIN}/api`;
const post = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

async function invitationLocator() {
  const mailbox = await (await fetch(`${api}/mailbox/alex@fabrikam.com`)).json();
  const url = new URL(mailbox.messages[0].invitation.redeemUrl);
  return Object.fromEntries(["tenant", "user", "ticket"].map((k) => [k, url.searchParams.get(k) ?? ""]));
}

async function startSession() {
  const res = await post(`${api}/sessions`, await invitationLocator());
  expect(res.status).toBe(201);
  return res.json();
}

describe("redemption API", () => {
  it("shows an invitation on GET without redeeming anything", async () => {
    const locator = await invitationLocator();
    const res = await fetch(`${api}/invitation?${new URLSearchParams(locator)}`);
    const view = await res.json();
    expect(view).toMatchObject({
      status: "PendingAcceptance",
      invitedEmail: "alex@fabrikam.com",
      organization: { name: "Contoso", domain: "contoso.com" },
      inviter: { name: "Megan Bowen" },
    });
    expect(world.read((s) => s.sessions)).toHaveLength(0);
  });

  it("refuses a mangled ticket with its own error code", async () => {
    const locator = { ...(await invitationLocator()), ticket: "forged" };
    const res = await fetch(`${api}/invitation?${new URLSearchParams(locator)}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("InvitationNotFound");
  });

  it("answers a body with wrong types with a typed 400", async () => {
    const res = await post(`${api}/sessions`, { tenant: 42, ticket: null });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("BadRequest");
    expect(Object.keys(body.error.details)).toEqual(expect.arrayContaining(["tenant", "user", "ticket"]));
  });

  it("redeems end to end: discovery → signed token → consent → Graph user Accepted", async () => {
    const session = await startSession();
    expect(session.step).toBe("sign-in");
    expect(session.discovery).toMatchObject({ path: "entra", rule: "D3", inputs: { hasManagedEntraAccount: "true" } });
    expect(session.signIn).toMatchObject({ loginHint: "alex@fabrikam.com", idp: "entra", idpName: "Fabrikam" });

    const idToken = await signInAtFakeIdp(session.signIn.authority, "alex@fabrikam.com", DEMO_PASSWORD);
    const signedIn = await (await post(`${api}/sessions/${session.id}/sign-in`, { idToken })).json();
    expect(signedIn.step).toBe("consent");
    expect(signedIn.sharedData).toMatchObject({ name: "Alex Wilber", email: "alex@fabrikam.com" });

    const done = await (await post(`${api}/sessions/${session.id}/consent`, { decision: "accept" })).json();
    expect(done).toMatchObject({ step: "done", redirectUrl: "https://myapps.microsoft.com" });

    const userId = world.read((s) => s.users[0]?.id);
    const user = await (await graphFetch(`${GRAPH_BASE}/users/${userId}?${USER_DETAILS}`)).json();
    expect(user).toMatchObject({ userType: "Guest", externalUserState: "Accepted" });
    expect(user.identities).toContainEqual({ signInType: "federated", issuer: "ExternalAzureAD", issuerAssignedId: expect.any(String) });
    expect(world.read((s) => s.invitations[0]?.status)).toBe("Completed");

    // The same link again: sign-in goes straight to the landing page, no second consent.
    const again = await startSession();
    expect(again.discovery.rule).toBe("D1");
    const token2 = await signInAtFakeIdp(again.signIn.authority, "alex@fabrikam.com", DEMO_PASSWORD);
    const returning = await (await post(`${api}/sessions/${again.id}/sign-in`, { idToken: token2 })).json();
    expect(returning.step).toBe("done");
  });

  it("sends another account to the AADSTS50020 step, and back to sign-in on request", async () => {
    const session = await startSession();
    const idToken = await signInAtFakeIdp(session.signIn.authority, "taylor@fabrikam.com", DEMO_PASSWORD);
    const wrong = await (await post(`${api}/sessions/${session.id}/sign-in`, { idToken })).json();
    expect(wrong.step).toBe("wrong-account");
    expect(wrong.signedInAs.email).toBe("taylor@fabrikam.com");
    const retry = await (await post(`${api}/sessions/${session.id}/restart-sign-in`, {})).json();
    expect(retry.step).toBe("sign-in");
  });

  it("cancelling consent leaves the invitation pending", async () => {
    const session = await startSession();
    const idToken = await signInAtFakeIdp(session.signIn.authority, "alex@fabrikam.com", DEMO_PASSWORD);
    await post(`${api}/sessions/${session.id}/sign-in`, { idToken });
    const cancelled = await (await post(`${api}/sessions/${session.id}/consent`, { decision: "cancel" })).json();
    expect(cancelled.step).toBe("consent-cancelled");
    expect(cancelled.invitation.status).toBe("PendingAcceptance");
  });

  it("refuses consent before sign-in (no URL or API call skips a step)", async () => {
    const session = await startSession();
    const res = await post(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: "StepConflict", details: { currentStep: "sign-in" } });
  });

  it("rejects a tampered id token", async () => {
    const session = await startSession();
    const idToken = await signInAtFakeIdp(session.signIn.authority, "alex@fabrikam.com", DEMO_PASSWORD);
    const [header, payload, signature] = idToken.split(".");
    const forged = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    forged.preferred_username = "taylor@fabrikam.com";
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`;
    const res = await post(`${api}/sessions/${session.id}/sign-in`, { idToken: tampered });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("InvalidIdToken");
  });
});

describe("fake identity provider", () => {
  it("says AADSTS50126 on a wrong password and issues no code", async () => {
    const { challenge } = await pkcePair();
    const outcome = await submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), "alex@fabrikam.com", "nope");
    expect(outcome.status).toBe(200);
    expect(outcome.html).toContain("AADSTS50126");
  });

  it("uses a code once and checks the PKCE verifier", async () => {
    const { verifier, challenge } = await pkcePair();
    const outcome = await submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), "alex@fabrikam.com", DEMO_PASSWORD);
    const code = new URLSearchParams(new URL(outcome.location ?? "").hash.slice(1)).get("code") ?? "";
    const wrong = await redeemCode(FABRIKAM_TENANT_ID, code, "not-the-verifier");
    expect((await wrong.json()).error_codes).toEqual([501481]);
    const right = await redeemCode(FABRIKAM_TENANT_ID, code, verifier);
    expect(right.status).toBe(200);
    const reused = await redeemCode(FABRIKAM_TENANT_ID, code, verifier);
    expect((await reused.json()).error_codes).toEqual([54005]);
  });

  it("escapes HTML in everything it echoes", async () => {
    const { challenge } = await pkcePair();
    const outcome = await submitPassword(
      FABRIKAM_TENANT_ID,
      authorizeParams(challenge, { state: '"><script>alert(1)</script>' }),
      "<img src=x onerror=alert(1)>@x.com",
      "x",
    );
    expect(outcome.html).not.toContain("<script>alert");
    expect(outcome.html).not.toContain("<img src=x");
  });
});

describe("Graph invitations", () => {
  it("creates an invitation with the real response shape", async () => {
    const res = await graphFetch(`${GRAPH_BASE}/invitations`, {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "Sam@Northwind.example",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        sendInvitationMessage: true,
      }),
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      invitedUserEmailAddress: "sam@northwind.example",
      status: "PendingAcceptance",
      resetRedemption: false,
      invitedUser: { id: expect.any(String) },
    });
    expect(body.inviteRedeemUrl).toMatch(/\/redeem\?tenant=.+&user=.+&ticket=.+&ver=2\.0$/);
    const mailbox = await (await fetch(`${api}/mailbox/sam@northwind.example`)).json();
    expect(mailbox.messages).toHaveLength(1);
  });

  it.each([
    [{ inviteRedirectUrl: "https://myapps.microsoft.com" }, "invitedUserEmailAddress"],
    [{ invitedUserEmailAddress: "a(b)@x.com", inviteRedirectUrl: "https://x.com" }, "invitedUserEmailAddress"],
    [{ invitedUserEmailAddress: "a@x.com", inviteRedirectUrl: "javascript:alert(1)" }, "inviteRedirectUrl"],
    [{ invitedUserEmailAddress: "a@x.com", inviteRedirectUrl: "//evil.example" }, "inviteRedirectUrl"],
    [
      {
        invitedUserEmailAddress: "a@x.com",
        inviteRedirectUrl: "https://x.com",
        invitedUserMessageInfo: { ccRecipients: [{ emailAddress: { address: "b@x.com" } }, { emailAddress: { address: "c@x.com" } }] },
      },
      "invitedUserMessageInfo.ccRecipients",
    ],
  ])("refuses %j with a Graph error naming %s", async (body, field) => {
    const res = await graphFetch(`${GRAPH_BASE}/invitations`, { method: "POST", body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.code).toBe("BadRequest");
    expect(error.details.map((d: { target: string }) => d.target)).toContain(field);
  });
});
