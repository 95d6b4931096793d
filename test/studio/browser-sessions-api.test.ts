// @vitest-environment node
// The demo API's view of the fake login host's sessions (addendum §10): only the requesting browser's, with a
// tile's Sign out and Forget (§10.1 SIM-ASSUMPTION) and every session signed out at once (§10.5); and the
// studio's sign-in session settings (§10.2, §10.4), read back and taking effect at the fake login host.
import { describe, expect, it } from "vitest";
import { TEST_ORIGIN, world } from "../../mocks/node";
import { authorityFor } from "../../mocks/domain/accounts";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { MOCK_IDP_API } from "../../src/api/endpoints";
import { advanceMinutes, api, post, postJson, putSettings, seedBrowserSessions, startSessionFor, thisBrowser } from "../support/api";
import { fetchFromAnotherBrowser, testBrowser } from "../support/browser";
import { authorizeParams, handOverOf, openAuthorize, pkcePair, SignInPageError, signInAtFakeIdp } from "../support/oauth";

const sessionsUrl = `${api}/demo/browser-sessions`;

async function listed(fetcher: typeof fetch = fetch) {
  const res = await fetcher(sessionsUrl);
  expect(res.status).toBe(200);
  return ((await res.json()) as { sessions: Array<Record<string, unknown>> }).sessions;
}

