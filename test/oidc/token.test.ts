// @vitest-environment node
// Conformance points 3 to 5: registered apps and the client-credentials grant, the token endpoint, and end
// session.
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { FAKE_AUTHORITY_HOST, GRAPH_BASE, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { authorityFor, CONSUMERS_TENANT_ID, GOOGLE_SEGMENT } from "../../mocks/domain/accounts";
import { idpHandlers } from "../../mocks/handlers/idp";
import { ADMIN_APP_CLIENT_ID, ADMIN_APP_CLIENT_SECRET, defaultAppRegistrations } from "../../mocks/idp/apps";
import { server, TEST_ORIGIN, world } from "../../mocks/node";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { api, loadScenario, post } from "../support/api";
import { authorizeParams, pkcePair } from "../support/oauth";
import { open, redirectOf, signIn } from "./drive";

const host = `https://${FAKE_AUTHORITY_HOST}`;
const tokenEndpoint = (segment: string) => `${host}/${segment}/oauth2/v2.0/token`;
const REDIRECT_URI = `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`;

const postForm = (url: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", body: new URLSearchParams(body), headers });

/** Signs in at `segment`'s authorize endpoint and returns the code and its verifier. */
async function codeAt(segment: string, email: string, extra: Record<string, string> = {}) {
  const { verifier, challenge } = await pkcePair();
  const query = new URLSearchParams({ ...authorizeParams(challenge), response_type: "code", response_mode: "query", ...extra });
  const url = new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${segment}/oauth2/v2.0/authorize?${query.toString()}`);
  const location = redirectOf(await signIn(url, email, DEMO_PASSWORD));
  return { code: location.searchParams.get("code") ?? "", verifier };
}

async function redeem(segment: string, code: string, verifier: string, extra: Record<string, string> = {}) {
  return postForm(tokenEndpoint(segment), {
    client_id: SIMULATOR_CLIENT_ID,
    grant_type: "authorization_code",
    redirect_uri: REDIRECT_URI,
    code,
    code_verifier: verifier,
    ...extra,
  });
}

function expectNoStore(res: Response) {
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  expect(res.headers.get("Pragma")).toBe("no-cache");
}

const graphToken = (segment: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  postForm(tokenEndpoint(segment), { grant_type: "client_credentials", scope: "https://graph.microsoft.com/.default", ...body }, headers);

const logoutUrl = (params: Record<string, string>) =>
  new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${FABRIKAM_TENANT_ID}/oauth2/v2.0/logout?${new URLSearchParams(params).toString()}`);

const authorize = (clientId: string, redirectUri: string) =>
  new URL(
    `${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${FABRIKAM_TENANT_ID}/oauth2/v2.0/authorize?${new URLSearchParams({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: "token",
      scope: "openid",
    }).toString()}`,
  );

describe("token endpoint", () => {
  it("infra: RFC 6749 §5.1 every token response, success or error, has Cache-Control: no-store and Pragma: no-cache", async () => {
    const { code, verifier } = await codeAt(FABRIKAM_TENANT_ID, "alex@fabrikam.com");
    const ok = await redeem(FABRIKAM_TENANT_ID, code, verifier);
    expect(ok.status).toBe(200);
    expectNoStore(ok);
    const refreshed = await postForm(tokenEndpoint(FABRIKAM_TENANT_ID), {
      client_id: SIMULATOR_CLIENT_ID,
      grant_type: "refresh_token",
      refresh_token: (await ok.json()).refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expectNoStore(refreshed);
    const bodies: Array<Record<string, string>> = [{ grant_type: "password" }, {}, { grant_type: "authorization_code", code: "nope" }];
    for (const body of bodies) {
      const res = await postForm(tokenEndpoint(FABRIKAM_TENANT_ID), { client_id: SIMULATOR_CLIENT_ID, ...body });
      expect(res.status).toBe(400);
      expectNoStore(res);
    }
    const unknownTenant = await postForm(tokenEndpoint("00000000-0000-0000-0000-00000000dead"), { grant_type: "refresh_token" });
    expect(unknownTenant.status).toBe(400);
    expectNoStore(unknownTenant);
  });

  it("infra: RFC 6749 §5.2 a missing grant_type is invalid_request; an unknown one unsupported_grant_type", async () => {
    const missing = await postForm(tokenEndpoint(FABRIKAM_TENANT_ID), { client_id: SIMULATOR_CLIENT_ID, code: "x" });
    expect(await missing.json()).toMatchObject({ error: "invalid_request", error_codes: [900144] });
    const unknown = await postForm(tokenEndpoint(FABRIKAM_TENANT_ID), { client_id: SIMULATOR_CLIENT_ID, grant_type: "password" });
    expect((await unknown.json()).error).toBe("unsupported_grant_type");
  });

  it.each([
    ["a work tenant", FABRIKAM_TENANT_ID, "alex@fabrikam.com", FABRIKAM_TENANT_ID, "work-account"],
    ["organizations (the user's home tenant)", "organizations", "alex@fabrikam.com", FABRIKAM_TENANT_ID, "work-account"],
    ["common, work account (home tenant)", "common", "alex@fabrikam.com", FABRIKAM_TENANT_ID, "work-account"],
    ["common, personal account (consumers tenant)", "common", "sam@outlook.com", CONSUMERS_TENANT_ID, "microsoft-account"],
    ["consumers", "consumers", "sam@outlook.com", CONSUMERS_TENANT_ID, "microsoft-account"],
    ["the consumers tenant id", CONSUMERS_TENANT_ID, "sam@outlook.com", CONSUMERS_TENANT_ID, "microsoft-account"],
    ["Google", GOOGLE_SEGMENT, "kim@gmail.com", GOOGLE_SEGMENT, "gmail-google-federation"],
  ] as const)(
    "infra: OIDC Core §2 the issuer of every token matches the authority: %s",
    async (_name, segment, email, issuerTenant, scenario) => {
      loadScenario(scenario);
      const { code, verifier } = await codeAt(segment, email);
      const res = await redeem(segment, code, verifier);
      const body = await res.json();
      expect(res.status).toBe(200);
      for (const token of [body.id_token, body.access_token]) {
        expect(decodeJwt(token)).toMatchObject({ iss: authorityFor(issuerTenant), tid: issuerTenant });
      }
      const refreshed = await (
        await postForm(tokenEndpoint(segment), {
          client_id: SIMULATOR_CLIENT_ID,
          grant_type: "refresh_token",
          refresh_token: body.refresh_token,
        })
      ).json();
      expect(decodeJwt(refreshed.id_token).iss).toBe(authorityFor(issuerTenant));
    },
  );

  it("infra: OIDC Core §2 a code is redeemed only at the authority it was issued at", async () => {
    const { code, verifier } = await codeAt(FABRIKAM_TENANT_ID, "alex@fabrikam.com");
    const elsewhere = await redeem(CONTOSO_TENANT_ID, code, verifier);
    expect(await elsewhere.json()).toMatchObject({ error: "invalid_grant", error_codes: [700005] });
    expect((await redeem(FABRIKAM_TENANT_ID, code, verifier)).status).toBe(200);
  });

  it("infra: RFC 6749 §6 the refresh_token grant answers fresh tokens; a refresh token is bound to its client and authority", async () => {
    const { code, verifier } = await codeAt(FABRIKAM_TENANT_ID, "alex@fabrikam.com");
    const first = await (await redeem(FABRIKAM_TENANT_ID, code, verifier)).json();
    const refresh = (segment: string, clientId = SIMULATOR_CLIENT_ID) =>
      postForm(tokenEndpoint(segment), { client_id: clientId, grant_type: "refresh_token", refresh_token: first.refresh_token });
    const again = await (await refresh(FABRIKAM_TENANT_ID)).json();
    expect(decodeJwt(again.access_token).sub).toBe(decodeJwt(first.access_token).sub);
    expect((await (await refresh(CONTOSO_TENANT_ID)).json()).error).toBe("invalid_grant");
    expect((await (await refresh(FABRIKAM_TENANT_ID, ADMIN_APP_CLIENT_ID)).json()).error).toBe("invalid_client");
  });

  it("infra: RFC 6749 §4.1.2 a replayed code is refused and revokes the refresh token issued for it", async () => {
    const { code, verifier } = await codeAt(FABRIKAM_TENANT_ID, "alex@fabrikam.com");
    const first = await (await redeem(FABRIKAM_TENANT_ID, code, verifier)).json();
    const replay = await redeem(FABRIKAM_TENANT_ID, code, verifier);
    expect(await replay.json()).toMatchObject({ error: "invalid_grant", error_codes: [54005] });
    const refreshed = await postForm(tokenEndpoint(FABRIKAM_TENANT_ID), {
      client_id: SIMULATOR_CLIENT_ID,
      grant_type: "refresh_token",
      refresh_token: first.refresh_token,
    });
    expect(await refreshed.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("infra: RFC 6749 §5.2 an injected fault on the login host answers OAuth error JSON (temporarily_unavailable, 503)", async () => {
    for (const endpoint of ["token", "idp"]) {
      world.transact((s) => {
        s.faults.failingEndpoint = endpoint;
      });
      const url =
        endpoint === "token" ? tokenEndpoint(FABRIKAM_TENANT_ID) : `${host}/${FABRIKAM_TENANT_ID}/v2.0/.well-known/openid-configuration`;
      const res = await fetch(
        url,
        endpoint === "token" ? { method: "POST", body: new URLSearchParams({ grant_type: "refresh_token" }) } : {},
      );
      expect(res.status).toBe(503);
      expectNoStore(res);
      const body = await res.json();
      expect(body).toMatchObject({ error: "temporarily_unavailable" });
      expect(body.error_description).toMatch(/^AADSTS\d+: /);
      expect(body).not.toHaveProperty("error.code");
    }
  });
});

describe("registered apps and the client-credentials grant", () => {
  it("infra: RFC 6749 §4.4 the seeded admin app gets an app-only Graph token (client_secret_post) that the fake Graph accepts", async () => {
    const res = await graphToken(CONTOSO_TENANT_ID, { client_id: ADMIN_APP_CLIENT_ID, client_secret: ADMIN_APP_CLIENT_SECRET });
    expect(res.status).toBe(200);
    expectNoStore(res);
    const body = await res.json();
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
    expect(body).not.toHaveProperty("refresh_token");
    expect(body).not.toHaveProperty("id_token");
    expect(decodeJwt(body.access_token)).toMatchObject({
      iss: authorityFor(CONTOSO_TENANT_ID),
      aud: "https://graph.microsoft.com",
      tid: CONTOSO_TENANT_ID,
      appid: ADMIN_APP_CLIENT_ID,
      idtyp: "app",
      roles: ["User.ReadWrite.All", "User.Invite.All"],
    });
    const users = await fetch(`${GRAPH_BASE}/users`, { headers: { Authorization: `Bearer ${body.access_token}` } });
    expect(users.status).toBe(200);
  });

  it("infra: RFC 6749 §2.3.1 client_secret_basic works too; a wrong or missing secret is invalid_client (401)", async () => {
    const basic = `Basic ${btoa(`${ADMIN_APP_CLIENT_ID}:${ADMIN_APP_CLIENT_SECRET}`)}`;
    expect((await graphToken(CONTOSO_TENANT_ID, {}, { Authorization: basic })).status).toBe(200);
    const wrong = await graphToken(CONTOSO_TENANT_ID, { client_id: ADMIN_APP_CLIENT_ID, client_secret: "guess" });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: "invalid_client", error_codes: [7000215] });
    const missing = await graphToken(CONTOSO_TENANT_ID, { client_id: ADMIN_APP_CLIENT_ID });
    expect(await missing.json()).toMatchObject({ error: "invalid_client", error_codes: [7000218] });
  });

  it("infra: RFC 6749 §4.4 a public client, another tenant, common, or a scope without /.default get no app-only token", async () => {
    expect((await (await graphToken(CONTOSO_TENANT_ID, { client_id: SIMULATOR_CLIENT_ID })).json()).error).toBe("invalid_client");
    const admin = { client_id: ADMIN_APP_CLIENT_ID, client_secret: ADMIN_APP_CLIENT_SECRET };
    expect((await (await graphToken(FABRIKAM_TENANT_ID, admin)).json()).error).toBe("unauthorized_client");
    expect((await (await graphToken("common", admin)).json()).error_codes).toEqual([50059]);
    expect((await (await graphToken(CONTOSO_TENANT_ID, { ...admin, scope: "User.Read" })).json()).error).toBe("invalid_scope");
  });

  it("infra: the demo admin's Graph token (POST /api/demo/graph-token) still works", async () => {
    const { accessToken } = await (await post(`${api}/demo/graph-token`)).json();
    expect((await fetch(`${GRAPH_BASE}/users`, { headers: { Authorization: `Bearer ${accessToken}` } })).status).toBe(200);
  });

  it("infra: FakeWorldOptions.appRegistrations: only registered apps and redirect URIs are accepted", async () => {
    const other = { clientId: "0a7e0a11-0000-4000-8000-0000000000bb", displayName: "Another SPA", redirectUris: [`${TEST_ORIGIN}/cb`] };
    const before = await open(authorize(other.clientId, `${TEST_ORIGIN}/cb`));
    expect(before).toMatchObject({ kind: "page", status: 400 });
    server.use(
      ...idpHandlers({
        world,
        appOrigin: TEST_ORIGIN,
        clientId: SIMULATOR_CLIENT_ID,
        appRegistrations: [...defaultAppRegistrations(TEST_ORIGIN, SIMULATOR_CLIENT_ID), other],
      }),
    );
    // Registered: the request is the client's, so its error goes back to it.
    expect(redirectOf(await open(authorize(other.clientId, `${TEST_ORIGIN}/cb`))).searchParams.get("error")).toBe(
      "unsupported_response_type",
    );
    expect(await open(authorize(other.clientId, REDIRECT_URI))).toMatchObject({ kind: "page", status: 400 });
  });
});

describe("end session", () => {
  it("infra: OIDC RP-Initiated Logout 1.0 §3 returns to a registered post_logout_redirect_uri with the state", async () => {
    const back = redirectOf(
      await open(logoutUrl({ client_id: SIMULATOR_CLIENT_ID, post_logout_redirect_uri: `${TEST_ORIGIN}/`, state: "s-9" })),
    );
    expect(back.href).toBe(`${TEST_ORIGIN}/?state=s-9`);
  });

  it("infra: OIDC RP-Initiated Logout 1.0 §3 an unregistered post_logout_redirect_uri, or none, shows the signed-out page", async () => {
    const cases: Array<Record<string, string>> = [
      { client_id: SIMULATOR_CLIENT_ID, post_logout_redirect_uri: "https://evil.example/", state: "s-9" },
      { post_logout_redirect_uri: `${TEST_ORIGIN}/` },
      {},
    ];
    for (const params of cases) {
      const outcome = await open(logoutUrl(params));
      expect(outcome.kind).toBe("page");
      expect(outcome.kind === "page" ? outcome.html : "").toContain("You signed out of your account");
    }
  });
});
