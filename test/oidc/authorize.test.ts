// @vitest-environment node
// Conformance point 2: the authorize endpoint. Response modes, OAuth errors back to the redirect URI with
// the state, error pages only for an unknown client or redirect URI, and prompt.
import { describe, expect, it } from "vitest";
import { MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { TEST_ORIGIN } from "../../mocks/node";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { GOOGLE_SEGMENT } from "../../mocks/domain/accounts";
import { loadScenario } from "../support/api";
import { pkcePair } from "../support/oauth";
import { open, redirectOf, signIn, type Outcome } from "./drive";

const REDIRECT_URI = `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`;

async function authorizeUrl(overrides: Record<string, string | null> = {}, tenant = FABRIKAM_TENANT_ID) {
  const { challenge } = await pkcePair();
  const params: Record<string, string | null> = {
    client_id: SIMULATOR_CLIENT_ID,
    response_type: "code",
    redirect_uri: REDIRECT_URI,
    scope: "openid profile",
    state: "st-42",
    nonce: "n-1",
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...overrides,
  };
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null));
  return new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${tenant}/oauth2/v2.0/authorize?${query.toString()}`);
}

/** The response parameters of a redirect, wherever the response mode put them. */
function responseOf(outcome: Outcome): { where: string; params: URLSearchParams } {
  if (outcome.kind === "form_post") return { where: "form_post", params: new URLSearchParams(outcome.fields) };
  const location = redirectOf(outcome);
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
  if (location.hash) return { where: "fragment", params: new URLSearchParams(location.hash.slice(1)) };
  return { where: "query", params: location.searchParams };
}

const pageText = (outcome: Outcome) => (outcome.kind === "page" ? outcome.html : "");

describe("response modes", () => {
  it("infra: OAuth 2.0 Multiple Response Types §2.1 response_mode defaults to query for code", async () => {
    const { where, params } = responseOf(await signIn(await authorizeUrl(), "alex@fabrikam.com", DEMO_PASSWORD));
    expect(where).toBe("query");
    expect(params.get("code")).toBeTruthy();
    expect(params.get("state")).toBe("st-42");
  });

  it.each(["query", "fragment", "form_post"])(
    "infra: OAuth 2.0 Multiple Response Types §2.1 response_mode=%s delivers code and state there",
    async (mode) => {
      const { where, params } = responseOf(await signIn(await authorizeUrl({ response_mode: mode }), "alex@fabrikam.com", DEMO_PASSWORD));
      expect(where).toBe(mode);
      expect(params.get("code")).toBeTruthy();
      expect(params.get("state")).toBe("st-42");
    },
  );

  it("infra: OAuth 2.0 Form Post Response Mode §2 the page is a form that posts itself to the redirect URI", async () => {
    const outcome = await signIn(await authorizeUrl({ response_mode: "form_post" }), "alex@fabrikam.com", DEMO_PASSWORD);
    expect(outcome).toMatchObject({ kind: "form_post", action: REDIRECT_URI });
  });

  it("infra: RFC 6749 §4.1.2 no state in the request, no state in the response", async () => {
    const { params } = responseOf(await signIn(await authorizeUrl({ state: null }), "alex@fabrikam.com", DEMO_PASSWORD));
    expect(params.get("code")).toBeTruthy();
    expect(params.has("state")).toBe(false);
  });
});

describe("errors", () => {
  it.each([
    ["an unsupported response_type", { response_type: "token" }, "unsupported_response_type"],
    ["response_type id_token", { response_type: "id_token" }, "unsupported_response_type"],
    ["no response_type", { response_type: null }, "invalid_request"],
    ["no PKCE challenge", { code_challenge: null, code_challenge_method: null }, "invalid_request"],
    ["PKCE method plain", { code_challenge_method: "plain" }, "invalid_request"],
    ["an unknown prompt", { prompt: "sometimes" }, "invalid_request"],
  ])("infra: RFC 6749 §4.1.2.1 %s comes back to the redirect URI as an OAuth error with the state", async (_name, change, error) => {
    for (const mode of ["query", "fragment", "form_post", null]) {
      const outcome = await open(await authorizeUrl({ ...change, response_mode: mode }));
      const { where, params } = responseOf(outcome);
      expect(where).toBe(mode ?? "query");
      expect(params.get("error")).toBe(error);
      expect(params.get("error_description")).toMatch(/^AADSTS\d+: /);
      expect(params.get("state")).toBe("st-42");
      expect(params.has("code")).toBe(false);
    }
  });

  it.each([
    ["an unknown client", { client_id: "00000000-0000-0000-0000-000000000bad" }, "AADSTS700016"],
    ["an unregistered redirect URI", { redirect_uri: "https://evil.example/cb" }, "AADSTS50011"],
  ])("infra: RFC 6749 §4.1.2.1 %s shows an error page and never redirects", async (_name, change, code) => {
    const outcome = await open(await authorizeUrl({ ...change, response_type: "token" }));
    expect(outcome.kind).toBe("page");
    expect(outcome).toMatchObject({ status: 400 });
    expect(pageText(outcome)).toContain(code);
  });

  it("infra: RFC 6749 §4.1.2.1 an unknown tenant shows AADSTS90002's error page", async () => {
    const outcome = await open(await authorizeUrl({}, "00000000-0000-0000-0000-00000000dead"));
    expect(outcome).toMatchObject({ kind: "page", status: 400 });
    expect(pageText(outcome)).toContain("AADSTS90002");
  });

  it("infra: OIDC Core §3.1.2.6 addendum §10.4 an account the tenant does not have is refused once its home IdP vouched for it (AADSTS50020 page, no code)", async () => {
    const outcome = await signIn(await authorizeUrl({}, CONTOSO_TENANT_ID), "taylor@fabrikam.com", DEMO_PASSWORD);
    expect(outcome.kind).toBe("page");
    expect(pageText(outcome)).toContain("AADSTS50020");
  });

  it("S31 S53 addendum §14.1 Entra's error page: Sign in, the lead sentence, the code line, More details and the troubleshooting details", async () => {
    const page = pageText(await signIn(await authorizeUrl({}, CONTOSO_TENANT_ID), "taylor@fabrikam.com", DEMO_PASSWORD));
    const order = [
      '<h1 id="heading" tabindex="-1">Sign in</h1>',
      "Sorry, but we&#39;re having trouble signing you in.",
      'class="ext-error error-line"',
      "Sign out and sign in with a different account",
      'aria-controls="troubleshooting"',
      "Troubleshooting details",
      'aria-label="Close troubleshooting details"',
      "Copy info to clipboard",
      "<dt>Message</dt>",
      "<dt>Request Id</dt>",
      "<dt>Correlation Id</dt>",
      "<dt>Timestamp</dt>",
      "<dt>App name</dt><dd>B2B Redemption Simulator</dd>",
      `<dt>App id</dt><dd>${SIMULATOR_CLIENT_ID}</dd>`,
      "Enable flagging",
    ].map((part) => page.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order.toSorted((a, b) => a - b)).toEqual(order);
    expect(page).toContain('id="troubleshooting" aria-labelledby="troubleshooting-heading" hidden');
  });

  it("S43 S53 addendum §14.1 a failed sign-out is the page's sign-out variant", async () => {
    const logout = new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}00000000-0000-0000-0000-00000000dead/oauth2/v2.0/logout`);
    const page = pageText(await open(logout));
    expect(page).toContain('<h1 id="heading" tabindex="-1">Sign out</h1>');
    expect(page).toContain("Sorry, but we&#39;re having trouble signing you out.");
    expect(page).toContain("AADSTS90002");
  });
});

