// @vitest-environment node
// Review permissions at the HTTP level (spec §5.1): the whole redemption to Accepted, Cancel, the order of
// steps, and automatic redemption, which skips the page (E6).
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import { api, graph, loadScenario, mailbox, post, postJson, startSessionFor, USER_DETAILS } from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";

describe("review permissions", () => {
  it("E1 D3 P1 S26 §5.1 D1 redeems end to end: discovery → signed token → consent → Graph user Accepted", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    expect(session.step).toBe("sign-in");
    expect(session.discovery).toMatchObject({ path: "entra", rule: "D3", inputs: { hasManagedEntraAccount: "true" } });
    expect(session.signIn).toMatchObject({ loginHint: "alex@fabrikam.com", idp: "entra", idpName: "Fabrikam" });

    const idToken = await signInAtFakeIdp(session.signIn, "alex@fabrikam.com", DEMO_PASSWORD);
    const signedIn = await (await post(`${api}/sessions/${session.id}/sign-in`, { idToken })).json();
    expect(signedIn.step).toBe("consent");
    expect(signedIn.sharedData).toMatchObject({ name: "Alex Wilber", email: "alex@fabrikam.com" });

    const done = await (await post(`${api}/sessions/${session.id}/consent`, { decision: "accept" })).json();
    expect(done).toMatchObject({ step: "done", redirectUrl: "https://myapps.microsoft.com" });

    const userId = world.read((s) => s.users[0]?.id);
    const user = await (await graph(`/users/${userId}?${USER_DETAILS}`)).json();
    expect(user).toMatchObject({ userType: "Guest", externalUserState: "Accepted" });
    expect(user.identities).toContainEqual({ signInType: "federated", issuer: "ExternalAzureAD", issuerAssignedId: expect.any(String) });
    expect(world.read((s) => s.invitations[0]?.status)).toBe("Completed");

    // The same link again: sign-in goes straight to the landing page, no second consent.
    const again = await startSessionFor("alex@fabrikam.com");
    expect(again.discovery.rule).toBe("D1");
    const token2 = await signInAtFakeIdp(again.signIn, "alex@fabrikam.com", DEMO_PASSWORD);
    const returning = await (await post(`${api}/sessions/${again.id}/sign-in`, { idToken: token2 })).json();
    expect(returning.step).toBe("done");
  });

  it("S26 §5.1 cancelling consent leaves the invitation pending", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    const idToken = await signInAtFakeIdp(session.signIn, "alex@fabrikam.com", DEMO_PASSWORD);
    await post(`${api}/sessions/${session.id}/sign-in`, { idToken });
    const cancelled = await (await post(`${api}/sessions/${session.id}/consent`, { decision: "cancel" })).json();
    expect(cancelled.step).toBe("consent-cancelled");
    expect(cancelled.invitation.status).toBe("PendingAcceptance");
  });

  it("S26 §5.1 refuses consent before sign-in (no URL or API call skips a step)", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    const res = await post(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: "StepConflict", details: { currentStep: "sign-in" } });
  });
});

describe("automatic redemption", () => {
  it("E6 S04 §5.1 sends a notification instead of the invitation and skips consent", async () => {
    loadScenario("automatic-redemption");
    const mail = await mailbox("alex@fabrikam.com");
    expect(mail.messages.map((m) => m.kind)).toEqual(["notification"]);
    const { body } = await postJson(`${api}/direct-sessions`, {
      tenantId: world.read((s) => s.resourceTenantId),
      email: "alex@fabrikam.com",
    });
    const idToken = await signInAtFakeIdp(body.signIn, "alex@fabrikam.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${body.id}/sign-in`, { idToken })).body.step).toBe("done");
  });
});
