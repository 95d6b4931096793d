// infra: the fake Entra as another app uses it (issue 14 §5, docs/using-the-fake-entra.md). This file imports
// nothing of the simulator but its public entry (mocks/index.ts), and runs without the simulator's own test
// setup (vitest.config.ts, project "entry"): if the entry rots, this fails.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFakeEntra, GRAPH_BASE, isFakeIdpPage, type CustomWorld } from "../../mocks";

/** Another app: its own origin and its own app registration. */
const APP_ORIGIN = "http://localhost:5174";
const CLIENT_ID = "0c2b6a1e-7d4f-4e7a-9a53-1f3c5e7d9b21";

const NORTHWIND: CustomWorld = {
  tenant: { name: "Northwind", domain: "northwind.test" },
  admin: { displayName: "Nora Diaz", mail: "nora@northwind.test" },
  guests: [{ email: "kai@partner.test", displayName: "Kai Moreno" }],
};

const entra = createFakeEntra({ appOrigin: APP_ORIGIN, clientId: CLIENT_ID, seed: NORTHWIND });
const server = setupServer(...entra.handlers);

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
beforeEach(() => entra.reset());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const json = (body: unknown) => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

async function graph(path: string, init: RequestInit = {}, token?: string) {
  const bearer = token ?? (await entra.graphToken());
  return fetch(`${GRAPH_BASE}${path}`, { ...init, headers: { ...init.headers, Authorization: `Bearer ${bearer}` } });
}

async function mailbox(address: string): Promise<Array<Record<string, any>>> {
  const res = await fetch(`${APP_ORIGIN}/api/mailbox/${encodeURIComponent(address)}`);
  expect(res.status).toBe(200);
  return (await res.json()).messages;
}

