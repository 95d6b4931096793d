// @vitest-environment node
// A standard OpenID Connect client other than MSAL, used unchanged: openid-client v6 (node), with its
// default settings, against the fake Entra over msw/node. Only the user's part (the sign-in page) is done
// by hand, as a browser would (./drive.ts). openid-client only talks to https endpoints, and the fake
// Entra's authorize and end-session pages are on the app's own origin (decision 0003), so the app here is
// served over https: the fake world's IdP handlers for that origin go first (decision 0031).
import * as client from "openid-client";
import { beforeEach, describe, expect, it } from "vitest";
import { GRAPH_BASE, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { authorityFor } from "../../mocks/domain/accounts";
import { server, world } from "../../mocks/node";
import { idpHandlers } from "../../mocks/handlers/idp";
import { ADMIN_APP_CLIENT_ID, ADMIN_APP_CLIENT_SECRET, defaultAppRegistrations } from "../../mocks/idp/apps";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { open, redirectOf, signIn } from "./drive";

const FABRIKAM = authorityFor(FABRIKAM_TENANT_ID);
/** An https app origin: openid-client refuses plain-http endpoints unless told otherwise. */
const TEST_ORIGIN = "https://app.fake-entra.test";
const REDIRECT_URI = `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`;

beforeEach(() => {
  server.use(...idpHandlers({ world, appOrigin: TEST_ORIGIN, clientId: SIMULATOR_CLIENT_ID }));
});

async function simulator() {
  return client.discovery(new URL(FABRIKAM), SIMULATOR_CLIENT_ID, undefined, client.None());
}

/** openid-client's documented code + PKCE recipe, unchanged (no state: the server supports PKCE). */
async function signInWithCode(config: client.Configuration, extra: Record<string, string> = {}) {
  const codeVerifier = client.randomPKCECodeVerifier();
  const parameters: Record<string, string> = {
    redirect_uri: REDIRECT_URI,
    scope: "openid profile email offline_access",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    ...extra,
  };
  const state = config.serverMetadata().supportsPKCE() ? undefined : client.randomState();
  if (state) parameters.state = state;
  const url = client.buildAuthorizationUrl(config, parameters);
  const callback = redirectOf(await signIn(url, "alex@fabrikam.com", DEMO_PASSWORD));
  return client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state });
}

