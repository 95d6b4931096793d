// @vitest-environment node
// Conformance point 1: discovery and JWKS for known tenants only; the metadata advertises only what works;
// userinfo works.
import { describe, expect, it } from "vitest";
import { FAKE_AUTHORITY_HOST } from "../../src/api/endpoints";
import { authorityFor, CONSUMERS_TENANT_ID, GOOGLE_SEGMENT, samlSegment } from "../../mocks/domain/accounts";
import { USERINFO_ENDPOINT } from "../../mocks/handlers/idp";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { loadScenario } from "../support/api";
import { authorizeParams, pkcePair, redeemCode, signInAtFakeIdp, submitPassword } from "../support/oauth";

const host = `https://${FAKE_AUTHORITY_HOST}`;
const metadataOf = (segment: string) => fetch(`${host}/${segment}/v2.0/.well-known/openid-configuration`);

describe("discovery and JWKS", () => {
  it.each([
    ["a work tenant", FABRIKAM_TENANT_ID],
    ["the resource tenant", CONTOSO_TENANT_ID],
    ["personal Microsoft accounts", CONSUMERS_TENANT_ID],
    ["Google", GOOGLE_SEGMENT],
  ])("infra: OIDC Discovery 1.0 §4.3 %s: metadata whose issuer is the authority it was fetched at", async (_name, segment) => {
    const res = await metadataOf(segment);
    expect(res.status).toBe(200);
    expect((await res.json()).issuer).toBe(authorityFor(segment));
    expect((await fetch(`${host}/${segment}/discovery/v2.0/keys`)).status).toBe(200);
  });

  it("infra: OIDC Discovery 1.0 §4.3 a SAML-federated domain has metadata only while a tenant federates it", async () => {
    loadScenario("saml-partner");
    expect((await metadataOf(samlSegment("woodgrovebank.com"))).status).toBe(200);
    expect((await metadataOf(samlSegment("unknown.example"))).status).toBe(400);
  });

  it.each(["00000000-0000-0000-0000-00000000dead", "nosuchtenant.onmicrosoft.com"])(
    "infra: OIDC Discovery 1.0 §4.3 an unknown tenant (%s) gets Entra's AADSTS90002 error JSON, not metadata",
    async (segment) => {
      for (const url of [`${host}/${segment}/v2.0/.well-known/openid-configuration`, `${host}/${segment}/discovery/v2.0/keys`]) {
        const res = await fetch(url);
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body).toMatchObject({ error: "invalid_tenant", error_codes: [90002] });
        expect(body.error_description).toMatch(/^AADSTS90002: Tenant '.+' not found/);
        expect(body.issuer).toBeUndefined();
      }
    },
  );

  it("infra: OIDC Discovery 1.0 §4.3 organizations and common name Entra's template issuer", async () => {
    for (const segment of ["organizations", "common"]) {
      expect((await (await metadataOf(segment)).json()).issuer).toBe(`${host}/{tenantid}/v2.0`);
    }
    expect((await (await metadataOf("consumers")).json()).issuer).toBe(authorityFor(CONSUMERS_TENANT_ID));
  });

  it("infra: OIDC Discovery 1.0 §3 the metadata advertises exactly what the fake Entra implements", async () => {
    const metadata = await (await metadataOf(FABRIKAM_TENANT_ID)).json();
    expect(metadata).toMatchObject({
      response_types_supported: ["code"],
      response_modes_supported: ["query", "fragment", "form_post"],
      grant_types_supported: ["authorization_code", "refresh_token", "client_credentials"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
      scopes_supported: ["openid", "profile", "email", "offline_access"],
      token_endpoint_auth_methods_supported: ["none", "client_secret_post", "client_secret_basic"],
      prompt_values_supported: ["none", "login", "select_account", "consent"],
      request_parameter_supported: false,
      request_uri_parameter_supported: false,
      claims_parameter_supported: false,
      userinfo_endpoint: USERINFO_ENDPOINT,
    });
    // Nothing that is not implemented: no device code, introspection, revocation, PAR, front-channel logout.
    for (const absent of [
      "device_authorization_endpoint",
      "introspection_endpoint",
      "revocation_endpoint",
      "pushed_authorization_request_endpoint",
      "frontchannel_logout_supported",
      "http_logout_supported",
      "check_session_iframe",
      "kerberos_endpoint",
    ]) {
      expect(metadata).not.toHaveProperty(absent);
    }
    // The JWKS it names holds the key the id tokens are signed with.
    const idToken = await signInAtFakeIdp({ authority: authorityFor(FABRIKAM_TENANT_ID) }, "alex@fabrikam.com", DEMO_PASSWORD);
    const { kid } = JSON.parse(Buffer.from(idToken.split(".")[0] ?? "", "base64url").toString());
    const { keys } = await (await fetch(metadata.jwks_uri)).json();
    expect(keys.map((k: { kid: string }) => k.kid)).toContain(kid);
    // Every claim the id token carries is advertised.
    const claims = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString());
    for (const claim of Object.keys(claims)) expect(metadata.claims_supported).toContain(claim);
  });
});

async function accessToken() {
  const { verifier, challenge } = await pkcePair();
  const outcome = await submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), "alex@fabrikam.com", DEMO_PASSWORD);
  const code = new URLSearchParams(new URL(outcome.location ?? "").hash.slice(1)).get("code") ?? "";
  return ((await (await redeemCode(FABRIKAM_TENANT_ID, code, verifier)).json()) as { access_token: string }).access_token;
}

describe("userinfo", () => {
  it("infra: OIDC Core §5.3.2 GET with the access token as bearer answers the user's claims", async () => {
    const token = await accessToken();
    const sub = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()).sub;
    const res = await fetch(USERINFO_ENDPOINT, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      sub,
      name: "Alex Wilber",
      email: "alex@fabrikam.com",
      preferred_username: "alex@fabrikam.com",
      tid: FABRIKAM_TENANT_ID,
    });
    const posted = await fetch(USERINFO_ENDPOINT, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
    expect((await posted.json()).sub).toBe(sub);
  });

  it("infra: OIDC Core §5.3.3 without a usable token: 401 with WWW-Authenticate (RFC 6750 §3)", async () => {
    const none = await fetch(USERINFO_ENDPOINT);
    expect(none.status).toBe(401);
    expect(none.headers.get("WWW-Authenticate")).toMatch(/^Bearer\b/);
    const token = await accessToken();
    const tampered = `${token.slice(0, -4)}AAAA`;
    const bad = await fetch(USERINFO_ENDPOINT, { headers: { Authorization: `Bearer ${tampered}` } });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("WWW-Authenticate")).toMatch(/^Bearer error="invalid_token"/);
  });
});
