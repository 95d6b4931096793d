// Keys and tokens of the fake identity provider: RS256 with a WebCrypto key pair, published as JWKS,
// so any OIDC client can verify what it issues, and the redemption backend verifies what it is handed.
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { World } from "../db";
import { DomainError, invalidIdToken } from "../domain/errors";
import { newId } from "../domain/ids";
import { authorityFor, domainOf, idpSegment, pathOfAccount } from "../domain/accounts";
import { accountOfIdpClaim, type Principal } from "../domain/home-realm";
import type { VerifiedIdToken } from "../domain/redemption/sign-in";
import type { ExternalAccount, SigningKey, WorldState } from "../domain/state";

export const ID_TOKEN_LIFETIME_SECONDS = 3600;

/** The key the fake IdP signs with: the published half from the world, the private half a CryptoKey no one can export. */
export interface ActiveSigningKey extends SigningKey {
  privateKey: CryptoKey;
}

/**
 * The signing key, made on first use. The world publishes only its `kid` and public JWK; the private key
 * is generated non-extractable and kept in the world's key store (IndexedDB in the browser, memory in
 * node), never in the world document (decision 0037). When the world names no key, or one the store does
 * not hold (a reset, a world from another browser, one saved before the key left the document), a new
 * pair replaces it. Runs inside a request (World.exclusive), so one context makes the key at a time.
 */
export async function ensureSigningKey(world: World): Promise<ActiveSigningKey> {
  const usable = async () => {
    const published = world.read((state) => state.signingKey);
    const stored = await world.signingKeys.load();
    return published && stored?.kid === published.kid ? { ...published, privateKey: stored.privateKey } : undefined;
  };
  const existing = await usable();
  if (existing) return existing;
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: false });
  const kid = newId();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  // Work outside a request (a test's own call) may have made a key meanwhile: the first one kept wins.
  const raced = await usable();
  if (raced) return raced;
  await world.signingKeys.save({ kid, privateKey });
  world.transact((state) => {
    state.signingKey = { kid, publicJwk };
  });
  return { kid, publicJwk, privateKey };
}

export function jwks(key: Pick<SigningKey, "publicJwk">) {
  return { keys: [key.publicJwk] };
}

export interface TokenRequestContext {
  clientId: string;
  nonce?: string;
  scope: string;
  now: Date;
  omitEmailClaim?: boolean;
  /** The browser session the sign-in used (addendum §10.5: front-channel sign-out names it). */
  sid?: string;
}

/**
 * The id and access token for `account` signed in at a tenant that knows it as `principal`: itself at its own
 * identity provider, or a resource tenant's guest (addendum §11.2): issued by that tenant (`iss`, `tid`), `oid`
 * the guest object there, `idp` the home identity provider, `acct` 1 for a guest; `client_info` names the home
 * account, so MSAL's home account id is the guest's own one.
 */
export async function issueTokens(key: ActiveSigningKey, account: ExternalAccount, principal: Principal, request: TokenRequestContext) {
  const tenantId = principal.tenantId;
  const iat = Math.floor(request.now.getTime() / 1000);
  const guest = principal.guest ? { idp: principal.guest.idp, acct: principal.guest.userType === "Member" ? 0 : 1 } : {};
  const common = { tid: tenantId, oid: principal.objectId, name: account.displayName, preferred_username: account.email, ...guest };
  const sign = (payload: JWTPayload, audience: string) =>
    new SignJWT(payload)
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .setIssuer(authorityFor(tenantId))
      .setSubject(principal.objectId)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(iat + ID_TOKEN_LIFETIME_SECONDS)
      .sign(key.privateKey);
  const email = request.omitEmailClaim ? {} : { email: account.email };
  const sid = request.sid ? { sid: request.sid } : {};
  const idToken = await sign({ ...common, ...email, ...sid, nonce: request.nonce, ver: "2.0" }, request.clientId);
  const accessToken = await sign({ ...common, scp: request.scope, appid: request.clientId }, request.clientId);
  return { idToken, accessToken, clientInfo: { uid: account.objectId, utid: idpSegment(account) } };
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
export async function issueAppToken(key: ActiveSigningKey, request: AppTokenRequest) {
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
    .sign(key.privateKey);
}

/** Entra's messages for the identity providers' errors, paraphrased from spec §6 (English, decision 0047). */
const IDP_FAULTS: Record<string, string> = {
  AADSTS50008: "The SAML token from the federated identity provider is missing or invalid.",
  AADSTS20001: "There's an issue with your federated identity provider: the WS-Federation identity provider returned an error.",
  AADSTS20012: "There's an issue with your federated identity provider: the WS-Federation identity provider returned an error.",
  AADSTS50107: "The requested federation realm object doesn't exist.",
  AADSTS40008: "There's an issue with your federated identity provider.",
  AADSTS40009: "There's an issue with your federated identity provider.",
  AADSTS40010: "There's an issue with your federated identity provider.",
  AADSTS40015: "There's an issue with your federated identity provider.",
  // Spec §4.4 and §6: "MSA service error", next step retry (paraphrase; decision 0075).
  AADSTS70012: "A server error occurred while signing in your personal Microsoft account. Try again.",
};

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
  const account = accountOf(state, payload, tenantId, email);
  if (!account) throw invalidIdToken("The token names an unknown account.");
  const home = idpSegment(account);
  // Spec §4.2: a SAML/WS-Fed assertion must carry an e-mail claim in the federated domain.
  if (account.kind === "saml" && (typeof payload.email !== "string" || domainOf(payload.email) !== domainOf(account.email))) {
    throw new DomainError(
      "AADSTS5000819",
      400,
      "The SAML assertion is missing the email claim, or it does not match the domain of the external realm.",
      { idp: authorityFor(home) },
    );
  }
  // Simulator faults at the guest's identity provider (spec §6; docs/decisions/0065), set in the studio.
  const resource = state.tenants.find((t) => t.id === state.resourceTenantId)?.policies;
  const fault =
    account.kind === "saml"
      ? resource?.samlPartnerFault
      : account.kind === "google"
        ? resource?.googleFault
        : account.kind === "msa"
          ? resource?.msaFault
          : undefined;
  if (fault && fault !== "none" && fault !== "AADSTS5000819")
    throw new DomainError(fault, 400, IDP_FAULTS[fault] ?? fault, { idp: authorityFor(home) });
  return {
    account: {
      email: account.email,
      displayName: account.displayName,
      objectId: account.objectId,
      tenantId: home,
      issuer: authorityFor(home),
      path: pathOfAccount(account),
    },
    issuer: String(payload.iss),
    nonce: typeof payload.nonce === "string" ? payload.nonce : undefined,
  };
}

/**
 * The outside account a verified token is about. A guest's token from a resource tenant names the guest
 * object (`oid`) and, in `idp`, the identity provider that vouched for it; any other token is the account's
 * own, from its own identity provider.
 */
function accountOf(state: Readonly<WorldState>, payload: JWTPayload, tenantId: string, email: string): ExternalAccount | undefined {
  if (typeof payload.idp === "string") {
    const guest = state.users.find((u) => u.id === payload.oid && u.tenantId === tenantId);
    return guest ? accountOfIdpClaim(state, payload.idp, email) : undefined;
  }
  const account = state.accounts.find((a) => a.email === email && a.objectId === payload.oid);
  return account && idpSegment(account) === tenantId ? account : undefined;
}