describe("openid-client v6 against the fake Entra", () => {
  it("infra: OIDC Discovery 1.0 §4 openid-client discovers a tenant's metadata and accepts its issuer", async () => {
    const config = await simulator();
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(FABRIKAM);
    expect(metadata.supportsPKCE()).toBe(true);
    expect(metadata.userinfo_endpoint).toBeTruthy();
  });

  it("infra: OIDC Core §3.1 code + PKCE with default settings: tokens whose signature verifies against the JWKS", async () => {
    const config = await simulator();
    // Also check the id token's signature against jwks_uri (openid-client skips that for TLS responses).
    client.enableNonRepudiationChecks(config);
    const tokens = await signInWithCode(config);
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: FABRIKAM,
      aud: SIMULATOR_CLIENT_ID,
      tid: FABRIKAM_TENANT_ID,
      preferred_username: "alex@fabrikam.com",
    });
    expect(tokens.token_type).toBe("bearer");
    expect(tokens.refresh_token).toBeTruthy();
  });

  it("infra: OIDC Core §5.3 userinfo answers the signed-in user's claims for the access token", async () => {
    const config = await simulator();
    const tokens = await signInWithCode(config);
    const sub = tokens.claims()?.sub ?? "";
    const info = await client.fetchUserInfo(config, tokens.access_token, sub);
    expect(info).toMatchObject({ sub, name: "Alex Wilber", email: "alex@fabrikam.com", preferred_username: "alex@fabrikam.com" });
  });

  it("infra: OIDC Core §12 refresh_token grant: new tokens for the same subject and issuer", async () => {
    const config = await simulator();
    const first = await signInWithCode(config);
    const refreshed = await client.refreshTokenGrant(config, first.refresh_token ?? "");
    expect(refreshed.access_token).toBeTruthy();
    expect(refreshed.claims()).toMatchObject({ sub: first.claims()?.sub, iss: FABRIKAM });
  });

  it("infra: OIDC Core §3.1.2.6 silent sign-in (prompt=none) without a session comes back as login_required", async () => {
    const config = await simulator();
    const state = client.randomState();
    const codeVerifier = client.randomPKCECodeVerifier();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: "openid profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      prompt: "none",
      state,
    });
    const callback = redirectOf(await open(url));
    await expect(
      client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state }),
    ).rejects.toMatchObject({
      error: "login_required",
    });
  });

  it("infra: OAuth 2.0 Form Post Response Mode: openid-client redeems the code posted to its redirect URI", async () => {
    const config = await simulator();
    const codeVerifier = client.randomPKCECodeVerifier();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: "openid profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      response_mode: "form_post",
    });
    const outcome = await signIn(url, "alex@fabrikam.com", DEMO_PASSWORD);
    if (outcome.kind !== "form_post") throw new Error(`expected form_post, got ${outcome.kind}`);
    expect(outcome.action).toBe(REDIRECT_URI);
    const posted = new Request(outcome.action, { method: "POST", body: new URLSearchParams(outcome.fields) });
    const tokens = await client.authorizationCodeGrant(config, posted, { pkceCodeVerifier: codeVerifier });
    expect(tokens.claims()?.iss).toBe(FABRIKAM);
  });

  it("infra: OIDC RP-Initiated Logout 1.0 §2 end session returns to the post_logout_redirect_uri with the state", async () => {
    const config = await simulator();
    const tokens = await signInWithCode(config);
    const url = client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: `${TEST_ORIGIN}/`,
      id_token_hint: tokens.id_token ?? "",
      state: "bye-123",
    });
    const back = redirectOf(await open(url));
    expect(`${back.origin}${back.pathname}`).toBe(`${TEST_ORIGIN}/`);
    expect(back.searchParams.get("state")).toBe("bye-123");
  });

  it("infra: another app registers itself (FakeWorldOptions.appRegistrations): a confidential client signs in with client_secret_basic", async () => {
    const other = {
      clientId: "0a7e0a11-0000-4000-8000-0000000000aa",
      displayName: "Another app",
      redirectUris: [`${TEST_ORIGIN}/callback`],
      clientSecret: "s3cret",
    };
    server.use(
      ...idpHandlers({
        world,
        appOrigin: TEST_ORIGIN,
        clientId: SIMULATOR_CLIENT_ID,
        appRegistrations: [...defaultAppRegistrations(TEST_ORIGIN, SIMULATOR_CLIENT_ID), other],
      }),
    );
    const config = await client.discovery(new URL(FABRIKAM), other.clientId, undefined, client.ClientSecretBasic(other.clientSecret));
    const codeVerifier = client.randomPKCECodeVerifier();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: `${TEST_ORIGIN}/callback`,
      scope: "openid profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
    });
    const callback = redirectOf(await signIn(url, "alex@fabrikam.com", DEMO_PASSWORD));
    expect(`${callback.origin}${callback.pathname}`).toBe(`${TEST_ORIGIN}/callback`);
    const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier });
    expect(tokens.claims()?.aud).toBe(other.clientId);
  });

  it("infra: RFC 6749 §4.4 the seeded admin app's client-credentials token is accepted by the fake Graph", async () => {
    const resourceTenant = world.read((s) => s.resourceTenantId);
    const config = await client.discovery(
      new URL(authorityFor(resourceTenant)),
      ADMIN_APP_CLIENT_ID,
      undefined,
      client.ClientSecretPost(ADMIN_APP_CLIENT_SECRET),
    );
    const tokens = await client.clientCredentialsGrant(config, { scope: "https://graph.microsoft.com/.default" });
    const res = await fetch(`${GRAPH_BASE}/users?$top=1`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(res.status).toBe(200);
  });
});
