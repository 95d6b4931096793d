// Keys and tokens of the fake identity provider: RS256 with a WebCrypto key pair, published as JWKS,
// so any OIDC client can verify what it issues, and the redemption backend verifies what it is handed.
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { World } from "../db";
import { DomainError, invalidIdToken } from "../domain/errors";
import { newId } from "../domain/ids";
import { authorityFor, domainOf, idpSegment, pathOfAccount } from "../domain/accounts";
import type { VerifiedIdToken } from "../domain/redemption/sign-in";
import type { ExternalAccount, SigningKey, WorldState } from "../domain/state";

export const ID_TOKEN_LIFETIME_SECONDS = 3600;

export async function ensureSigningKey(world: World): Promise<SigningKey> {
  const existing = world.read((state) => state.signingKey);
  if (existing) return existing;
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = newId();
  const generated: SigningKey = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
  };
  // Another window may have stored a key meanwhile: the first one stored wins, so tokens stay verifiable.
  return world.transact((state) => (state.signingKey ??= generated));
}

export function jwks(key: SigningKey) {
  return { keys: [key.publicJwk] };
}

export interface TokenRequestContext {
  clientId: string;
  nonce?: string;
  scope: string;
  now: Date;
  omitEmailClaim?: boolean;
}

export async function issueTokens(key: SigningKey, account: ExternalAccount, request: TokenRequestContext) {
  const privateKey = await importJWK(key.privateJwk, "RS256");
  const tenantId = idpSegment(account);
  const iat = Math.floor(request.now.getTime() / 1000);
  const common = { tid: tenantId, oid: account.objectId, name: account.displayName, preferred_username: account.email };
  const sign = (payload: JWTPayload, audience: string) =>
    new SignJWT(payload)
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .setIssuer(authorityFor(tenantId))
      .setSubject(account.objectId)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(iat + ID_TOKEN_LIFETIME_SECONDS)
      .sign(privateKey);
  const email = request.omitEmailClaim ? {} : { email: account.email };
  const idToken = await sign({ ...common, ...email, nonce: request.nonce, ver: "2.0" }, request.clientId);
  const accessToken = await sign({ ...common, scp: request.scope, appid: request.clientId }, request.clientId);
  return { idToken, accessToken, clientInfo: { uid: account.objectId, utid: tenantId } };
}

export interface AppTokenRequest {
  tenantId: string;
  clientId: string;
  /** The resource's id, the token's audience (`https://graph.microsoft.com`). */
  resource: string;
  roles: readonly string[];
  now: Date;
}

/** An app-only access token (client-credentials grant): no user, the app's application permissions as `roles`. */
export async function issueAppToken(key: SigningKey, request: AppTokenRequest) {
  const iat = Math.floor(request.now.getTime() / 1000);
  return new SignJWT({
    tid: request.tenantId,
    oid: request.clientId,
    appid: request.clientId,
    azp: request.clientId,
    azpacr: "1",
    idtyp: "app",
    roles: [...request.roles],
    ver: "2.0",
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(authorityFor(request.tenantId))
    .setSubject(request.clientId)
    .setAudience(request.resource)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + ID_TOKEN_LIFETIME_SECONDS)
    .sign(await importJWK(key.privateJwk, "RS256"));
}

/**
 * What the redemption backend checks before it trusts an id token: RS256 signature against our JWKS,
 * issuer (a known tenant of the fake IdP), audience (this simulator's client id), `exp` and `iat` present
 * and expiry by the world's clock, and that it is an id token, not an access token. The sign-in action
 * then binds it to its session: nonce and issuer (mocks/domain/redemption/sign-in.ts).
 */
export async function verifyIdToken(state: Readonly<WorldState>, token: string, audience: string, now: Date): Promise<VerifiedIdToken> {
  const key = state.signingKey;
  if (!key) throw invalidIdToken("No signing key has been published yet.");
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, createLocalJWKSet(jwks(key) as never), {
      audience,
      algorithms: ["RS256"],
      currentDate: now,
      requiredClaims: ["exp", "iat"],
    }));
  } catch (error) {
    throw invalidIdToken(error instanceof Error ? error.message : "Signature or claims are not valid.");
  }
  // An access token for this app has the same audience; only an id token may sign a guest in.
  if ("scp" in payload || "roles" in payload) throw invalidIdToken("This is an access token, not an id token.");
  const tenantId = String(payload.tid ?? "");
  if (payload.iss !== authorityFor(tenantId)) throw invalidIdToken("The issuer does not match the token's tenant.");
  const email = String(payload.preferred_username ?? "").toLowerCase();
  const account = state.accounts.find((a) => a.email === email && a.objectId === payload.oid);
  if (!account || idpSegment(account) !== tenantId) throw invalidIdToken("The token names an unknown account.");
  // Spec §4.2: a SAML/WS-Fed assertion must carry an e-mail claim in the federated domain.
  if (account.kind === "saml" && (typeof payload.email !== "string" || domainOf(payload.email) !== domainOf(account.email))) {
    throw new DomainError(
      "AADSTS5000819",
      400,
      "The SAML assertion is missing the email claim, or it does not match the domain of the external realm.",
      { idp: authorityFor(tenantId) },
    );
  }
  return {
    account: {
      email: account.email,
      displayName: account.displayName,
      objectId: account.objectId,
      tenantId,
      issuer: String(payload.iss),
      path: pathOfAccount(account),
    },
    nonce: typeof payload.nonce === "string" ? payload.nonce : undefined,
  };
}
