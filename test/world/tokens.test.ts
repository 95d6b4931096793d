// @vitest-environment node
// The backend trusts an id token only when signature, issuer, audience, expiry and account all hold; the fake
// IdP's codes are single-use and PKCE-bound.
import { generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { world } from "../../mocks/node";
import { ensureSigningKey } from "../../mocks/idp/tokens";
import { authorityFor, CONSUMERS_TENANT_ID } from "../../mocks/domain/accounts";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { api, inviteAlso, loadScenario, post, postJson, startSessionFor } from "../support/api";
import { authorizeParams, pkcePair, redeemCode, signInAtFakeIdp, submitPassword } from "../support/oauth";

let sessionId: string;
let genuine: string;
let good: JWTPayload;

beforeEach(async () => {
  const session = await startSessionFor("alex@fabrikam.com");
  sessionId = session.id;
  genuine = await signInAtFakeIdp(session.signIn, "alex@fabrikam.com", DEMO_PASSWORD);
  good = JSON.parse(Buffer.from(genuine.split(".")[1] ?? "", "base64url").toString());
});

async function signWithWorldKey(payload: JWTPayload, kid?: string) {
  const key = await world.exclusive(() => ensureSigningKey(world));
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: kid ?? key.kid }).sign(key.privateKey);
}

const now = () => Math.floor(Date.now() / 1000);