describe("prompt", () => {
  it("infra: OIDC Core §3.1.2.1 prompt=none without a session comes back as login_required with the state", async () => {
    for (const mode of ["query", "fragment", "form_post"]) {
      const { where, params } = responseOf(await open(await authorizeUrl({ prompt: "none", response_mode: mode })));
      expect(where).toBe(mode);
      expect(params.get("error")).toBe("login_required");
      expect(params.get("state")).toBe("st-42");
    }
  });

  it("infra: OIDC Core §3.1.2.1 prompt=none with another value is invalid_request", async () => {
    const { params } = responseOf(await open(await authorizeUrl({ prompt: "none login" })));
    expect(params.get("error")).toBe("invalid_request");
  });

  it("infra: OIDC Core §3.1.2.1 prompt=login shows the credentials page (with the login_hint) and signs in with a password", async () => {
    const login = await open(await authorizeUrl({ prompt: "login", login_hint: "alex@fabrikam.com" }));
    expect(pageText(login)).toContain('type="email"');
    expect(pageText(login)).toContain('value="alex@fabrikam.com"');
    const { params } = responseOf(await signIn(await authorizeUrl({ prompt: "login" }), "alex@fabrikam.com", DEMO_PASSWORD));
    expect(params.get("code")).toBeTruthy();
  });

  it("infra: OIDC Core §3.1.2.1 Google's chooser of browser accounts is Google's own session: shown with prompt=login too", async () => {
    loadScenario("gmail-google-federation");
    for (const prompt of [null, "login"]) {
      expect(pageText(await open(await authorizeUrl({ prompt }, GOOGLE_SEGMENT)))).toContain("Choose an account");
    }
  });

  it("infra: OIDC Core §3.1.2.1 prompt=select_account shows the e-mail page without the login_hint", async () => {
    const withHint = await open(await authorizeUrl({ login_hint: "alex@fabrikam.com" }));
    expect(pageText(withHint)).toContain('value="alex@fabrikam.com"');
    const select = await open(await authorizeUrl({ prompt: "select_account", login_hint: "alex@fabrikam.com" }));
    expect(pageText(select)).toContain('type="email"');
    expect(pageText(select)).not.toContain('value="alex@fabrikam.com"');
  });

  it("infra: OIDC Core §3.1.2.1 prompt=consent is accepted: the sign-in goes on to a code", async () => {
    const { params } = responseOf(await signIn(await authorizeUrl({ prompt: "consent" }), "alex@fabrikam.com", DEMO_PASSWORD));
    expect(params.get("code")).toBeTruthy();
  });
});
