// @vitest-environment node
// The demo API's view of the fake login host's sessions (addendum §10): only the requesting browser's, with a
// tile's Sign out and Forget (§10.1 SIM-ASSUMPTION) and every session signed out at once (§10.5).
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { authorityFor } from "../../mocks/domain/accounts";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { advanceMinutes, api, post, postJson, putSettings, seedBrowserSessions, startSessionFor, thisBrowser } from "../support/api";
import { fetchFromAnotherBrowser } from "../support/browser";
import { signInAtFakeIdp } from "../support/oauth";

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