describe("id token verification", () => {
  it("infra: accepts the genuine token's claims re-signed with the IdP key (control)", async () => {
    const res = await postJson(`${api}/sessions/${sessionId}/sign-in`, { idToken: await signWithWorldKey(good) });
    expect(res.body.step).toBe("consent");
  });

  it.each([
    ["another audience", { aud: "00000000-0000-0000-0000-000000000000" }],
    ["another issuer", { iss: "https://evil.example/v2.0" }],
    ["another tenant's issuer than its tid", { iss: authorityFor(FABRIKAM_TENANT_ID) }],
    ["an expired token", { exp: now() - 3600, iat: now() - 7200, nbf: now() - 7200 }],
    ["a token not yet valid", { nbf: now() + 3600 }],
    ["an unknown account", { oid: "00000000-dead-beef-0000-000000000000" }],
  ])("infra: refuses %s", async (_name, change) => {
    const res = await postJson(`${api}/sessions/${sessionId}/sign-in`, { idToken: await signWithWorldKey({ ...good, ...change }) });
    expect(res).toMatchObject({ status: 401, body: { error: { code: "InvalidIdToken" } } });
  });

  it("infra: refuses a token signed by another key, even under the IdP's key id", async () => {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = world.read((s) => s.signingKey!.kid);
    const forged = await new SignJWT(good).setProtectedHeader({ alg: "RS256", kid }).sign(privateKey);
    const res = await postJson(`${api}/sessions/${sessionId}/sign-in`, { idToken: forged });
    expect(res.body.error.code).toBe("InvalidIdToken");
  });

  it("infra: refuses an unsigned token (alg none)", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const payload = Buffer.from(JSON.stringify(good)).toString("base64url");
    const res = await postJson(`${api}/sessions/${sessionId}/sign-in`, { idToken: `${header}.${payload}.` });
    expect(res.body.error.code).toBe("InvalidIdToken");
  });

  it("infra: addendum §11.2 a guest's id token is the resource tenant's: iss and tid Contoso, oid the guest object, idp the home tenant, acct 1", () => {
    const guestId = world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")?.id);
    expect(good).toMatchObject({
      iss: authorityFor(CONTOSO_TENANT_ID),
      tid: CONTOSO_TENANT_ID,
      oid: guestId,
      idp: authorityFor(FABRIKAM_TENANT_ID),
      acct: 1,
      email: "alex@fabrikam.com",
      preferred_username: "alex@fabrikam.com",
      aud: SIMULATOR_CLIENT_ID,
    });
  });

  it("infra: rejects a tampered id token", async () => {
    const [header, payload, signature] = genuine.split(".");
    const forged = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    forged.preferred_username = "taylor@fabrikam.com";
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`;
    const res = await post(`${api}/sessions/${sessionId}/sign-in`, { idToken: tampered });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("InvalidIdToken");
  });
});

const signInWith = (id: string, idToken: string) => postJson(`${api}/sessions/${id}/sign-in`, { idToken });

describe("a sign-in is bound to the session that asked for it (OAuth 2.0 Security BCP §4.5.3, OIDC Core §3.1.3.7)", () => {
  it("hardening: a genuine token minted for one session does not sign in another (nonce)", async () => {
    const other = await startSessionFor("alex@fabrikam.com");
    const res = await signInWith(other.id, genuine);
    expect(res).toMatchObject({
      status: 401,
      body: { error: { code: "InvalidIdToken", details: { reason: expect.stringMatching(/nonce/) } } },
    });
    expect((await signInWith(sessionId, genuine)).body.step).toBe("consent");
  });

  it("hardening: a token without a nonce, or replayed after the step restarted, is refused", async () => {
    const { nonce: _nonce, ...withoutNonce } = good;
    expect((await signInWith(sessionId, await signWithWorldKey(withoutNonce))).status).toBe(401);
    expect((await signInWith(sessionId, genuine)).body.step).toBe("consent");
    // Taylor, invited by Contoso too, signs in to Alex's invitation: a token of Contoso, for the wrong guest.
    await inviteAlso("taylor@fabrikam.com", "Taylor Reyes");
    const again = await startSessionFor("alex@fabrikam.com");
    // prompt=login: Alex is signed in to this browser by now, and would be signed in again without it.
    const first = await signInAtFakeIdp({ ...again.signIn, prompt: "login" }, "taylor@fabrikam.com", DEMO_PASSWORD);
    expect((await signInWith(again.id, first)).body.step).toBe("wrong-account");
    await postJson(`${api}/sessions/${again.id}/restart-sign-in`);
    expect((await signInWith(again.id, first)).status).toBe(401);
  });

  it("hardening: an access token for the same app is not an id token", async () => {
    const accessLike = await signWithWorldKey({ ...good, scp: "openid profile", appid: SIMULATOR_CLIENT_ID });
    const res = await signInWith(sessionId, accessLike);
    expect(res).toMatchObject({ status: 401, body: { error: { details: { reason: expect.stringMatching(/access token/) } } } });
  });

  it.each(["exp", "iat"])("hardening: a token without %s is refused", async (claim) => {
    const { [claim]: _dropped, ...rest } = good;
    expect((await signInWith(sessionId, await signWithWorldKey(rest))).status).toBe(401);
  });

  it("hardening: a token from another authority than the one the step named is refused", async () => {
    loadScenario("account-chooser");
    const started = await startSessionFor("robin@fabrikam.com");
    const chosen = (await postJson(`${api}/sessions/${started.id}/choose`, { account: "entra" })).body;
    expect(chosen.signIn.authority).toBe(authorityFor(CONTOSO_TENANT_ID));
    // Robin's genuine Microsoft-account token, minted with this step's nonce, at the consumer authority.
    const msa = await signInAtFakeIdp(
      { authority: authorityFor(CONSUMERS_TENANT_ID), nonce: chosen.signIn.nonce },
      "robin@fabrikam.com",
      DEMO_PASSWORD,
    );
    const res = await signInWith(started.id, msa);
    expect(res).toMatchObject({ status: 401, body: { error: { details: { reason: expect.stringMatching(/issued by/) } } } });
  });
});

describe("fake identity provider", () => {
  it("infra: uses a code once and checks the PKCE verifier", async () => {
    const { verifier, challenge } = await pkcePair();
    const outcome = await submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), "alex@fabrikam.com", DEMO_PASSWORD);
    const code = new URLSearchParams(new URL(outcome.location ?? "").hash.slice(1)).get("code") ?? "";
    const wrong = await redeemCode(FABRIKAM_TENANT_ID, code, "not-the-verifier");
    expect((await wrong.json()).error_codes).toEqual([501481]);
    const right = await redeemCode(FABRIKAM_TENANT_ID, code, verifier);
    expect(right.status).toBe(200);
    const reused = await redeemCode(FABRIKAM_TENANT_ID, code, verifier);
    expect((await reused.json()).error_codes).toEqual([54005]);
  });
});
