// @vitest-environment node
// Admin actions through the fake Graph (spec §8, A01, A02): reset redemption, delete and restore.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD } from "../../mocks/scenarios";
import { authorityFor } from "../../mocks/domain/accounts";
import {
  advanceMinutes,
  api,
  graph,
  loadScenario,
  locatorFor,
  postJson,
  signedInSession,
  resetRedemption,
  startSessionFor,
  USER_DETAILS,
} from "../support/api";
import { SignInPageError, signInAtFakeIdp } from "../support/oauth";

describe("admin actions", () => {
  it("A01 A02 §8 reset redemption keeps the object id and lets another identity redeem", async () => {
    loadScenario("reset-redemption");
    const user = world.read((s) => s.users[0]!);
    const res = await resetRedemption(user.id, "alex.wilber@outlook.com");
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ resetRedemption: true, invitedUser: { id: user.id }, status: "PendingAcceptance" });
    const session = await signedInSession("alex.wilber@outlook.com");
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

  it("S31 §4.9 D1 the old identity is now the wrong one: the resource tenant refuses it with AADSTS50020", async () => {
    loadScenario("account-chooser");
    const first = await startSessionFor("robin@fabrikam.com");
    const chosen = await postJson(`${api}/sessions/${first.id}/choose`, { account: "entra" });
    expect(chosen.body.signIn).toMatchObject({ authority: authorityFor(CONTOSO_TENANT_ID), domainHint: "organizations" });
    const token = await signInAtFakeIdp(chosen.body.signIn, "robin@fabrikam.com", DEMO_PASSWORD);
    await postJson(`${api}/sessions/${first.id}/sign-in`, { idToken: token });
    await postJson(`${api}/sessions/${first.id}/consent`, { decision: "accept" });
    // Robin comes back and signs in with the personal account of the same address.
    world.transact((s) => {
      s.users[0]!.redeemedWith!.path = "account-chooser";
    });
    const second = await startSessionFor("robin@fabrikam.com");
    const chosenMsa = await postJson(`${api}/sessions/${second.id}/choose`, { account: "microsoft-account" });
    expect(chosenMsa.body.signIn).toMatchObject({ authority: authorityFor(CONTOSO_TENANT_ID), domainHint: "consumers" });
    const refused = await signInAtFakeIdp(chosenMsa.body.signIn, "robin@fabrikam.com", DEMO_PASSWORD).catch((error: unknown) => error);
    expect((refused as SignInPageError).html).toContain(
      "from identity provider &#39;live.com&#39; does not exist in tenant &#39;Contoso&#39;",
    );
  });

  it("A02 §8 delete is a soft delete: the link fails, deletedItems has the user for 30 days, restore works", async () => {
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

describe("the lockout lesson (spec §4.5, §8)", () => {
  it("S33 D1 §4.5 passcodes switched off after Lee redeemed with one: locked out until the admin resets the redemption, then D9", async () => {
    loadScenario("passcode-switched-off");
    const locked = await startSessionFor("lee@yahoo.com");
    expect(locked).toMatchObject({ step: "blocked", discovery: { rule: "D1" }, blocked: { code: "RedemptionMethodOff" } });
    const user = world.read((s) => s.users[0]!);
    const reset = await resetRedemption(user.id, "lee@yahoo.com");
    expect(reset.status).toBe(201);
    // Discovery runs again: passcodes are off, so Lee creates a Microsoft account with the invited address.
    expect(await startSessionFor("lee@yahoo.com")).toMatchObject({ step: "create-account", discovery: { rule: "D9" } });
  });

  it("§8 a deleted guest fails at sign-in: the resource tenant no longer has the account (AADSTS50020)", async () => {
    loadScenario("leave-organization");
    const user = world.read((s) => s.users[0]!);
    expect((await graph(`/users/${user.id}`, { method: "DELETE" })).status).toBe(204);
    const refused = await signInAtFakeIdp(
      { authority: authorityFor(CONTOSO_TENANT_ID), loginHint: "alex@fabrikam.com" },
      "alex@fabrikam.com",
      DEMO_PASSWORD,
    ).catch((error: unknown) => error);
    expect((refused as SignInPageError).html).toContain("AADSTS50020: User account &#39;alex@fabrikam.com&#39;");
    expect((refused as SignInPageError).html).toContain("does not exist in tenant &#39;Contoso&#39;");
  });
});
