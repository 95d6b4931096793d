// A browser OIDC library other than MSAL, used unchanged: oidc-client-ts (OidcClient, UserManager) in
// jsdom, on the simulator's own plain-http origin, with an in-memory store. The user's part (the sign-in
// page) is done as a browser would (./drive.ts); the library builds every request and reads every answer.
import { InMemoryWebStorage, OidcClient, WebStorageStateStore } from "oidc-client-ts";
import { describe, expect, it } from "vitest";
import { REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { authorityFor } from "../../mocks/domain/accounts";
import { server, TEST_ORIGIN } from "../../mocks/node";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { open, redirectOf, signIn } from "./drive";

const FABRIKAM = authorityFor(FABRIKAM_TENANT_ID);

const settings = () => ({
  authority: FABRIKAM,
  client_id: SIMULATOR_CLIENT_ID,
  redirect_uri: `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`,
  post_logout_redirect_uri: `${TEST_ORIGIN}/`,
  scope: "openid profile email offline_access",
  stateStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
});

async function signedIn(oidc: OidcClient) {
  const request = await oidc.createSigninRequest({ state: { returnTo: "/invite" } });
  const callback = redirectOf(await signIn(new URL(request.url), "alex@fabrikam.com", DEMO_PASSWORD));
  return oidc.processSigninResponse(callback.href);
}

describe("oidc-client-ts against the fake Entra", () => {
  it("infra: OIDC Core §3.1 code + PKCE with default settings (query response, nonce, state)", async () => {
    const oidc = new OidcClient(settings());
    const request = await oidc.createSigninRequest({});
    const url = new URL(request.url);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    const callback = redirectOf(await signIn(url, "alex@fabrikam.com", DEMO_PASSWORD));
    expect(callback.search).toContain("code=");
    const response = await oidc.processSigninResponse(callback.href);
    expect(response.profile).toMatchObject({ iss: FABRIKAM, aud: SIMULATOR_CLIENT_ID, preferred_username: "alex@fabrikam.com" });
    expect(response.access_token).toBeTruthy();
    expect(response.refresh_token).toBeTruthy();
  });

  it("infra: OIDC Core §5.3 with loadUserInfo the profile is merged from the userinfo endpoint", async () => {
    const oidc = new OidcClient({ ...settings(), loadUserInfo: true });
    const seen: string[] = [];
    const listener = ({ request }: { request: Request }) => void seen.push(new URL(request.url).pathname);
    server.events.on("request:start", listener);
    const response = await signedIn(oidc);
    server.events.removeListener("request:start", listener);
    expect(seen).toContain("/oidc/userinfo");
    expect(response.profile).toMatchObject({ name: "Alex Wilber", email: "alex@fabrikam.com" });
  });

  it("infra: OIDC Core §3.1.2.6 silent sign-in (prompt=none) without a session is login_required", async () => {
    const oidc = new OidcClient(settings());
    const request = await oidc.createSigninRequest({ prompt: "none" });
    const callback = redirectOf(await open(new URL(request.url)));
    await expect(oidc.processSigninResponse(callback.href)).rejects.toMatchObject({ error: "login_required" });
  });

  it("infra: OIDC Core §12 useRefreshToken: new tokens for the same user", async () => {
    const oidc = new OidcClient(settings());
    const first = await signedIn(oidc);
    const refreshed = await oidc.useRefreshToken({
      // RefreshState's shape (the class is exported as a type only).
      state: {
        refresh_token: first.refresh_token ?? "",
        id_token: first.id_token,
        session_state: first.session_state,
        scope: first.scope,
        profile: first.profile,
      },
    });
    expect(refreshed.access_token).toBeTruthy();
    expect(refreshed.profile.sub).toBe(first.profile.sub);
  });

  it("infra: OIDC RP-Initiated Logout 1.0 §3 end session comes back with the state oidc-client-ts stored", async () => {
    const oidc = new OidcClient(settings());
    const user = await signedIn(oidc);
    const request = await oidc.createSignoutRequest({ id_token_hint: user.id_token, state: { bye: true } });
    const back = redirectOf(await open(new URL(request.url)));
    expect(`${back.origin}${back.pathname}`).toBe(`${TEST_ORIGIN}/`);
    const response = await oidc.processSignoutResponse(back.href);
    expect(response.userState).toEqual({ bye: true });
  });
});
