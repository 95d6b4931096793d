// @vitest-environment node
// Google's own refusals before its sign-in page (spec §4.3, §6), at the HTTP level: the guest's browser sends an
// oversized cookie header ("header too long", decision 0082) and the app signs in inside an embedded web view
// (disallowed_useragent, decision 0083). Google's pages, not Entra's: no AADSTS code, Google's look.
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import { MOCK_IDP_API } from "../../src/api/endpoints";
import { TEST_ORIGIN } from "../../mocks/node";
import { api, loadScenario, postJson, signedInSession, startSessionFor } from "../support/api";
import { authorizeParams, handOverOf, openAuthorize, pkcePair, redeemCode, signInAtFakeIdp, submitPassword } from "../support/oauth";

async function settings() {
  return (await (await fetch(`${api}/demo/settings`)).json()) as Record<string, unknown>;
}

async function changeSettings(change: Record<string, unknown>) {
  const res = await fetch(`${api}/demo/settings`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...(await settings()), ...change }),
  });
  expect(res.status).toBeLessThan(300);
}

/** The sign-in step's popup up to Google: the resource tenant hands kim@gmail.com over, and Google's leg opens. */
async function googleLeg(email = "kim@gmail.com") {
  const session = await startSessionFor(email);
  const tenantId = new URL(session.signIn.authority).pathname.split("/")[1] ?? "";
  const { challenge } = await pkcePair();
  const params = authorizeParams(challenge, { nonce: session.signIn.nonce, ui_locales: "en" });
  const first = await openAuthorize(tenantId, { response_type: "code", ...params, login_hint: email });
  const handOver = handOverOf(first.location);
  if (!handOver) throw new Error(`no hand-over to Google: ${first.status}`);
  expect(handOver.segment).toBe("google");
  const { login_hint: _hint, ...carried } = handOver.params;
  return { session, handOver, carried, page: await openAuthorize(handOver.segment, handOver.params) };
}