describe("the fake Entra through its public entry", () => {
  it("infra: a custom world (one tenant, one guest) is what the fake Graph and the mailbox serve", async () => {
    expect(await entra.read((state) => state.tenants[0]?.name)).toBe("Northwind");
    const users = await (await graph("/users?$select=mail,userType,externalUserState")).json();
    expect(users.value).toEqual([{ mail: "kai@partner.test", userType: "Guest", externalUserState: "PendingAcceptance" }]);
    const [invitation] = await mailbox("kai@partner.test");
    expect(invitation).toMatchObject({ kind: "invitation", invitation: { organizationName: "Northwind" } });
  });

  it("infra: invites a guest through Graph with the admin's token; the invitation e-mail arrives", async () => {
    const res = await graph(
      "/invitations",
      json({ invitedUserEmailAddress: "ana@partner.test", inviteRedirectUrl: "https://myapps.microsoft.com", sendInvitationMessage: true }),
    );
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ invitedUserEmailAddress: "ana@partner.test", status: "PendingAcceptance" });
    expect(created.inviteRedeemUrl).toMatch(new RegExp(`^${APP_ORIGIN}/redeem\\?`));
    const [mail] = await mailbox("ana@partner.test");
    expect(mail?.invitation).toMatchObject({ organizationName: "Northwind", inviterName: "Nora Diaz" });
  });

  it("infra: the fake clock — the guest's one-time passcode expires 30 minutes on, the admin's token an hour on", async () => {
    const token = await entra.graphToken();
    const redeem = new URL((await mailbox("kai@partner.test"))[0]?.invitation.redeemUrl);
    const locator = Object.fromEntries(["tenant", "user", "ticket"].map((k) => [k, redeem.searchParams.get(k)]));
    const session = await (await fetch(`${APP_ORIGIN}/api/sessions`, json(locator))).json();
    expect(session.step).toBe("otp-send");
    await fetch(`${APP_ORIGIN}/api/sessions/${session.id}/passcode/send`, json({}));
    const code = (await mailbox("kai@partner.test")).find((m) => m.kind === "passcode")?.passcode.code;
    expect(code).toMatch(/^\d+$/);

    const before = await entra.clock.now();
    const later = await entra.clock.advance({ minutes: 31 });
    expect(later.getTime() - before.getTime()).toBeGreaterThanOrEqual(31 * 60_000);
    const verify = await fetch(`${APP_ORIGIN}/api/sessions/${session.id}/passcode/verify`, json({ code }));
    expect(verify.status).toBe(400);
    expect((await verify.json()).error.code).toBe("PasscodeExpired");

    await entra.clock.set(before.getTime() + 61 * 60_000);
    const expired = await graph("/users", {}, token);
    expect(expired.status).toBe(401);
    expect((await expired.json()).error.message).toBe("Lifetime validation failed, the token is expired.");
    expect((await graph("/users")).status).toBe(200);
  });

  it("infra: a one-shot injected fault fails the next Graph request only (503, Retry-After), then Graph answers", async () => {
    await entra.faults.inject({ failingEndpoint: "graph", failCount: 1, retryAfterSeconds: 2 });
    const failed = await graph("/users");
    expect(failed.status).toBe(503);
    expect(failed.headers.get("Retry-After")).toBe("2");
    expect((await failed.json()).error.code).toBe("InjectedFault");
    expect((await graph("/users")).status).toBe(200);
    expect((await entra.faults.current()).failingEndpoint).toBeUndefined();

    await entra.faults.inject({ failingEndpoint: "graph", failStatus: 429 });
    expect((await graph("/users")).status).toBe(429);
    expect((await graph("/users")).status).toBe(429);
    await entra.faults.clear();
    expect((await graph("/users")).status).toBe(200);
    await expect(entra.faults.inject({ failRate: 1 } as never)).rejects.toThrow();
  });

  it("infra: a named scenario replaces the custom world, and reset brings the custom world back", async () => {
    expect(await entra.startScenario("email-passcode")).toBe("/mailbox");
    expect(await entra.read((state) => state.guestEmail)).toBe("lee@yahoo.com");
    expect(await mailbox("lee@yahoo.com")).toHaveLength(1);
    await entra.reset();
    expect(await entra.read((state) => state.guestEmail)).toBe("kai@partner.test");
    // A custom world has no scenario settings to go back to: the demo API says so in its error body.
    const back = await fetch(`${APP_ORIGIN}/api/demo/settings/reset`, json({}));
    expect(back.status).toBe(409);
    expect((await back.json()).error.code).toBe("ScenarioNotFound");
  });

  it("infra: the fake authority accepts this app's registration and redirect URI, and only those", async () => {
    const tenantId = await entra.tenantId();
    const authority = await entra.authority();
    expect(authority).toBe(`https://login.mock-idp.test/${tenantId}/v2.0`);
    const metadata = await (await fetch(`${authority}/.well-known/openid-configuration`)).json();
    const authorize = new URL(metadata.authorization_endpoint);
    expect(authorize.href).toBe(`${APP_ORIGIN}/mock-idp/${tenantId}/oauth2/v2.0/authorize`);
    // That address is a page of this app: its bootstrap shows the fake sign-in page there instead of the app.
    expect(isFakeIdpPage(authorize)).toBe(true);
    expect(isFakeIdpPage({ pathname: `/base${authorize.pathname}` }, "/base/")).toBe(true);
    expect(isFakeIdpPage({ pathname: "/mailbox" })).toBe(false);
    const page = (clientId: string, redirectUri: string) =>
      fetch(
        `${APP_ORIGIN}/mock-idp-api/${tenantId}/authorize?${new URLSearchParams({
          client_id: clientId,
          redirect_uri: redirectUri,
          response_type: "code",
          scope: "openid profile",
          state: "s",
          code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
          code_challenge_method: "S256",
        })}`,
      );
    expect((await page(CLIENT_ID, `${APP_ORIGIN}/redirect.html`)).status).toBe(200);
    expect((await page(CLIENT_ID, `${APP_ORIGIN}/`)).status).toBe(200);
    const otherClient = await page("5e3ce6c0-2b1f-4285-8d4b-75ee78787346", `${APP_ORIGIN}/redirect.html`);
    expect(await otherClient.text()).toContain("AADSTS700016");
    const otherRedirect = await page(CLIENT_ID, "http://localhost:9999/redirect.html");
    expect(await otherRedirect.text()).toContain("AADSTS50011");
  });
});
