// @vitest-environment node
// Addendum §10: the fake login host remembers who signed in, per browser profile. Silent single sign-on, Pick
// an account with its tile menu, "Stay signed in?", prompt=none, sign-out; driven over HTTP as the popup's
// page script does (test/oidc/drive.ts), in the test's own browser (a cookie jar, test/support/browser.ts).
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { MOCK_IDP_API, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { TEST_ORIGIN, world } from "../../mocks/node";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { advanceMinutes, seedBrowserSessions, startSessionFor, thisBrowser } from "../support/api";
import { fetchFromAnotherBrowser } from "../support/browser";
import { pkcePair, redeemCode, signInAtFakeIdp } from "../support/oauth";
import { firstForm, open, redirectOf, signIn, type Outcome } from "../oidc/drive";

const REDIRECT_URI = `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`;

async function authorizeUrl(tenant: string, overrides: Record<string, string> = {}) {
  const { challenge, verifier } = await pkcePair();
  const query = new URLSearchParams({
    client_id: SIMULATOR_CLIENT_ID,
    response_type: "code",
    redirect_uri: REDIRECT_URI,
    scope: "openid profile",
    state: "st-1",
    nonce: "n-1",
    response_mode: "fragment",
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...overrides,
  });
  return { url: new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${tenant}/oauth2/v2.0/authorize?${query}`), verifier };
}

const fragmentOf = (outcome: Outcome) => new URLSearchParams(redirectOf(outcome).hash.slice(1));
/** What the page says, as a reader sees it. */
const textOf = (outcome: Outcome) =>
  outcome.kind === "page"
    ? outcome.html
        .replace(/<style>[\s\S]*?<\/style>/, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
    : "";

/** Posts the form of `page` that carries `step` (and `sid`, for a tile), as a click on it does. */
async function press(outcome: Outcome, step: string, extra: Record<string, string> = {}, sid?: string): Promise<Outcome> {
  if (outcome.kind !== "page") throw new Error(`not a page: ${outcome.kind}`);
  const forms = [...outcome.html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]);
  const form = forms.find((f) => f.includes(`name="step" value="${step}"`) && (!sid || f.includes(`value="${sid}"`)));
  if (!form) throw new Error(`no ${step} form on the page`);
  const { action, fields } = firstForm(form);
  const res = await fetch(action, { method: "POST", body: new URLSearchParams({ ...fields, ...extra }) });
  if (res.headers.get("Content-Type")?.includes("json")) {
    return { kind: "redirect", location: new URL(((await res.json()) as { location: string }).location) };
  }
  return { kind: "page", status: res.status, html: await res.text() };
}

async function idTokenOf(outcome: Outcome, tenant: string, verifier: string) {
  const code = fragmentOf(outcome).get("code") ?? "";
  const body = (await (await redeemCode(tenant, code, verifier)).json()) as { id_token: string };
  return decodeJwt(body.id_token);
}

describe("silent single sign-on", () => {
  it("S40 §10.1 §10.3 a returning guest is signed in without a page: the code carries the browser session's sid", async () => {
    const first = await authorizeUrl(CONTOSO_TENANT_ID, { login_hint: "alex@fabrikam.com" });
    const signedIn = await signIn(first.url, "alex@fabrikam.com", DEMO_PASSWORD);
    const firstToken = await idTokenOf(signedIn, CONTOSO_TENANT_ID, first.verifier);
    const again = await authorizeUrl(CONTOSO_TENANT_ID, { login_hint: "alex@fabrikam.com" });
    const silent = await open(again.url);
    expect(silent.kind).toBe("redirect");
    const token = await idTokenOf(silent, CONTOSO_TENANT_ID, again.verifier);
    expect(token).toMatchObject({ iss: firstToken.iss, oid: firstToken.oid, sid: firstToken.sid });
    expect(typeof token.sid).toBe("string");
  });

  it("S40 §10.1 another browser profile (a private window) starts with no session", async () => {
    await signIn((await authorizeUrl(CONTOSO_TENANT_ID, { login_hint: "alex@fabrikam.com" })).url, "alex@fabrikam.com", DEMO_PASSWORD);
    const { url } = await authorizeUrl(CONTOSO_TENANT_ID, { login_hint: "alex@fabrikam.com", prompt: "none" });
    const res = await fetchFromAnotherBrowser(`${url.origin}${MOCK_IDP_API}/${CONTOSO_TENANT_ID}/authorize${url.search}`);
    const location = new URL(((await res.json()) as { location: string }).location);
    expect(new URLSearchParams(location.hash.slice(1)).get("error")).toBe("login_required");
  });

  it("§10.3 prompt=none: a session signs in silently, none is login_required (50058), several without a hint interaction_required (16000)", async () => {
    const nobody = fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url));
    expect(nobody.get("error")).toBe("login_required");
    expect(nobody.get("error_description")).toMatch(/^AADSTS50058:/);
    expect(nobody.get("state")).toBe("st-1");
    seedBrowserSessions(await thisBrowser(), ["alex@fabrikam.com"]);
    expect(fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url)).get("code")).toBeTruthy();
    const hintedElse = fragmentOf(
      await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none", login_hint: "taylor@fabrikam.com" })).url),
    );
    expect(hintedElse.get("error")).toBe("login_required");
    seedBrowserSessions(await thisBrowser(), ["taylor@fabrikam.com"]);
    const several = fragmentOf(await open((await authorizeUrl(FABRIKAM_TENANT_ID, { prompt: "none" })).url));
    expect(several.get("error")).toBe("interaction_required");
    expect(several.get("error_description")).toMatch(/^AADSTS16000:/);
  });

  it("§10.6 a session ends after 24 hours unused; one kept with Stay signed in? Yes lasts", async () => {
    const [sid] = seedBrowserSessions(await thisBrowser(), ["alex@fabrikam.com"]);
    await advanceMinutes(23 * 60);
    expect(fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url)).get("code")).toBeTruthy();
    // Used just now: its 24 hours start again.
    await advanceMinutes(23 * 60);
    expect(fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url)).get("code")).toBeTruthy();
    await advanceMinutes(25 * 60);
    expect(fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url)).get("error")).toBe("login_required");
    world.transact((state) => {
      const session = state.browserSessions.find((s) => s.sid === sid)!;
      session.signedOut = false;
      session.persistent = true;
      session.lastUsedAt = new Date(Date.now() + state.clockOffsetMs).toISOString();
    });
    await advanceMinutes(30 * 24 * 60);
    expect(fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url)).get("code")).toBeTruthy();
  });
});

describe("Pick an account", () => {
  it("S14 S40 §10.1 lists the browser's accounts; a tile signs in, Sign out keeps the tile signed out, Forget removes it", async () => {
    seedBrowserSessions(await thisBrowser(), ["alex@fabrikam.com", "taylor@fabrikam.com"]);
    const sids = world.read((s) =>
      Object.fromEntries(s.browserSessions.map((b) => [s.accounts.find((a) => a.objectId === b.accountObjectId)!.email, b.sid])),
    );
    const { url, verifier } = await authorizeUrl(CONTOSO_TENANT_ID);
    const picker = await open(url);
    expect(textOf(picker)).toMatch(/Pick an account/);
    expect(textOf(picker)).toMatch(/Alex Wilber\s+alex@fabrikam.com\s+Signed in/);
    expect(textOf(picker)).toMatch(/Use another account/);

    const signedOut = await press(picker, "tile-sign-out", {}, sids["taylor@fabrikam.com"]);
    expect(textOf(signedOut)).toMatch(/Taylor Reyes\s+taylor@fabrikam.com\s+Signed out/);
    const forgotten = await press(signedOut, "tile-forget", {}, sids["taylor@fabrikam.com"]);
    expect(textOf(forgotten)).not.toMatch(/taylor@fabrikam.com/);

    const picked = await press(forgotten, "pick", {}, sids["alex@fabrikam.com"]);
    expect((await idTokenOf(picked, CONTOSO_TENANT_ID, verifier)).sid).toBe(sids["alex@fabrikam.com"]);
  });

  it("S40 §10.1 prompt=select_account shows the picker even for one account; a signed-out tile asks for the password again", async () => {
    const [sid] = seedBrowserSessions(await thisBrowser(), ["alex@fabrikam.com"]);
    world.transact((state) => {
      state.browserSessions.find((s) => s.sid === sid)!.signedOut = true;
    });
    const picker = await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "select_account" })).url);
    expect(textOf(picker)).toMatch(/alex@fabrikam.com\s+Signed out/);
    const handedOver = await press(picker, "pick", {}, sid);
    // Contoso hands the signed-out account over to Fabrikam, which asks for its password.
    expect(handedOver.kind).toBe("redirect");
    const home = await open(redirectOf(handedOver));
    expect(textOf(home)).toMatch(/Enter password/);
  });
});

describe("Stay signed in?", () => {
  it("S41 §10.2 a member signing in to their own tenant is asked; Yes keeps a persistent session, Don't show this again is remembered", async () => {
    const { url } = await authorizeUrl(FABRIKAM_TENANT_ID, { prompt: "login" });
    let outcome = await open(url);
    outcome = await press(outcome, "email", { email: "alex@fabrikam.com" });
    outcome = await press(outcome, "password", { email: "alex@fabrikam.com", password: DEMO_PASSWORD });
    expect(textOf(outcome)).toMatch(/Stay signed in\?/);
    expect(outcome.kind === "page" && outcome.html).toContain('id="idSIButton9"');
    expect(outcome.kind === "page" && outcome.html).toContain('id="idBtn_Back"');
    const done = await press(outcome, "kmsi", { answer: "yes", dont_show: "1" });
    expect(fragmentOf(done).get("code")).toBeTruthy();
    expect(world.read((s) => s.browserSessions.map((b) => b.persistent))).toEqual([true]);
    // Asked no more in this browser: the password goes straight back to the app.
    let again = await open((await authorizeUrl(FABRIKAM_TENANT_ID, { prompt: "login" })).url);
    again = await press(again, "email", { email: "alex@fabrikam.com" });
    again = await press(again, "password", { email: "alex@fabrikam.com", password: DEMO_PASSWORD });
    expect(fragmentOf(again).get("code")).toBeTruthy();
  });

  it("S41 §10.2 never to a guest at the resource tenant, and never in the redemption (a consent flow)", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    const { url } = await authorizeUrl(CONTOSO_TENANT_ID, { login_hint: "alex@fabrikam.com", nonce: session.signIn.nonce });
    const outcome = await signIn(url, "alex@fabrikam.com", DEMO_PASSWORD);
    expect(outcome.kind).toBe("redirect");
    expect(world.read((s) => s.browserSessions.map((b) => b.persistent))).toEqual([false]);
  });
});

describe("sign-out", () => {
  it("S42 §10.5 the end-session endpoint ends the session its id_token_hint names; the next silent sign-in fails", async () => {
    const token = await signInAtFakeIdp(
      { authority: `https://login.mock-idp.test/${CONTOSO_TENANT_ID}/v2.0`, loginHint: "alex@fabrikam.com" },
      "alex@fabrikam.com",
      DEMO_PASSWORD,
    );
    const logout = new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${CONTOSO_TENANT_ID}/oauth2/v2.0/logout`);
    logout.searchParams.set("id_token_hint", token);
    logout.searchParams.set("post_logout_redirect_uri", REDIRECT_URI);
    logout.searchParams.set("state", "bye");
    const out = await open(logout);
    expect(redirectOf(out).searchParams.get("state")).toBe("bye");
    expect(fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url)).get("error")).toBe("login_required");
    // The tile stays, signed out (§10.1 SIM-ASSUMPTION).
    expect(textOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "select_account" })).url))).toMatch(/Signed out/);
  });

  it("S40a §10.5 without a hint and with several accounts signed in, the guest picks the one to sign out", async () => {
    const [alex] = seedBrowserSessions(await thisBrowser(), ["alex@fabrikam.com", "taylor@fabrikam.com"]);
    const picker = await open(new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${CONTOSO_TENANT_ID}/oauth2/v2.0/logout`));
    expect(textOf(picker)).toMatch(/Pick an account to sign out/);
    const done = await press(picker, "sign-out-pick", {}, alex);
    expect(textOf(done)).toMatch(/You signed out of your account/);
    const still = fragmentOf(await open((await authorizeUrl(CONTOSO_TENANT_ID, { prompt: "none" })).url));
    // Taylor is still signed in, and Contoso has no such guest.
    expect(still.get("error")).toBe("login_required");
    expect(world.read((s) => s.browserSessions.filter((b) => !b.signedOut).length)).toBe(1);
  });
});

describe("the most common AADSTS50020", () => {
  it("S31 §4.9 §10.4 Taylor still signed in to the browser: opening Alex's invitation signs Taylor in, and Contoso refuses Taylor", async () => {
    seedBrowserSessions(await thisBrowser(), ["taylor@fabrikam.com"]);
    const session = await startSessionFor("alex@fabrikam.com");
    const { url } = await authorizeUrl(CONTOSO_TENANT_ID, { login_hint: session.signIn.loginHint, nonce: session.signIn.nonce });
    const refused = await open(url);
    expect(textOf(refused)).toMatch(/AADSTS50020: User account 'taylor@fabrikam.com'/);
    // Sign out and sign in with a different account: Taylor's session ends, the sign-in starts over at the e-mail page.
    const over = await press(refused, "switch-account");
    expect(textOf(over)).toMatch(/Sign in/);
    expect(world.read((s) => s.browserSessions.map((b) => b.signedOut))).toEqual([true]);
    const signedIn = await signIn(url, "alex@fabrikam.com", DEMO_PASSWORD);
    expect(fragmentOf(signedIn).get("code")).toBeTruthy();
  });
});
