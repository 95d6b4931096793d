// @vitest-environment node
// Spec §6 AADSTS50173: the admin revokes a guest's sessions (Graph POST /users/{id}/revokeSignInSessions). The
// refresh token from before is refused with 50173 (invalid_grant, which MSAL treats as interaction required),
// the guest's session at the login host ends, and signing in again works.
import { beforeEach, describe, expect, it } from "vitest";
import { FAKE_AUTHORITY_HOST, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { TEST_ORIGIN, world } from "../../mocks/node";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD } from "../../mocks/scenarios";
import { graph, loadScenario } from "../support/api";
import { authorizeParams, pkcePair } from "../support/oauth";
import { open, redirectOf, signIn } from "../oidc/drive";

const tokenEndpoint = `https://${FAKE_AUTHORITY_HOST}/${CONTOSO_TENANT_ID}/oauth2/v2.0/token`;
const REDIRECT = `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`;

async function token(body: Record<string, string>) {
  const res = await fetch(tokenEndpoint, { method: "POST", body: new URLSearchParams({ client_id: SIMULATOR_CLIENT_ID, ...body }) });
  return {
    status: res.status,
    ...((await res.json()) as { refresh_token?: string; error?: string; error_codes?: number[]; error_description?: string }),
  };
}

function authorizeUrl(challenge: string, extra: Record<string, string> = {}) {
  const query = new URLSearchParams({
    ...authorizeParams(challenge, { redirect_uri: REDIRECT, login_hint: "alex@fabrikam.com", ...extra }),
    response_type: "code",
    response_mode: "query",
  });
  return new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${CONTOSO_TENANT_ID}/oauth2/v2.0/authorize?${query.toString()}`);
}

/** Alex, a redeemed guest, signs in to Contoso and redeems the code: the refresh token. */
async function guestRefreshToken(): Promise<string> {
  const { verifier, challenge } = await pkcePair();
  const code = redirectOf(await signIn(authorizeUrl(challenge), "alex@fabrikam.com", DEMO_PASSWORD)).searchParams.get("code") ?? "";
  const first = await token({ grant_type: "authorization_code", redirect_uri: REDIRECT, code, code_verifier: verifier });
  expect(first.refresh_token).toBeDefined();
  return first.refresh_token ?? "";
}

describe("revoked sessions (AADSTS50173)", () => {
  beforeEach(() => loadScenario("leave-organization"));

  it("§6 50173 after revokeSignInSessions the earlier refresh token is refused; a fresh sign-in works", async () => {
    const refresh = await guestRefreshToken();
    expect((await token({ grant_type: "refresh_token", refresh_token: refresh })).status).toBe(200);
    const id = world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")?.id);
    const revoked = await graph(`/users/${id}/revokeSignInSessions`, { method: "POST" });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ value: true });
    const refused = await token({ grant_type: "refresh_token", refresh_token: refresh });
    expect(refused).toMatchObject({ status: 400, error: "invalid_grant", error_codes: [50173] });
    expect(refused.error_description).toMatch(/^AADSTS50173: The provided grant has expired due to it being revoked/);
    // Signing in again gives a refresh token that works.
    const fresh = await guestRefreshToken();
    expect((await token({ grant_type: "refresh_token", refresh_token: fresh })).status).toBe(200);
  });

  it("§6 50173 the guest's sessions at the login host end: a silent sign-in (prompt=none) is no longer possible", async () => {
    await guestRefreshToken();
    const { challenge } = await pkcePair();
    const before = await open(authorizeUrl(challenge, { prompt: "none" }));
    expect(before.kind === "redirect" && before.location.searchParams.get("code")).toBeTruthy();
    const id = world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")?.id);
    await graph(`/users/${id}/revokeSignInSessions`, { method: "POST" });
    const after = await open(authorizeUrl(challenge, { prompt: "none" }));
    expect(after.kind === "redirect" && after.location.searchParams.get("error")).toMatch(/login_required|interaction_required/);
  });
});
