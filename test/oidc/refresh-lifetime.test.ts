// @vitest-environment node
// hardening: refresh-token lifetimes (issue 15 §3, decision 0037). Entra gives a single-page app a refresh
// token that lasts 24 hours from the sign-in and cannot be extended: each refresh answers a new refresh
// token with the same expiry, the old one is not revoked, and an expired one is AADSTS700084. Other
// clients' last 90 days from their last use. All on the fake clock.
import { describe, expect, it } from "vitest";
import { FAKE_AUTHORITY_HOST, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { idpHandlers } from "../../mocks/handlers/idp";
import { defaultAppRegistrations } from "../../mocks/idp/apps";
import { fakeEntra, server, TEST_ORIGIN, world } from "../../mocks/node";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { authorizeParams, pkcePair } from "../support/oauth";
import { redirectOf, signIn } from "./drive";

const tokenEndpoint = `https://${FAKE_AUTHORITY_HOST}/${FABRIKAM_TENANT_ID}/oauth2/v2.0/token`;
const SPA_REDIRECT = `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`;

/** A confidential web app (it has a secret): not a single-page app. */
const WEB_APP = {
  clientId: "0a7e0a11-0000-4000-8000-0000000000cc",
  displayName: "A web app",
  redirectUris: [`${TEST_ORIGIN}/signin-oidc`],
  clientSecret: "web-app-secret",
};

interface TokenAnswer {
  refresh_token?: string;
  refresh_token_expires_in?: number;
  id_token?: string;
  error?: string;
  error_codes?: number[];
  error_description?: string;
}

const token = async (body: Record<string, string>) => {
  const res = await fetch(tokenEndpoint, { method: "POST", body: new URLSearchParams(body) });
  return { status: res.status, ...((await res.json()) as TokenAnswer) };
};

/** Signs alex in for `client` and redeems the code: the first token answer and the code. */
async function signInAs(client: { clientId: string; redirectUri: string; secret?: string }) {
  const { verifier, challenge } = await pkcePair();
  const query = new URLSearchParams({
    ...authorizeParams(challenge, { client_id: client.clientId, redirect_uri: client.redirectUri }),
    response_type: "code",
    response_mode: "query",
  });
  const url = new URL(`${TEST_ORIGIN}${MOCK_IDP_PAGE_PREFIX}${FABRIKAM_TENANT_ID}/oauth2/v2.0/authorize?${query.toString()}`);
  const code = redirectOf(await signIn(url, "alex@fabrikam.com", DEMO_PASSWORD)).searchParams.get("code") ?? "";
  const redeem = () =>
    token({
      client_id: client.clientId,
      ...(client.secret ? { client_secret: client.secret } : {}),
      grant_type: "authorization_code",
      redirect_uri: client.redirectUri,
      code,
      code_verifier: verifier,
    });
  return { first: await redeem(), redeem };
}

const refresh = (refreshToken: string | undefined, client: { clientId: string; secret?: string } = { clientId: SIMULATOR_CLIENT_ID }) =>
  token({
    client_id: client.clientId,
    ...(client.secret ? { client_secret: client.secret } : {}),
    grant_type: "refresh_token",
    refresh_token: refreshToken ?? "",
  });

const spa = { clientId: SIMULATOR_CLIENT_ID, redirectUri: SPA_REDIRECT };

describe("refresh-token lifetimes", () => {
  it("hardening: §3 a single-page app's refresh token lasts 24 hours from the sign-in; a refreshed one keeps that expiry (non-sliding)", async () => {
    const { first } = await signInAs(spa);
    expect(first).toMatchObject({ status: 200, refresh_token_expires_in: 86_400 });
    await fakeEntra.clock.advance({ hours: 23 });
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.refresh_token).toEqual(expect.any(String));
    expect(second.refresh_token).not.toBe(first.refresh_token);
    // What is left of the original 24 hours, not a new 24.
    expect(second.refresh_token_expires_in).toBeGreaterThan(3590);
    expect(second.refresh_token_expires_in).toBeLessThanOrEqual(3600);
    // Entra does not revoke the old one when it answers a new one: it runs out at the same time.
    expect((await refresh(first.refresh_token)).status).toBe(200);
    const third = await refresh(second.refresh_token);
    expect(third.status).toBe(200);
    await fakeEntra.clock.advance({ hours: 1, seconds: 1 });
    for (const expired of [first.refresh_token, second.refresh_token, third.refresh_token]) {
      const answer = await refresh(expired);
      expect(answer).toMatchObject({ status: 400, error: "invalid_grant", error_codes: [700084] });
      expect(answer.error_description).toMatch(/^AADSTS700084: The refresh token was issued to a single page app \(SPA\)/);
      expect(answer).not.toHaveProperty("id_token");
    }
  });

  it("hardening: §3 a fresh sign-in after the 24 hours gets a new refresh token that works", async () => {
    const { first } = await signInAs(spa);
    await fakeEntra.clock.advance({ days: 1, seconds: 1 });
    expect((await refresh(first.refresh_token)).error_codes).toEqual([700084]);
    const { first: again } = await signInAs(spa);
    expect(await refresh(again.refresh_token)).toMatchObject({ status: 200, refresh_token_expires_in: expect.any(Number) });
  });

  it("hardening: §3 a replayed code revokes every refresh token that came from it, refreshed ones too", async () => {
    const { first, redeem } = await signInAs(spa);
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(await redeem()).toMatchObject({ status: 400, error: "invalid_grant", error_codes: [54005] });
    for (const revoked of [first.refresh_token, second.refresh_token]) {
      expect(await refresh(revoked)).toMatchObject({ status: 400, error: "invalid_grant", error_codes: [70000] });
    }
  });

  it("hardening: §3 a refresh grant stored without a lifetime (an older world) is refused, not honoured forever", async () => {
    const { first } = await signInAs(spa);
    world.transact((state) => {
      for (const grant of state.refreshGrants) {
        delete grant.expiresAt;
        delete grant.spa;
      }
    });
    expect(await refresh(first.refresh_token)).toMatchObject({ status: 400, error: "invalid_grant" });
  });

  it("hardening: §3 a confidential web app's refresh token is not the SPA's: 90 days from its last use", async () => {
    server.use(
      ...idpHandlers({
        world,
        appOrigin: TEST_ORIGIN,
        clientId: SIMULATOR_CLIENT_ID,
        appRegistrations: [...defaultAppRegistrations(TEST_ORIGIN, SIMULATOR_CLIENT_ID), WEB_APP],
      }),
    );
    const client = { clientId: WEB_APP.clientId, redirectUri: WEB_APP.redirectUris[0]!, secret: WEB_APP.clientSecret };
    const { first } = await signInAs(client);
    expect(first.status).toBe(200);
    expect(first).not.toHaveProperty("refresh_token_expires_in");
    await fakeEntra.clock.advance({ days: 60 });
    const second = await refresh(first.refresh_token, client);
    expect(second.status).toBe(200);
    await fakeEntra.clock.advance({ days: 60 });
    // 120 days after the sign-in, 60 after its last use: still good.
    expect((await refresh(second.refresh_token, client)).status).toBe(200);
    // The first one was answered 120 days ago: its own 90 days have run out.
    expect(await refresh(first.refresh_token, client)).toMatchObject({ status: 400, error: "invalid_grant", error_codes: [700082] });
  });
});