/** What the page's form with `step` posts, the way the popup's page script sends it. */
async function postForm(html: string, step: string, extra: Record<string, string> = {}) {
  const form = [...html.matchAll(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].find((m) =>
    m[2]?.includes(`name="step" value="${step}"`),
  );
  if (!form) throw new Error(`no form for ${step}`);
  const fields = Object.fromEntries(
    [...(form[2] ?? "").matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
  );
  const body = new URLSearchParams({ ...fields, ...extra });
  const res = await fetch((form[1] ?? "").replace(/&amp;/g, "&"), { method: "POST", body });
  return { status: res.status, html: await res.text() };
}

describe('Google\'s "header too long" page (spec §4.3, §6; decision 0082)', () => {
  it("S18 the scenario's browser sends an oversized header: Google's 400 page, in Google's look, with no AADSTS code", async () => {
    loadScenario("google-header-too-long");
    expect(await settings()).toMatchObject({ googleFederation: true, googleHeaderTooLong: true });
    const { page } = await googleLeg();
    expect(page.status).toBe(400);
    expect(page.html).toContain('<body class="google">');
    expect(page.html).toContain("400. That’s an error.");
    expect(page.html).toContain("its header is too long");
    expect(page.html).not.toMatch(/AADSTS/);
  });

  it("§4.3 the password form is refused as well while the header is too long", async () => {
    loadScenario("google-header-too-long");
    const { carried } = await googleLeg();
    const posted = await submitPassword("google", carried, "kim@gmail.com", DEMO_PASSWORD);
    expect(posted.status).toBe(400);
    expect(posted.location).toBeUndefined();
  });

  it("§4.3 clearing the browser's cookies for Google: the switch goes off, Google's sign-in page (signed out of Google), then a code", async () => {
    loadScenario("google-header-too-long");
    const { page, carried } = await googleLeg();
    const cleared = await postForm(page.html ?? "", "clear-google-cookies");
    expect(cleared.status).toBe(200);
    // Signed out of Google: the e-mail page, not the account chooser.
    expect(cleared.html).toContain('<label for="email">Email or phone</label>');
    expect(cleared.html).not.toContain("Choose an account");
    expect(await settings()).toMatchObject({ googleHeaderTooLong: false });
    const signedIn = await submitPassword("google", carried, "kim@gmail.com", DEMO_PASSWORD);
    expect(signedIn.location).toMatch(/#code=/);
  });

  it("§4.3 the presenter switches it off in the studio, and Try again: Google's chooser, then Review permissions", async () => {
    loadScenario("google-header-too-long");
    const session = await startSessionFor("kim@gmail.com");
    const refused = await signInAtFakeIdp(session.signIn, "kim@gmail.com", DEMO_PASSWORD).catch((error: unknown) => error);
    expect((refused as { status: number }).status).toBe(400);
    await changeSettings({ googleHeaderTooLong: false });
    expect((await googleLeg()).page.html).toContain("Choose an account");
    const idToken = await signInAtFakeIdp(session.signIn, "kim@gmail.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body.step).toBe("consent");
  });

  it("§4.3 only Google is affected: a work account signs in with the switch on", async () => {
    loadScenario("work-account");
    await changeSettings({ googleHeaderTooLong: true, embeddedWebView: true });
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });

  it("§6 the clear-cookies form is Google's only: at a work account's tenant it clears nothing", async () => {
    loadScenario("google-header-too-long");
    const body = new URLSearchParams({ step: "clear-google-cookies" });
    await fetch(`${TEST_ORIGIN}${MOCK_IDP_API}/organizations/login`, { method: "POST", body });
    expect(await settings()).toMatchObject({ googleHeaderTooLong: true });
  });
});

describe("Google's embedded web-view block (spec §4.3, §6; decision 0083)", () => {
  it("§4.3 the app signs in inside an embedded web view: Google's 403 page, disallowed_useragent, no AADSTS code", async () => {
    loadScenario("google-web-view-blocked");
    expect(await settings()).toMatchObject({ embeddedWebView: true });
    const { page, carried } = await googleLeg();
    expect(page.status).toBe(403);
    expect(page.html).toContain('<body class="google">');
    expect(page.html).toContain("disallowed_useragent");
    expect(page.html).toContain("embedded user agent (a web view)");
    expect(page.html).not.toMatch(/AADSTS|clear-google-cookies/);
    expect((await submitPassword("google", carried, "kim@gmail.com", DEMO_PASSWORD)).status).toBe(403);
  });

  it("§4.3 with the web view off (the app uses the system browser), Try again: Google's chooser and a code", async () => {
    loadScenario("google-web-view-blocked");
    const session = await startSessionFor("kim@gmail.com");
    await changeSettings({ embeddedWebView: false });
    expect((await googleLeg()).page.html).toContain("Choose an account");
    const idToken = await signInAtFakeIdp(session.signIn, "kim@gmail.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body.step).toBe("consent");
  });

  it("§4.3 the header is refused first: with both switches on, Google's 400 page", async () => {
    loadScenario("google-web-view-blocked");
    await changeSettings({ googleHeaderTooLong: true });
    expect((await googleLeg()).page.status).toBe(400);
  });
});

/** The web view's sign-in up to the code page: no hand-over to Google. */
async function codePage(lang = "en") {
  const session = await startSessionFor("kim@gmail.com");
  const tenantId = new URL(session.signIn.authority).pathname.split("/")[1] ?? "";
  const { verifier, challenge } = await pkcePair();
  const params = authorizeParams(challenge, { nonce: session.signIn.nonce, ui_locales: lang });
  const page = await openAuthorize(tenantId, { response_type: "code", ...params, login_hint: "kim@gmail.com" });
  const code = /<p class="device-code"[^>]*>([A-Z0-9]+)<\/p>/.exec(page.html ?? "")?.[1] ?? "";
  const poll = (/data-poll="([^"]*)"/.exec(page.html ?? "")?.[1] ?? "").replace(/&amp;/g, "&");
  return { session, tenantId, verifier, page, code, poll };
}

const devicelogin = async (path = "authorize?ui_locales=en") => (await fetch(`${TEST_ORIGIN}${MOCK_IDP_API}/devicelogin/${path}`)).text();

describe("Microsoft's device sign-in flow in an embedded web view (spec §4.3, S19; decision 0084)", () => {
  it("S19 §4.3 the web view shows a nine-character code and microsoft.com/devicelogin instead of Google; polling waits", async () => {
    loadScenario("google-device-sign-in");
    const { page, code, poll } = await codePage();
    expect(page.location).toBeUndefined();
    expect(page.html).toContain("https://microsoft.com/devicelogin");
    expect(code).toMatch(/^[A-Z0-9]{9}$/);
    expect((await fetch(poll)).status).toBe(204);
  });

  it("S19 §4.3 code, e-mail again, Google's password, Continue, confirmation; the web view then gets its code: Review permissions", async () => {
    loadScenario("google-device-sign-in");
    const { session, tenantId, verifier, code, poll } = await codePage();
    const enter = await devicelogin();
    expect(enter).toContain("Enter code");
    const wrong = await postForm(enter, "device-code", { code: "AAAAAAAAA" });
    expect(wrong.html).toContain("That code didn&#39;t work.");
    const email = await postForm(enter, "device-code", { code: code.toLowerCase() });
    expect(email.html).toContain("enter your email again to confirm");
    expect((await postForm(email.html, "device-email", { email: "kim.akers.home@gmail.com" })).html).toContain('role="alert"');
    const google = await postForm(email.html, "device-email", { email: "kim@gmail.com" });
    expect(google.html).toContain('<body class="google">');
    expect((await postForm(google.html, "password", { password: "wrong" })).html).toContain("Wrong password.");
    const confirm = await postForm(google.html, "password", { password: DEMO_PASSWORD });
    expect(confirm.html).toMatch(/Are you trying to sign in to [^?]+\?/);
    expect((await fetch(poll)).status).toBe(204);
    const done = await postForm(confirm.html, "device-confirm", { answer: "continue" });
    expect(done.html).toContain("You can close this window now.");
    const finished = await fetch(poll);
    const { location } = (await finished.json()) as { location: string };
    const authCode = new URLSearchParams(new URL(location).hash.slice(1)).get("code") ?? "";
    const { id_token: idToken } = (await (await redeemCode(tenantId, authCode, verifier)).json()) as { id_token: string };
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body.step).toBe("consent");
    // The code is used up: the web view's request is gone.
    expect((await fetch(poll)).status).toBe(400);
  });

  it("S19 Cancel on the confirmation ends it: the web view shows Entra's expired-request page", async () => {
    loadScenario("google-device-sign-in");
    const { code, poll } = await codePage();
    const email = await postForm(await devicelogin(), "device-code", { code });
    const google = await postForm(email.html, "device-email", { email: "kim@gmail.com" });
    const confirm = await postForm(google.html, "password", { password: DEMO_PASSWORD });
    expect((await postForm(confirm.html, "device-confirm", { answer: "cancel" })).html).toContain("You cancelled the sign-in.");
    const refused = await fetch(poll);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("AADSTS50058");
  });

  it("S19 without the device flow the web view meets Google's block page; without the web view, Google's own sign-in", async () => {
    loadScenario("google-device-sign-in");
    await changeSettings({ deviceSignInFlow: false });
    expect((await googleLeg()).page.status).toBe(403);
    await changeSettings({ deviceSignInFlow: true, embeddedWebView: false });
    expect((await googleLeg()).page.html).toContain("Choose an account");
  });
});