describe("browser sessions (demo API)", () => {
  it("S40 §10.1 lists this browser's sessions: who, which identity provider, persistent or not, active by the fake clock", async () => {
    expect(await listed()).toEqual([]);
    const browser = await thisBrowser();
    const [taylor] = seedBrowserSessions(browser, ["taylor@fabrikam.com"], true);
    await advanceMinutes(5);
    const [alex] = seedBrowserSessions(browser, ["alex@fabrikam.com"]);
    const sessions = await listed();
    // Newest first, as "Pick an account" lists them.
    expect(sessions.map((s) => s.sid)).toEqual([alex, taylor]);
    expect(sessions[0]).toMatchObject({
      email: "alex@fabrikam.com",
      displayName: "Alex Wilber",
      kind: "entra",
      persistent: false,
      active: true,
    });
    // The home tenant's issuer, as AADSTS50020 names it (§10.4).
    expect(sessions[0]!.identityProvider).toBe(authorityFor(FABRIKAM_TENANT_ID));
    expect(sessions[1]).toMatchObject({ displayName: "Taylor Reyes", persistent: true, active: true });
    expect(Date.parse(String(sessions[0]!.lastUsedAt))).toBeGreaterThan(Date.parse(String(sessions[1]!.lastUsedAt)));
    // §10.6: a non-persistent session ends after 24 hours unused; "Stay signed in?" Yes keeps Taylor's.
    await advanceMinutes(24 * 60);
    expect((await listed()).map((s) => [s.displayName, s.active])).toEqual([
      ["Alex Wilber", false],
      ["Taylor Reyes", true],
    ]);
  });

  it("S40 §10.1 a real sign-in at the resource tenant starts a session in the signing-in browser only", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    await signInAtFakeIdp(session.signIn, "alex@fabrikam.com", DEMO_PASSWORD);
    expect((await listed()).map((s) => [s.email, s.active])).toEqual([["alex@fabrikam.com", true]]);
    expect(await listed(fetchFromAnotherBrowser)).toEqual([]);
  });

  it("S40 §10.1 Sign out keeps the tile signed out; Forget removes it", async () => {
    const browser = await thisBrowser();
    const [alex, taylor] = seedBrowserSessions(browser, ["alex@fabrikam.com", "taylor@fabrikam.com"]);
    const signedOut = await postJson(`${sessionsUrl}/sign-out`, { sid: alex });
    expect(signedOut.status).toBe(200);
    expect(signedOut.body.sessions.find((s: { sid: string }) => s.sid === alex)).toMatchObject({ active: false });
    expect(world.read((s) => s.browserSessions.find((b) => b.sid === alex)?.signedOut)).toBe(true);
    const forgotten = await postJson(`${sessionsUrl}/forget`, { sid: taylor });
    expect(forgotten.status).toBe(200);
    expect(forgotten.body.sessions.map((s: { sid: string }) => s.sid)).toEqual([alex]);
    expect(world.read((s) => s.browserSessions.some((b) => b.sid === taylor))).toBe(false);
    // A forgotten sid is gone: nothing to sign out any more.
    expect((await postJson(`${sessionsUrl}/sign-out`, { sid: taylor })).body.error.code).toBe("BrowserSessionNotFound");
  });

  it("S40a §10.5 signs out every session of this browser, keeping the tiles, and no other browser's", async () => {
    const browser = await thisBrowser();
    seedBrowserSessions(browser, ["alex@fabrikam.com", "taylor@fabrikam.com"]);
    const [elsewhere] = seedBrowserSessions("another-browser-profile-0001", ["alex@fabrikam.com"]);
    const { status, body } = await postJson(`${sessionsUrl}/sign-out-all`, {});
    expect(status).toBe(200);
    expect(body.sessions.map((s: { displayName: string; active: boolean }) => [s.displayName, s.active]).toSorted()).toEqual([
      ["Alex Wilber", false],
      ["Taylor Reyes", false],
    ]);
    expect(world.read((s) => s.browserSessions.find((b) => b.sid === elsewhere)?.signedOut)).toBe(false);
  });

  it("S40 §10.1 another browser neither sees nor changes this browser's sessions (404 for a sid it does not own)", async () => {
    const browser = await thisBrowser();
    const [alex] = seedBrowserSessions(browser, ["alex@fabrikam.com"]);
    expect(await listed(fetchFromAnotherBrowser)).toEqual([]);
    for (const action of ["sign-out", "forget"]) {
      const res = await fetchFromAnotherBrowser(`${sessionsUrl}/${action}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sid: alex }),
      });
      expect(res.status).toBe(404);
      expect((await res.json()).error).toMatchObject({ code: "BrowserSessionNotFound" });
    }
    await fetchFromAnotherBrowser(`${sessionsUrl}/sign-out-all`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect((await listed()).map((s) => [s.sid, s.active])).toEqual([[alex, true]]);
  });

  it("S40 §10.1 state-changing requests need JSON and a valid sid", async () => {
    const browser = await thisBrowser();
    const [alex] = seedBrowserSessions(browser, ["alex@fabrikam.com"]);
    const form = await fetch(`${sessionsUrl}/sign-out`, { method: "POST", body: new URLSearchParams({ sid: alex! }) });
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe("UnsupportedMediaType");
    const noType = await fetch(`${sessionsUrl}/sign-out-all`, { method: "POST", body: "{}" });
    expect(noType.status).toBe(415);
    for (const body of [{}, { sid: "" }, { sid: 42 }, { sid: "x".repeat(65) }]) {
      const res = await post(`${sessionsUrl}/forget`, body);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: "BadRequest", details: { sid: expect.any(String) } });
    }
    expect((await post(`${sessionsUrl}/sign-out-all`, [])).status).toBe(400);
    expect((await listed()).map((s) => s.active)).toEqual([true]);
  });
});

const readSettings = async () => (await fetch(`${api}/demo/settings`)).json();

describe("sign-in session settings (demo API)", () => {
  it("A08 §10.2 §10.4 round-trips Fabrikam's Show keep user signed in and Contoso's two assumption toggles", async () => {
    expect(await readSettings()).toMatchObject({ showKeepSignedInFabrikam: true, kmsiInGuestFlows: false, signOutLinkOnErrors: true });
    const res = await putSettings({ showKeepSignedInFabrikam: false, kmsiInGuestFlows: true, signOutLinkOnErrors: false });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ showKeepSignedInFabrikam: false, kmsiInGuestFlows: true, signOutLinkOnErrors: false });
    const [contoso, fabrikam] = world.read((s) => {
      const resource = s.tenants.find((t) => t.id === s.resourceTenantId)!;
      return [resource.policies, s.tenants.find((t) => t !== resource)!.policies];
    });
    expect(fabrikam).toMatchObject({ showKeepSignedIn: false });
    expect(contoso).toMatchObject({ kmsiInGuestFlows: true, signOutLinkOnErrors: false });
    // Contoso's own "Show keep user signed in" is not the one the setting names.
    expect(contoso.showKeepSignedIn).toBe(true);
    expect(await readSettings()).toMatchObject({ showKeepSignedInFabrikam: false, kmsiInGuestFlows: true, signOutLinkOnErrors: false });
    expect((await putSettings({ kmsiInGuestFlows: "yes" })).status).toBe(400);
    // Back to the scenario's own.
    await postJson(`${api}/demo/settings/reset`, {});
    expect(await readSettings()).toMatchObject({ showKeepSignedInFabrikam: true, kmsiInGuestFlows: false, signOutLinkOnErrors: true });
  });
});

/** The page a password sign-in at `tenantId`'s own page answers with, before any "Stay signed in?" answer. */
async function passwordPage(tenantId: string, params: Record<string, string>, email: string) {
  const body = new URLSearchParams({ ...params, step: "password", email, password: DEMO_PASSWORD });
  const res = await fetch(`${TEST_ORIGIN}${MOCK_IDP_API}/${tenantId}/login`, { method: "POST", body });
  return res.headers.get("Content-Type")?.includes("json") ? { redirected: true, html: "" } : { redirected: false, html: await res.text() };
}
const asksStaySignedIn = (page: { html: string }) => page.html.includes('name="answer"');

/** Alex signs in at Contoso and is handed over to Fabrikam: the page Fabrikam's password step answers with. */
async function guestSignIn() {
  // A fresh browser profile each time: a session from the first would sign Alex in silently.
  testBrowser.forget();
  const session = await startSessionFor("alex@fabrikam.com");
  const { challenge } = await pkcePair();
  const params = { ...authorizeParams(challenge, { nonce: session.signIn.nonce }), response_type: "code" };
  const handOver = handOverOf((await openAuthorize(CONTOSO_TENANT_ID, { ...params, login_hint: "alex@fabrikam.com" })).location);
  if (!handOver) throw new Error("no hand-over to the home tenant");
  const { login_hint: _hint, ...carried } = handOver.params;
  return passwordPage(handOver.segment, carried, "alex@fabrikam.com");
}

/** Taylor, whom Contoso does not have, signs in to Alex's invitation: Entra's AADSTS50020 page. */
async function failedPage() {
  const session = await startSessionFor("alex@fabrikam.com");
  const failed = await signInAtFakeIdp(session.signIn, "taylor@fabrikam.com", DEMO_PASSWORD).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(SignInPageError);
  return (failed as SignInPageError).html;
}

describe("sign-in session settings take effect", () => {
  it("A08 §10.2 with Fabrikam's Show keep user signed in off, a Fabrikam member's own sign-in asks no Stay signed in?", async () => {
    const { challenge } = await pkcePair();
    const params = { ...authorizeParams(challenge), response_type: "code" };
    expect(asksStaySignedIn(await passwordPage(FABRIKAM_TENANT_ID, params, "taylor@fabrikam.com"))).toBe(true);
    await putSettings({ showKeepSignedInFabrikam: false });
    const page = await passwordPage(FABRIKAM_TENANT_ID, params, "taylor@fabrikam.com");
    expect(asksStaySignedIn(page)).toBe(false);
    expect(page.redirected).toBe(true);
  });

  it("A08 §10.2 with kmsiInGuestFlows on, the home tenant asks Stay signed in? inside a guest's sign-in at Contoso", async () => {
    expect(asksStaySignedIn(await guestSignIn())).toBe(false);
    await putSettings({ kmsiInGuestFlows: true });
    expect(asksStaySignedIn(await guestSignIn())).toBe(true);
  });

  it("A08 §10.4 with signOutLinkOnErrors off, the AADSTS50020 page offers no Sign out and sign in with a different account", async () => {
    const offered = await failedPage();
    expect(offered).toContain("AADSTS50020");
    expect(offered).toContain("Sign out and sign in with a different account");
    await putSettings({ signOutLinkOnErrors: false });
    const plain = await failedPage();
    expect(plain).toContain("AADSTS50020");
    expect(plain).not.toContain("Sign out and sign in with a different account");
  });
});
