// The fake identity provider, an OpenID provider in Entra's shape (docs/decisions/0031): OpenID metadata,
// JWKS, token and userinfo endpoints on a fake https host (MSAL insists on https), and the sign-in and
// sign-out pages on the app's own origin. The popup navigates to MOCK_IDP_PAGE_PREFIX, which no handler
// answers: the app shell loads, starts its own msw client there and runs mocks/idp/popup.ts, which fetches
// these pages. (A page that msw itself served could not post its forms back to msw: the worker only mocks
// requests of clients that started it — docs/decisions/0003.)
import { brandingOf } from "../domain/branding";
import { http, HttpResponse } from "msw";
import { createLocalJWKSet, decodeJwt, jwtVerify, type JWTPayload } from "jose";
import { FAKE_AUTHORITY_HOST, MOCK_IDP_API, MOCK_IDP_PAGE_PREFIX } from "../../src/api/endpoints";
import { base64url, newId, newOpaqueToken } from "../domain/ids";
import { authorityFor } from "../domain/accounts";
import type { BrowserSession, ExternalAccount, Federation, Tenant, WorldState } from "../domain/state";
import { activeIn, findInBrowser, forget, signOut, startSession, tilesIn, touch, type SessionTile } from "../domain/browser-sessions";
import type { WorldContext } from "../domain/invitations";
import { accountKindOfDomainHint, homeRealmAt, idpClaimOf, principalAt, type Principal } from "../domain/home-realm";
import { DEMO_PASSWORD } from "../scenarios";
import {
  devicePage,
  deviceWaitPage,
  errorPage,
  googleRefusalPage,
  kmsiPage,
  pageLanguage,
  pickerPage,
  signedOutPage,
  signInPage,
  updatePasswordPage,
  type Look,
  type PageError,
  type PageLanguage,
} from "../idp/pages";
import { ensureSigningKey, issueAppToken, issueTokens, jwks } from "../idp/tokens";
import { appById } from "../idp/apps";
import { authorizationResponse, NO_STORE, oauthError, RESPONSE_MODES, type ResponseMode } from "../idp/oauth";
import { hashPassword, verifyPassword } from "../domain/passwords";
import { updatePasswordError, type UpdatePasswordError } from "../domain/password-expiry";
import { badPasswordHash, clearBadPasswords, countBadPassword, lockedOutUntil } from "../domain/smart-lockout";
import { notInTenantMessage } from "../domain/entra-errors";
import { CONSUMERS_TENANT_ID, GOOGLE_SEGMENT, idpSegment, samlDomainOfSegment } from "../domain/accounts";
import type { AppRegistration, FakeWorldOptions } from "./options";

/** microsoft.com/devicelogin in the fake world: a segment of the app's own origin (decision 0084). */
export const DEVICE_SEGMENT = "devicelogin";

/** A nine-character alphanumeric code (spec §4.3), without look-alike characters (SIM-ASSUMPTION). */
function deviceCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return [...crypto.getRandomValues(new Uint8Array(9))].map((b) => alphabet[b % alphabet.length]).join("");
}

/** Authorization codes are short-lived, as in Entra. */
export const AUTH_CODE_LIFETIME_MS = 10 * 60 * 1000;

/**
 * Entra's refresh-token lifetimes (decision 0037): a single-page app's is 24 hours from the sign-in, fixed —
 * each refresh token redeemed from it carries the same expiry; every other client's lasts 90 days from its
 * last use. In the fake, an app without a secret is a single-page app (its redirect URIs are of type spa).
 */
export const SPA_REFRESH_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const REFRESH_TOKEN_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

/** Where the fake Entra's userinfo endpoint lives (Entra's own is on Graph; see decision 0031). */
export const USERINFO_ENDPOINT = `https://${FAKE_AUTHORITY_HOST}/oidc/userinfo`;

/** Graph's resource, as the `.default` scope of the client-credentials grant names it. */
const GRAPH_RESOURCES = ["https://graph.microsoft.com", "00000003-0000-0000-c000-000000000000"];

/** The /authorize parameters a sign-in form carries from page to page. */
const CARRIED_PARAMS = [
  "client_id",
  "redirect_uri",
  "state",
  "nonce",
  "scope",
  "response_mode",
  "code_challenge",
  "code_challenge_method",
  "ui_locales",
  "domain_hint",
] as const;

const PROMPTS = ["none", "login", "select_account", "consent"];

interface OAuthFailure {
  code: string;
  message: string;
}

/** What an authority segment is: a tenant or IdP (`issuer` is its own), or Entra's multi-tenant aliases. */
interface AuthorityKind {
  look: Look;
  /** The segment that issues tokens here; undefined for `organizations` and `common` (the user's home tenant). */
  issuer?: string;
  /** Which accounts may sign in here. */
  accepts: (account: ExternalAccount) => boolean;
}

function tenantOf(state: Readonly<WorldState>, tenantId: string): Tenant | undefined {
  return state.tenants.find((t) => t.id === tenantId);
}

/** Resolves an authority segment, or undefined for an unknown tenant (AADSTS90002). */
function authorityKind(state: Readonly<WorldState>, segment: string): AuthorityKind | undefined {
  if (segment === "organizations") return { look: "entra", accepts: (a) => a.kind === "entra" };
  if (segment === "common") return { look: "entra", accepts: (a) => a.kind === "entra" || a.kind === "msa" };
  if (segment === "consumers") return { look: "msa", issuer: CONSUMERS_TENANT_ID, accepts: (a) => a.kind === "msa" };
  const look = lookOf(state, segment);
  if (!look) return undefined;
  return { look, issuer: segment, accepts: (a) => a.kind === ACCOUNT_KIND[look] };
}

function unknownTenant(segment: string): OAuthFailure {
  return {
    code: "AADSTS90002",
    message: `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  };
}

/** The checks after which Entra shows an error page instead of redirecting: tenant, client, redirect URI. */
function pageFailure(
  state: Readonly<WorldState>,
  tenantId: string,
  params: Record<string, string>,
  options: FakeWorldOptions,
): OAuthFailure | undefined {
  if (!authorityKind(state, tenantId)) return unknownTenant(tenantId);
  const app = appById(options, params.client_id);
  if (!app) {
    return {
      code: "AADSTS700016",
      message: `Application with identifier '${params.client_id ?? ""}' was not found in the directory.`,
    };
  }
  if (!app.redirectUris.includes(params.redirect_uri ?? "")) {
    return {
      code: "AADSTS50011",
      message: `The redirect URI '${params.redirect_uri ?? ""}' does not match the redirect URIs configured for the application.`,
    };
  }
  return undefined;
}

interface RedirectError {
  error: string;
  code: number;
  description: string;
}

/** The checks whose failure goes back to the client's redirect URI as an OAuth error (RFC 6749 §4.1.2.1). */
function redirectFailure(query: URLSearchParams): RedirectError | undefined {
  const responseType = query.get("response_type");
  if (responseType !== null && responseType !== "code") {
    return {
      error: "unsupported_response_type",
      code: 700054,
      description: `response_type '${responseType}' is not enabled for the application.`,
    };
  }
  const mode = query.get("response_mode");
  if (mode !== null && !RESPONSE_MODES.includes(mode as ResponseMode)) {
    return { error: "invalid_request", code: 900144, description: `The response_mode '${mode}' is not supported.` };
  }
  for (const required of ["response_type", "scope"]) {
    if (!query.get(required)) {
      return {
        error: "invalid_request",
        code: 900144,
        description: `The request body must contain the following parameter: '${required}'.`,
      };
    }
  }
  if (!query.get("code_challenge") || query.get("code_challenge_method") !== "S256") {
    return {
      error: "invalid_request",
      code: 9002325,
      description: "Proof Key for Code Exchange (S256) is required for cross-origin authorization code redemption.",
    };
  }
  const prompts = (query.get("prompt") ?? "").split(" ").filter(Boolean);
  const unknown = prompts.find((p) => !PROMPTS.includes(p));
  if (unknown || (prompts.includes("none") && prompts.length > 1)) {
    return { error: "invalid_request", code: 90023, description: `Invalid prompt value '${query.get("prompt") ?? ""}'.` };
  }
  return undefined;
}

function responseModeOf(value: string | null | undefined): ResponseMode {
  return RESPONSE_MODES.includes(value as ResponseMode) ? (value as ResponseMode) : "query";
}

/** Which identity provider an authority segment is, or undefined for an unknown one. */
function lookOf(state: Readonly<WorldState>, segment: string): Look | undefined {
  if (segment === CONSUMERS_TENANT_ID) return "msa";
  if (segment === GOOGLE_SEGMENT) return "google";
  const samlDomain = samlDomainOfSegment(segment);
  if (samlDomain) {
    const federated = state.tenants.some((t) => t.policies.samlFederations.some((f) => f.domain === samlDomain));
    return federated ? "saml" : undefined;
  }
  return tenantOf(state, segment) ? "entra" : undefined;
}

const ACCOUNT_KIND: Record<Look, ExternalAccount["kind"]> = { entra: "entra", msa: "msa", google: "google", saml: "saml" };

/** The account this identity provider knows under `email` (a work account page does home realm discovery). */
function accountAt(state: Readonly<WorldState>, look: Look, segment: string, email: string): ExternalAccount | undefined {
  const kinds: readonly ExternalAccount["kind"][] = segment === "common" ? ["entra", "msa"] : [ACCOUNT_KIND[look]];
  for (const kind of kinds) {
    const found = state.accounts.find((a) => a.email === email && a.kind === kind && (look !== "saml" || idpSegment(a) === segment));
    if (found) return found;
  }
  return undefined;
}

function brandOf(state: Readonly<WorldState>, look: Look, segment: string, account?: ExternalAccount) {
  switch (look) {
    case "msa":
      return { name: "Microsoft", color: "#737373" };
    case "google":
      return { name: "Google", color: "#1a73e8" };
    case "saml": {
      const domain = samlDomainOfSegment(segment) ?? "";
      const federation = state.tenants.flatMap((t) => t.policies.samlFederations).find((f) => f.domain === domain);
      return { name: federation?.idpName ?? domain, color: "#2c5f2d" };
    }
    case "entra": {
      const tenant = tenantOf(state, account?.kind === "entra" ? account.tenantId : segment);
      // Addendum §13.2: the home tenant's branding on its own pages, the Microsoft default when it has none.
      return tenant
        ? { name: tenant.name, color: "#0067b8", branding: brandingOf(state, tenant.id) }
        : { name: "Microsoft", color: "#0067b8" };
    }
  }
}

/** An OAuth error that goes back to the client's redirect URI (RFC 6749 §4.1.2.1), with Entra's code. */
function redirectErrorResponse(carried: Record<string, string>, error: RedirectError): Response {
  return authorizationResponse(carried.redirect_uri ?? "", responseModeOf(carried.response_mode), {
    error: error.error,
    error_description: `AADSTS${error.code}: ${error.description}`,
    error_codes: String(error.code),
    state: carried.state,
  });
}

type SessionChoice =
  { kind: "silent"; tile: SessionTile } | { kind: "picker" } | { kind: "none" } | { kind: "error"; error: RedirectError };

/**
 * Addendum §10.1–§10.4: what the browser's sessions make of an authorize request. `prompt=login` asks for
 * credentials; `select_account` shows the picker; `none` signs in silently or fails at once (SIM-ASSUMPTION
 * §10.3: 50058 → login_required, 16000 → interaction_required). Otherwise the hinted account's session signs
 * in; a single session signs in whoever is hinted ("Entra may SSO straight away", §10.4 step 2: how the most
 * common AADSTS50020 arises); several show the picker.
 */
function sessionChoice(
  state: Readonly<WorldState>,
  ctx: WorldContext,
  prompts: readonly string[],
  hint: string,
  domainHint?: string,
): SessionChoice {
  if (prompts.includes("login")) return { kind: "none" };
  // Entra's domain_hint names the kind of account: a session of the other kind does not count (D2).
  const kind = accountKindOfDomainHint(domainHint);
  const tiles = tilesIn(state, ctx.browser, ctx.now).filter((t) => !kind || t.account.kind === kind);
  if (prompts.includes("select_account")) return tiles.length > 0 ? { kind: "picker" } : { kind: "none" };
  const active = tiles.filter((t) => t.active);
  const hinted = hint ? active.find((t) => t.account.email === hint) : undefined;
  const only = active.length === 1 ? active[0] : undefined;
  if (prompts.includes("none")) {
    if (hinted) return { kind: "silent", tile: hinted };
    if (!hint && only) return { kind: "silent", tile: only };
    if (!hint && active.length > 1) {
      const description = "Multiple user identities are available for the current request.";
      return { kind: "error", error: { error: "interaction_required", code: 16000, description } };
    }
    const description = hint ? "No signed-in user matches the login hint." : "A silent sign-in request was sent but no user is signed in.";
    return { kind: "error", error: { error: "login_required", code: 50058, description } };
  }
  if (hinted) return { kind: "silent", tile: hinted };
  if (only) return { kind: "silent", tile: only };
  return active.length > 1 ? { kind: "picker" } : { kind: "none" };
}

/**
 * Addendum §10.2: "Stay signed in?" after a member's sign-in with credentials, unless the tenant hides it
 * or this browser said "Don't show this again"; never to a guest at the resource tenant. Whether the home
 * tenant asks during a guest's sign-in is a GAP: the resource tenant's `kmsiInGuestFlows` toggle (default off).
 */
function asksToStaySignedIn(state: Readonly<WorldState>, browser: string, principal: Principal, account: ExternalAccount): boolean {
  if (account.kind !== "entra" || state.kmsiHiddenIn.includes(browser)) return false;
  if (principal.guest && !tenantOf(state, principal.tenantId)?.policies.kmsiInGuestFlows) return false;
  const tenant = tenantOf(state, account.tenantId);
  // Addendum §10.2: User settings' switch, and the legacy branding switch (loginPageTextVisibilitySettings.hideKeepMeSignedIn).
  return tenant?.policies.showKeepSignedIn !== false && !tenant?.branding?.hideKeepMeSignedIn;
}

const normalized = (value: string | null) => (value ?? "").trim().toLowerCase();

/** The `sid` of an id_token_hint, if it has one (it is not verified: it only names a session to end). */
function sidOf(idTokenHint: string | null): string | undefined {
  if (!idTokenHint) return undefined;
  try {
    const { sid } = decodeJwt(idTokenHint);
    return typeof sid === "string" ? sid : undefined;
  } catch {
    return undefined;
  }
}

/** The /authorize parameters of a request (its query, or a form that carries them from page to page). */
function carriedOf(get: (name: string) => string | null, names: readonly string[] = CARRIED_PARAMS): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = get(name);
      return value === null ? [] : [[name, value]];
    }),
  );
}

/** What a page of the home IdP's leg carries: the hand-over, and the language the guest reads. */
function federatedParams(id: string, carried: Record<string, string>): Record<string, string> {
  return { federation: id, ...(carried.ui_locales ? { ui_locales: carried.ui_locales } : {}) };
}

/**
 * Keeps the app's request while the sign-in goes on elsewhere (the home IdP, or "Stay signed in?"), as long as
 * a code lives; the ones that outlived that go. Answers the id the pages carry as `federation`.
 */
function keepRequest(
  state: WorldState,
  now: Date,
  appRequest: { segment: string; params: Record<string, string> },
  pending?: Federation["pending"],
): string {
  state.federations = state.federations.filter((f) => now.getTime() - Date.parse(f.createdAt) < AUTH_CODE_LIFETIME_MS);
  const id = newOpaqueToken(24);
  state.federations.push({ id, segment: appRequest.segment, params: appRequest.params, createdAt: now.toISOString(), pending });
  return id;
}

/** A hand-over still under way (as long as a code lives), or undefined. */
function federationOf(state: Readonly<WorldState>, id: string | null, now: Date): Federation | undefined {
  if (!id) return undefined;
  const found = state.federations.find((f) => f.id === id);
  return found && now.getTime() - Date.parse(found.createdAt) < AUTH_CODE_LIFETIME_MS ? found : undefined;
}

function handOverExpired(): OAuthFailure {
  return { code: "AADSTS50058", message: "The sign-in request was not found or has expired. Go back to the app and sign in again." };
}

/** Where a resource tenant hands an address over to, when that is not the tenant itself (its members stay). */
function handOverTarget(state: Readonly<WorldState>, segment: string, email: string, domainHint?: string): string | undefined {
  if (!state.tenants.some((t) => t.id === segment)) return undefined;
  const realm = homeRealmAt(state, segment, email, domainHint);
  return realm && realm !== segment ? realm : undefined;
}

/**
 * Who `account` is at the authority `segment`: a tenant or IdP's own user or guest (home-realm.ts principalAt);
 * at `organizations` and `common`, the user of its own home tenant (addendum §11.3).
 */
function principalFor(state: Readonly<WorldState>, segment: string, account: ExternalAccount): Principal | undefined {
  const kind = authorityKind(state, segment);
  if (!kind || (!kind.accepts(account) && !kind.issuer)) return undefined;
  return kind.issuer ? principalAt(state, kind.issuer, account) : { tenantId: idpSegment(account), objectId: account.objectId };
}

function html(body: string, status = 200): Response {
  return HttpResponse.html(body, { status, headers: { "Cache-Control": "no-store" } });
}

async function sha256base64url(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return base64url(new Uint8Array(digest));
}

const formDecode = (value: string) => decodeURIComponent(value.replace(/\+/g, " "));

/** The client's credentials from `client_secret_basic` (RFC 6749 §2.3.1) or the form body. */
function clientCredentialsOf(request: Request, form: URLSearchParams): { clientId: string; secret?: string } {
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.get("Authorization") ?? "")?.[1];
  if (basic) {
    const decoded = atob(basic);
    const colon = decoded.indexOf(":");
    return { clientId: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  }
  return { clientId: form.get("client_id") ?? "", secret: form.get("client_secret") ?? undefined };
}

/** RFC 6750 §3: a userinfo request without a usable bearer token. */
function bearerChallenge(error?: string, description?: string): Response {
  return HttpResponse.json(
    { error: { code: "InvalidAuthenticationToken", message: description ?? "Access token is empty." } },
    {
      status: 401,
      headers: {
        ...NO_STORE,
        "WWW-Authenticate": error
          ? `Bearer error="${error}", error_description="${(description ?? "").replace(/"/g, "'")}"`
          : 'Bearer realm="fake-entra"',
      },
    },
  );
}

function audienceOf(idTokenHint: string | null): string | undefined {
  if (!idTokenHint) return undefined;
  try {
    const { aud } = decodeJwt(idTokenHint);
    return Array.isArray(aud) ? aud[0] : aud;
  } catch {
    return undefined;
  }
}

/** A client secret is missing, or the app has none to give (AADSTS7000218). */
const secretRequired = (now: Date) =>
  oauthError(
    401,
    "invalid_client",
    7000218,
    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    now,
  );

export function idpHandlers(options: FakeWorldOptions) {
  const { world, appOrigin } = options;
  const authority = `https://${FAKE_AUTHORITY_HOST}`;

  /** Entra's error page for `failure`; `clientId` names the app in its troubleshooting details when it is registered. */
  const renderFailure = (lang: PageLanguage, failure: OAuthFailure, clientId?: string, signingOut = false) =>
    html(
      world.read((_, ctx) =>
        errorPage(lang, { ...failure, requestId: newId(), correlationId: newId(), now: ctx.now, app: appOf(clientId), signingOut }),
      ),
      400,
    );

  function appOf(clientId: string | undefined): { name: string; id: string } | undefined {
    const app = appById(options, clientId);
    return app ? { name: app.displayName, id: app.clientId } : undefined;
  }

  /** Discovery and JWKS of an unknown tenant: Entra's 400 `invalid_tenant`, never metadata. */
  const unknownTenantJson = (segment: string) => {
    const now = world.read((_, ctx) => ctx.now);
    return oauthError(400, "invalid_tenant", 90002, unknownTenant(segment).message, now);
  };

  const knownSegment = (segment: string) => world.read((state) => authorityKind(state, segment));

  /** The e-mail or password page of an authority (Google's chooser when accounts are signed in to Google here). */
  function credentialsPage(
    state: Readonly<WorldState>,
    lang: PageLanguage,
    segment: string,
    params: Record<string, string>,
    email: string,
    step?: "email" | "password",
    error?: PageError,
    account?: ExternalAccount,
  ): Response {
    const look = authorityKind(state, segment)?.look ?? "entra";
    const browserAccounts = state.accounts.flatMap((a) =>
      a.kind === "google" && a.signedInToBrowser ? [{ email: a.email, name: a.displayName }] : [],
    );
    // Google shows its account chooser when accounts are signed in to the browser (spec §4.3): that is
    // Google's own session, which Entra's prompt does not govern.
    const pageStep = step ?? (look === "google" && browserAccounts.length > 0 ? "chooser" : "email");
    return html(
      signInPage({
        lang,
        look,
        step: pageStep,
        action: `${appOrigin}${MOCK_IDP_API}/${segment}/login`,
        params,
        brand: brandOf(state, look, segment, account),
        email,
        error,
        demo: { email: state.demoSignInHint, password: DEMO_PASSWORD },
        browserAccounts,
      }),
    );
  }

  /**
   * Google's own refusals before its sign-in page (spec §4.3), set in the studio: the guest's browser sends an
   * oversized cookie header (400 "header too long", decision 0082), or the app signs in inside an embedded web
   * view (403 disallowed_useragent, decision 0083). The header is refused first: Google reads no further.
   */
  function googleRefusal(state: Readonly<WorldState>, lang: PageLanguage, segment: string, params: Record<string, string>) {
    if (lookOf(state, segment) !== "google") return undefined;
    const policies = tenantOf(state, state.resourceTenantId)?.policies;
    const refusal = policies?.googleHeaderTooLong ? "header-too-long" : policies?.embeddedWebView ? "web-view" : undefined;
    if (!refusal) return undefined;
    const action = `${appOrigin}${MOCK_IDP_API}/${segment}/login`;
    return html(googleRefusalPage({ lang, refusal, action, params }), refusal === "header-too-long" ? 400 : 403);
  }

  /** S40 "Pick an account" (or S40a, to sign out: posting to the end-session endpoint) for these tiles. */
  function pickerResponse(
    state: Readonly<WorldState>,
    ctx: WorldContext,
    lang: PageLanguage,
    segment: string,
    carried: Record<string, string>,
    tiles: readonly SessionTile[] = tilesIn(state, ctx.browser, ctx.now),
    toSignOut = false,
  ) {
    return html(
      pickerPage({
        lang,
        action: `${appOrigin}${MOCK_IDP_API}/${segment}/${toSignOut ? "logout" : "login"}`,
        params: carried,
        brand: brandOf(state, "entra", segment),
        tiles: tiles.map((t) => ({ sid: t.session.sid, email: t.account.email, name: t.account.displayName, active: t.active })),
        toSignOut,
      }),
    );
  }

  /**
   * The end of a sign-in at the authority the app called: the tenant finds who the account is in its
   * directory (addendum §11.1 hop 5) — none is AADSTS50020 on Entra's page, which is not returned to the app
   * (§10.4) — and the code goes back to the app, bound to the browser session it used.
   */
  function complete(
    state: WorldState,
    ctx: WorldContext,
    lang: PageLanguage,
    appRequest: { segment: string; params: Record<string, string> },
    account: ExternalAccount,
    { session, omitEmailClaim = false, silent = false }: { session?: BrowserSession; omitEmailClaim?: boolean; silent?: boolean },
  ): Response {
    const params = appRequest.params;
    if (!principalFor(state, appRequest.segment, account)) {
      if (silent) {
        return redirectErrorResponse(params, {
          error: "login_required",
          code: 50058,
          description: "No signed-in user can access this tenant.",
        });
      }
      const failure = notInTenant(state, account, appRequest.segment);
      const offer = tenantOf(state, state.resourceTenantId)?.policies.signOutLinkOnErrors !== false;
      const switchAccount = offer
        ? { action: `${appOrigin}${MOCK_IDP_API}/${appRequest.segment}/login`, params, sid: session?.sid }
        : undefined;
      const brand = brandOf(state, "entra", appRequest.segment);
      const page = { ...failure, requestId: newId(), correlationId: newId(), now: ctx.now, app: appOf(params.client_id) };
      return html(errorPage(lang, page, switchAccount, brand), 400);
    }
    if (session) touch(session, ctx.now);
    const code = newOpaqueToken(32);
    const issuedAt = ctx.now.getTime();
    state.authCodes = state.authCodes.filter((c) => issuedAt - c.issuedAt < AUTH_CODE_LIFETIME_MS);
    state.authCodes.push({
      code,
      clientId: params.client_id ?? "",
      redirectUri: params.redirect_uri ?? "",
      codeChallenge: params.code_challenge ?? "",
      nonce: params.nonce,
      scope: params.scope ?? "openid profile",
      accountObjectId: account.objectId,
      issuedAt,
      used: false,
      omitEmailClaim,
      segment: appRequest.segment,
      sid: session?.sid,
    });
    return authorizationResponse(params.redirect_uri ?? "", responseModeOf(params.response_mode), {
      code,
      state: params.state,
      client_info: base64url(JSON.stringify({ uid: account.objectId, utid: idpSegment(account) })),
      session_state: session?.sid ?? newId(),
    });
  }

  /** S41 comes before the code goes back: the sign-in waits in `federations` for the answer. */
  function kmsiResponse(
    state: WorldState,
    now: Date,
    lang: PageLanguage,
    appRequest: { segment: string; params: Record<string, string> },
    account: ExternalAccount,
    session: BrowserSession,
    omitEmailClaim: boolean,
  ): Response {
    const id = keepRequest(state, now, appRequest, { accountObjectId: account.objectId, sid: session.sid, omitEmailClaim });
    const params = federatedParams(id, appRequest.params);
    const home = account.kind === "entra" ? account.tenantId : appRequest.segment;
    return html(
      kmsiPage({
        lang,
        action: `${appOrigin}${MOCK_IDP_API}/${home}/login`,
        params,
        brand: brandOf(state, "entra", home),
        email: account.email,
      }),
    );
  }

  /** Yes: a persistent session (§10.2); "Don't show this again" is remembered for this browser. */
  function answerKmsi(
    state: WorldState,
    ctx: WorldContext,
    lang: PageLanguage,
    record: Federation,
    yes: boolean,
    dontShow: boolean,
  ): Response {
    state.federations = state.federations.filter((f) => f.id !== record.id);
    const pending = record.pending;
    const account = pending && state.accounts.find((a) => a.objectId === pending.accountObjectId);
    if (!pending || !account) return renderFailure(lang, handOverExpired());
    const session = findInBrowser(state, ctx.browser, pending.sid);
    if (session && yes) session.persistent = true;
    if (dontShow && ctx.browser && !state.kmsiHiddenIn.includes(ctx.browser)) state.kmsiHiddenIn.push(ctx.browser);
    return complete(state, ctx, lang, { segment: record.segment, params: record.params }, account, {
      session,
      omitEmailClaim: pending.omitEmailClaim,
    });
  }

  /** End session: the named session, the only one, or the one picked on S40a; then where the app asked to go. */
  function endSession(
    state: WorldState,
    ctx: WorldContext,
    segment: string,
    get: (name: string) => string | null,
    picked = false,
  ): Response {
    const lang = pageLanguage(get("ui_locales"));
    // A failed sign-out is the page's sign-out variant (S43).
    if (!authorityKind(state, segment)) return renderFailure(lang, unknownTenant(segment), undefined, true);
    const idTokenHint = get("id_token_hint");
    const clientId = get("client_id") ?? audienceOf(idTokenHint);
    const app = clientId ? appById(options, clientId) : undefined;
    if (clientId && !app) {
      const failure = { code: "AADSTS700016", message: `Application with identifier '${clientId}' was not found in the directory.` };
      return renderFailure(lang, failure, undefined, true);
    }
    if (!picked) {
      const active = activeIn(state, ctx.browser, ctx.now);
      const named = sidOf(idTokenHint) ?? get("logout_hint") ?? undefined;
      const target = named
        ? active.find((t) => t.session.sid === named || t.account.email === named.toLowerCase())
        : active.length === 1
          ? active[0]
          : undefined;
      if (target) signOut(target.session);
      else if (!named && active.length > 1) {
        const carried = carriedOf(get, ["post_logout_redirect_uri", "state", "client_id", "ui_locales"]);
        return pickerResponse(state, ctx, lang, segment, carried, active, true);
      }
    }
    const target = get("post_logout_redirect_uri");
    if (!target) return html(signedOutPage(lang));
    const allowed = (candidate: AppRegistration) => (candidate.postLogoutRedirectUris ?? candidate.redirectUris).includes(target);
    if (!(app ? allowed(app) : false)) return html(signedOutPage(lang, target));
    return authorizationResponse(target, "query", { state: get("state") ?? undefined });
  }

  /**
   * Addendum §11.1 hop 3: the resource tenant sends the browser to the home identity provider, keeping the
   * app's request until the guest comes back (Entra keeps it in its own context, as `federation` here).
   */
  function handOver(state: WorldState, now: Date, segment: string, carried: Record<string, string>, realm: string, email: string) {
    const policies = tenantOf(state, state.resourceTenantId)?.policies;
    if (realm === GOOGLE_SEGMENT && policies?.embeddedWebView && policies.deviceSignInFlow) {
      return deviceWait(state, now, segment, carried, email);
    }
    const id = keepRequest(state, now, { segment, params: carried });
    const query = new URLSearchParams({ ...federatedParams(id, carried), login_hint: email });
    return HttpResponse.json(
      { location: `${appOrigin}${MOCK_IDP_PAGE_PREFIX}${realm}/oauth2/v2.0/authorize?${query}` },
      { headers: NO_STORE },
    );
  }

  /**
   * S19, Microsoft's device sign-in flow (spec §4.3; decision 0084): instead of handing a Gmail guest in an embedded
   * web view over to Google, the resource tenant keeps the app's request with a nine-character code and shows it.
   */
  function deviceWait(state: WorldState, now: Date, segment: string, carried: Record<string, string>, email: string) {
    const id = keepRequest(state, now, { segment, params: carried });
    const record = state.federations.find((f) => f.id === id)!;
    record.device = { code: deviceCode(), email, stage: "waiting" };
    const lang = pageLanguage(carried.ui_locales);
    return html(
      deviceWaitPage({
        lang,
        brand: brandOf(state, "entra", segment),
        email,
        code: record.device.code,
        pollUrl: `${appOrigin}${MOCK_IDP_API}/${DEVICE_SEGMENT}/poll?${new URLSearchParams({ federation: id, ui_locales: lang })}`,
        deviceUrl: `${appOrigin}${MOCK_IDP_PAGE_PREFIX}${DEVICE_SEGMENT}?${new URLSearchParams({ ui_locales: lang })}`,
      }),
    );
  }

  const deviceAction = `${appOrigin}${MOCK_IDP_API}/${DEVICE_SEGMENT}/login`;

  return [
    // S19 at microsoft.com/devicelogin, in the separate browser (a new tab of the app's origin): enter the code.
    http.get(`${appOrigin}${MOCK_IDP_API}/${DEVICE_SEGMENT}/authorize`, ({ request }) => {
      const lang = pageLanguage(new URL(request.url).searchParams.get("ui_locales"));
      return html(devicePage(lang, deviceAction, { ui_locales: lang }, { kind: "enter-code" }));
    }),

    // The web view asks whether the separate browser has finished: 204 until then, then the code goes to the app.
    http.get(`${appOrigin}${MOCK_IDP_API}/${DEVICE_SEGMENT}/poll`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const lang = pageLanguage(query.get("ui_locales"));
      return world.transact((state, ctx) => {
        const record = federationOf(state, query.get("federation"), ctx.now);
        if (!record?.device) return renderFailure(lang, handOverExpired());
        if (record.device.stage !== "approved") return new HttpResponse(null, { status: 204, headers: NO_STORE });
        const objectId = record.device.accountObjectId;
        const account = state.accounts.find((a) => a.objectId === objectId);
        state.federations = state.federations.filter((f) => f.id !== record.id);
        if (!account) return renderFailure(lang, handOverExpired());
        const appRequest = { segment: record.segment, params: record.params };
        const principal = principalFor(state, appRequest.segment, account);
        const session = principal && ctx.browser ? startSession(state, ctx.browser, account, false, ctx.now) : undefined;
        return complete(state, ctx, lang, appRequest, account, { session });
      });
    }),

    // The device pages' forms: the code, the e-mail again, Google's e-mail and password, then Continue or Cancel.
    http.post(`${appOrigin}${MOCK_IDP_API}/${DEVICE_SEGMENT}/login`, async ({ request }) => {
      const form = await request.formData();
      const field = (name: string) => String(form.get(name) ?? "").trim();
      const lang = pageLanguage(field("ui_locales"));
      const step = field("step");
      const page = (params: Record<string, string>, shown: Parameters<typeof devicePage>[3]) =>
        html(devicePage(lang, deviceAction, { ui_locales: lang, ...params }, shown));
      return world.transact((state, ctx) => {
        const live = (f: Federation) => federationOf(state, f.id, ctx.now) === f;
        if (step === "device-code") {
          const typed = field("code").replace(/[\s-]/g, "").toUpperCase();
          const record = state.federations.find((f) => live(f) && f.device?.stage === "waiting" && f.device.code === typed);
          if (!record?.device) return page({}, { kind: "enter-code", error: true });
          record.device.stage = "code";
          return page({ device: record.id }, { kind: "confirm-email", app: appOf(record.params.client_id)?.name ?? "" });
        }
        const record = state.federations.find((f) => live(f) && f.id === field("device") && f.device);
        const device = record?.device;
        if (!record || !device) return page({}, { kind: "expired" });
        const app = appOf(record.params.client_id)?.name ?? "";
        const google = (pageStep: "email" | "password", error?: PageError) =>
          html(
            signInPage({
              lang,
              look: "google",
              step: pageStep,
              action: deviceAction,
              params: { ui_locales: lang, device: record.id },
              brand: brandOf(state, "google", GOOGLE_SEGMENT),
              email: pageStep === "password" ? field("email").toLowerCase() || device.email : field("email"),
              error,
              demo: { email: state.demoSignInHint, password: DEMO_PASSWORD },
            }),
          );
        if (step === "device-email" && device.stage === "code") {
          if (field("email").toLowerCase() !== device.email)
            return page({ device: record.id }, { kind: "confirm-email", app, error: true });
          device.stage = "email";
          // Google's sign-in in this (real) browser: Google knows the address from the confirmation.
          return google("password");
        }
        if (device.stage === "email" && (step === "back" || step === "another")) return google("email");
        if (device.stage === "email" && (step === "email" || step === "password")) {
          const email = field("email").toLowerCase();
          const account = state.accounts.find((a) => a.kind === "google" && a.email === email);
          if (step === "email") return email ? (account ? google("password") : google("email", "notFound")) : google("email", "emptyEmail");
          if (!account) return google("email", "notFound");
          if (!field("password")) return google("password", "emptyPassword");
          if (field("password") !== account.password) return google("password", "badPassword");
          device.stage = "google";
          device.accountObjectId = account.objectId;
          return page({ device: record.id }, { kind: "confirm-app", app });
        }
        if (step === "device-confirm" && device.stage === "google") {
          if (field("answer") !== "continue") {
            state.federations = state.federations.filter((f) => f.id !== record.id);
            return page({}, { kind: "cancelled" });
          }
          device.stage = "approved";
          return page({}, { kind: "done", app });
        }
        return page({}, { kind: "expired" });
      });
    }),

    http.get(`${authority}/:tenant/v2.0/.well-known/openid-configuration`, ({ params }) => {
      const tenant = String(params.tenant);
      const kind = knownSegment(tenant);
      if (!kind) return unknownTenantJson(tenant);
      return HttpResponse.json({
        // Entra's multi-tenant aliases name a template issuer: each token's is the user's home tenant.
        issuer: authorityFor(kind.issuer ?? "{tenantid}"),
        authorization_endpoint: `${appOrigin}${MOCK_IDP_PAGE_PREFIX}${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/${tenant}/oauth2/v2.0/token`,
        jwks_uri: `${authority}/${tenant}/discovery/v2.0/keys`,
        userinfo_endpoint: USERINFO_ENDPOINT,
        end_session_endpoint: `${appOrigin}${MOCK_IDP_PAGE_PREFIX}${tenant}/oauth2/v2.0/logout`,
        response_types_supported: ["code"],
        response_modes_supported: RESPONSE_MODES,
        grant_types_supported: ["authorization_code", "refresh_token", "client_credentials"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        scopes_supported: ["openid", "profile", "email", "offline_access"],
        token_endpoint_auth_methods_supported: ["none", "client_secret_post", "client_secret_basic"],
        claims_supported: [
          "sub",
          "iss",
          "aud",
          "exp",
          "iat",
          "nbf",
          "nonce",
          "name",
          "preferred_username",
          "email",
          "oid",
          "tid",
          "ver",
          "sid",
          "idp",
          "acct",
        ],
        prompt_values_supported: PROMPTS,
        ui_locales_supported: ["en", "nl"],
        claims_parameter_supported: false,
        request_parameter_supported: false,
        request_uri_parameter_supported: false,
        tenant_region_scope: "EU",
      });
    }),

    http.get(`${authority}/:tenant/discovery/v2.0/keys`, async ({ params }) => {
      const tenant = String(params.tenant);
      if (!knownSegment(tenant)) return unknownTenantJson(tenant);
      return HttpResponse.json(jwks(await ensureSigningKey(world)));
    }),

    // OIDC Core §5.3: the claims of the user an access token was issued for.
    http.all(USERINFO_ENDPOINT, async ({ request }) => {
      if (request.method !== "GET" && request.method !== "POST") return bearerChallenge("invalid_request", "Use GET or POST.");
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("Authorization") ?? "")?.[1];
      if (!token) return bearerChallenge();
      const key = await ensureSigningKey(world);
      let payload: JWTPayload;
      try {
        const now = world.read((_, ctx) => ctx.now);
        ({ payload } = await jwtVerify(token, createLocalJWKSet(jwks(key) as never), { algorithms: ["RS256"], currentDate: now }));
      } catch (error) {
        return bearerChallenge("invalid_token", error instanceof Error ? error.message : "The access token is not valid.");
      }
      const user = world.read((state) => {
        const account = state.accounts.find((a) => a.objectId === payload.oid);
        if (account) return { sub: account.objectId, name: account.displayName, email: account.email, preferred_username: account.email };
        const member = state.members.find((m) => m.id === payload.oid);
        if (member) return { sub: member.id, name: member.displayName, email: member.mail, preferred_username: member.mail };
        // A guest's token from the resource tenant names the guest object there (addendum §11.2).
        const guest = state.users.find((u) => u.id === payload.oid && u.tenantId === payload.tid && !u.deletedDateTime);
        return guest ? { sub: guest.id, name: guest.displayName, email: guest.mail, preferred_username: guest.mail } : undefined;
      });
      if (!user || payload.idtyp === "app") return bearerChallenge("invalid_token", "The access token names no user.");
      return HttpResponse.json({ ...user, oid: user.sub, tid: payload.tid }, { headers: NO_STORE });
    }),

    // The popup's page script (mocks/idp/popup.ts) fetches the sign-in page for the authorize request. The
    // browser's sessions come first (addendum §10): silent single sign-on, or "Pick an account". Then, at a
    // resource tenant, home realm discovery of the hinted address hands the guest over to the home IdP.
    // With `federation`, this is that hand-over's leg at the home IdP: the resource tenant is its client.
    http.get(`${appOrigin}${MOCK_IDP_API}/:tenant/authorize`, ({ request, params }) => {
      const query = new URL(request.url).searchParams;
      const carried = carriedOf((name) => query.get(name));
      const lang = pageLanguage(query.get("ui_locales"));
      const tenantId = String(params.tenant);
      return world.transact((state, ctx) => {
        const federated = federationOf(state, query.get("federation"), ctx.now);
        if (query.has("federation") && !federated) return renderFailure(lang, handOverExpired());
        if (federated) {
          const look = lookOf(state, tenantId);
          if (!look) return renderFailure(lang, unknownTenant(tenantId));
          // Home realm discovery already knows the username: a work or personal account's page asks for the password.
          const hinted = normalized(query.get("login_hint"));
          const known = (look === "entra" || look === "msa") && hinted ? accountAt(state, look, tenantId, hinted) : undefined;
          const legParams = federatedParams(federated.id, carried);
          const refused = googleRefusal(state, lang, tenantId, legParams);
          if (refused) return refused;
          return known
            ? credentialsPage(state, lang, tenantId, legParams, hinted, "password", undefined, known)
            : credentialsPage(state, lang, tenantId, legParams, hinted);
        }
        const failure = pageFailure(state, tenantId, carried, options);
        if (failure) return renderFailure(lang, failure);
        const redirectError = redirectFailure(query);
        if (redirectError) return redirectErrorResponse(carried, redirectError);
        const prompts = (query.get("prompt") ?? "").split(" ").filter(Boolean);
        const hint = prompts.includes("select_account") ? "" : normalized(query.get("login_hint"));
        const appRequest = { segment: tenantId, params: carried };
        const choice =
          authorityKind(state, tenantId)?.look === "entra"
            ? sessionChoice(state, ctx, prompts, hint, carried.domain_hint)
            : { kind: "none" as const };
        if (choice.kind === "error") return redirectErrorResponse(carried, choice.error);
        if (choice.kind === "silent")
          return complete(state, ctx, lang, appRequest, choice.tile.account, {
            session: choice.tile.session,
            silent: prompts.includes("none"),
          });
        if (choice.kind === "picker") return pickerResponse(state, ctx, lang, tenantId, carried);
        if (hint) {
          const realm = handOverTarget(state, tenantId, hint, carried.domain_hint);
          if (realm) return handOver(state, ctx.now, tenantId, carried, realm, hint);
        }
        return credentialsPage(state, lang, tenantId, carried, hint);
      });
    }),

    // The sign-in forms post here: e-mail step, password step, back, the account picker's tiles and their
    // menus, "Stay signed in?", and "Sign out and sign in with a different account". Success answers where to go next.
    http.post(`${appOrigin}${MOCK_IDP_API}/:tenant/login`, async ({ request, params }) => {
      const form = await request.formData();
      const field = (name: string) => String(form.get(name) ?? "");
      const carried = carriedOf((name) => (form.has(name) ? field(name) : null));
      const lang = pageLanguage(carried.ui_locales);
      const tenantId = String(params.tenant);
      const email = field("email").trim().toLowerCase();
      const step = field("step");
      // A password the guest chose in the wizard is kept as a hash; checking it is asynchronous, so it
      // happens before the synchronous transaction (the request holds the world's lock throughout).
      const { storedHash, workAccountId, demoPassword } = world.read((state) => {
        const account = accountAt(state, lookOf(state, tenantId) ?? "entra", tenantId, email);
        return {
          storedHash: account?.kind === "msa" || account?.kind === "entra" ? account.passwordHash : undefined,
          workAccountId: account?.kind === "entra" ? account.objectId : undefined,
          demoPassword: account?.password,
        };
      });
      // The update-password page (AADSTS50055) asks for the current password again, beside the new one.
      const updating = step === "update-password";
      const typed = updating ? field("current_password") : field("password");
      const matchesHash = storedHash && typed ? await verifyPassword(typed, storedHash) : undefined;
      // Smart lockout (AADSTS50053) remembers the last wrong passwords of a work account only as salted hashes.
      const badHash = workAccountId && typed ? await badPasswordHash(workAccountId, typed) : undefined;
      const newPassword = updating ? field("new_password") : "";
      const currentMatches = typed !== "" && (matchesHash ?? typed === demoPassword);
      const newIsCurrent =
        newPassword !== "" && (storedHash ? await verifyPassword(newPassword, storedHash) : newPassword === demoPassword);
      const updateError = updating
        ? updatePasswordError({
            current: typed,
            next: newPassword,
            confirm: field("confirm_password"),
            currentMatches,
            nextIsCurrent: newIsCurrent,
          })
        : undefined;
      // Only an accepted new password is hashed (PBKDF2 is slow on purpose), and only its hash is stored.
      const newHash = updating && !updateError ? await hashPassword(newPassword) : undefined;
      return world.transact((state, ctx) => {
        const federated = federationOf(state, field("federation") || null, ctx.now);
        if (form.has("federation") && !federated) return renderFailure(lang, handOverExpired());
        if (federated?.pending) {
          if (step !== "kmsi") return renderFailure(lang, handOverExpired());
          return answerKmsi(state, ctx, lang, federated, field("answer") === "yes", field("dont_show") === "1");
        }
        // The app's own request: the one this page serves, or the one the resource tenant handed over.
        const appRequest = federated ? { segment: federated.segment, params: federated.params } : { segment: tenantId, params: carried };
        if (!federated) {
          const failure = pageFailure(state, tenantId, carried, options);
          if (failure) return renderFailure(lang, failure);
        }
        if (!appRequest.params.code_challenge || appRequest.params.code_challenge_method !== "S256") {
          return renderFailure(
            lang,
            {
              code: "AADSTS9002325",
              message: "Proof Key for Code Exchange (S256) is required for cross-origin authorization code redemption.",
            },
            appRequest.params.client_id,
          );
        }
        const kind = authorityKind(state, tenantId);
        const look = kind?.look ?? "entra";
        const pageParams = federated ? federatedParams(federated.id, carried) : carried;
        const tile = field("sid") ? findInBrowser(state, ctx.browser, field("sid")) : undefined;
        if (look === "google" && step === "clear-google-cookies") {
          // The simulated browser clears its cookies for Google (decision 0082): the oversized header goes, and so
          // does the browser's Google sign-in; trying again opens Google's sign-in page.
          const resource = tenantOf(state, state.resourceTenantId);
          if (resource) resource.policies.googleHeaderTooLong = false;
          for (const a of state.accounts) if (a.kind === "google") a.signedInToBrowser = false;
        }
        const refused = googleRefusal(state, lang, tenantId, pageParams);
        if (refused) return refused;
        if (look === "google" && step === "clear-google-cookies") return credentialsPage(state, lang, tenantId, pageParams, "");
        if (!federated && step === "switch-account") {
          // §10.4: end the session of the account the tenant refused, and start over at the e-mail step.
          if (tile) signOut(tile);
          return credentialsPage(state, lang, tenantId, carried, "");
        }
        if (!federated && (step === "tile-sign-out" || step === "tile-forget")) {
          if (tile && step === "tile-forget") forget(state, tile);
          else if (tile) signOut(tile);
          return tilesIn(state, ctx.browser, ctx.now).length > 0
            ? pickerResponse(state, ctx, lang, tenantId, carried)
            : credentialsPage(state, lang, tenantId, carried, "");
        }
        if (!federated && step === "pick") {
          const picked = tile && tilesIn(state, ctx.browser, ctx.now).find((t) => t.session === tile);
          // AADSTS16001 UserAccountSelectionInvalid: a tile that no longer exists gets a refreshed list (§10.1).
          if (!picked) return pickerResponse(state, ctx, lang, tenantId, carried);
          if (picked.active) return complete(state, ctx, lang, appRequest, picked.account, { session: picked.session });
          // A signed-out tile asks for the credentials again (§10.1 SIM-ASSUMPTION).
          const realm = handOverTarget(state, tenantId, picked.account.email, carried.domain_hint);
          if (realm) return handOver(state, ctx.now, tenantId, carried, realm, picked.account.email);
          return credentialsPage(state, lang, tenantId, carried, picked.account.email, "password");
        }
        const account = accountAt(state, look, tenantId, email);
        const page = (pageStep: "email" | "password", error?: PageError) =>
          credentialsPage(
            state,
            lang,
            tenantId,
            pageParams,
            step === "back" ? email : field("email"),
            pageStep,
            error,
            pageStep === "password" ? account : undefined,
          );
        // Google's chooser: an account already signed in to the browser needs no password.
        const chosen = step === "choose" && account?.kind === "google" && account.signedInToBrowser;
        if (step === "back" || step === "another") return page("email");
        if (!federated && email && (step === "email" || step === "password")) {
          // Home realm discovery at a resource tenant: an address that is not its own member's goes home.
          const realm = handOverTarget(state, tenantId, email, carried.domain_hint);
          if (realm) return handOver(state, ctx.now, tenantId, carried, realm, email);
        }
        if (step === "email") {
          if (!email) return page("email", "emptyEmail");
          return account ? page("password") : page("email", "notFound");
        }
        // AADSTS50055 (addendum §14.2): the home tenant's update-password page, for an expired work account's password.
        const updatePage = (expired: ExternalAccount, error?: UpdatePasswordError) =>
          html(
            updatePasswordPage({
              lang,
              action: `${appOrigin}${MOCK_IDP_API}/${tenantId}/login`,
              params: pageParams,
              brand: brandOf(state, "entra", tenantId, expired),
              email: expired.email,
              error,
              demoPassword: expired.password,
            }),
          );
        const lockable = account?.kind === "entra" && account.objectId === workAccountId;
        if (updating) {
          // Only a work account whose password has expired is offered the form; anything else starts over.
          if (account?.kind !== "entra" || !account.passwordExpired) return page("password");
          if (lockable && lockedOutUntil(state, account.objectId, ctx.now)) return page("password", "locked");
          // A wrong current password counts towards smart lockout as on the password page.
          if (updateError === "wrongCurrent" && lockable && badHash) {
            if (countBadPassword(state, account.objectId, badHash, ctx.now).lockedUntil) return page("password", "locked");
          }
          if (updateError || !newHash) return updatePage(account, updateError ?? "weakPassword");
          account.passwordHash = newHash;
          delete account.password;
          account.passwordExpired = false;
          account.passwordChangedAt = ctx.now.toISOString();
          clearBadPasswords(state, account.objectId);
        } else if (!chosen) {
          if (!account) return page(look === "saml" ? "password" : "email", "notFound");
          const password = field("password");
          if (!password) return page("password", "emptyPassword");
          // Addendum §14.2: a locked account is refused even the right password until the lockout ends.
          if (lockable && lockedOutUntil(state, account.objectId, ctx.now)) return page("password", "locked");
          if (!(matchesHash ?? password === account.password)) {
            if (lockable && badHash && countBadPassword(state, account.objectId, badHash, ctx.now).lockedUntil) {
              return page("password", "locked");
            }
            return page("password", "badPassword");
          }
          if (lockable) clearBadPasswords(state, account.objectId);
          // The right password, but it has expired: a new one first, then the sign-in goes on.
          if (account.kind === "entra" && account.passwordExpired) return updatePage(account);
        }
        if (!account) return page("email", "notFound");
        // The home IdP's leg: a work account of another tenant is not this tenant's to vouch for.
        if (federated && idpSegment(account) !== tenantId)
          return renderFailure(lang, notInTenant(state, account, tenantId), federated.params.client_id);
        if (federated) state.federations = state.federations.filter((f) => f.id !== federated.id);
        // The studio's fault at the partner (decision 0065): an assertion without the e-mail claim (AADSTS5000819).
        const omitEmailClaim =
          look === "saml" && state.tenants.find((t) => t.id === state.resourceTenantId)?.policies.samlPartnerFault === "AADSTS5000819";
        // The identity is now signed in to the login host in this browser (addendum §10), for Entra's own
        // authorities: a personal account's, Google's and the partner's own pages keep their own sessions.
        // A work account is signed in to the login host even when the tenant then refuses it (that is how a
        // browser comes to hold the "wrong" session, §10.4); any other identity once the tenant accepts it.
        const entraFlow = authorityKind(state, appRequest.segment)?.look === "entra";
        const principal = principalFor(state, appRequest.segment, account);
        const session =
          entraFlow && ctx.browser && (principal || account.kind === "entra")
            ? startSession(state, ctx.browser, account, false, ctx.now)
            : undefined;
        if (session && principal && asksToStaySignedIn(state, session.browser, principal, account)) {
          return kmsiResponse(state, ctx.now, lang, appRequest, account, session, omitEmailClaim);
        }
        return complete(state, ctx, lang, appRequest, account, { session, omitEmailClaim });
      });
    }),

    // OIDC RP-Initiated Logout (addendum §10.5): the session named by id_token_hint or logout_hint ends; with
    // none named and several signed in, "Pick an account to sign out" (S40a). Then back to a registered
    // post_logout_redirect_uri with the state, else Entra's signed-out page (S42).
    http.get(`${appOrigin}${MOCK_IDP_API}/:tenant/logout`, ({ request, params }) => {
      const query = new URL(request.url).searchParams;
      return world.transact((state, ctx) => endSession(state, ctx, String(params.tenant), (name) => query.get(name)));
    }),

    // S40a's tiles post here: the picked session ends.
    http.post(`${appOrigin}${MOCK_IDP_API}/:tenant/logout`, async ({ request, params }) => {
      const form = new URLSearchParams(await request.text());
      return world.transact((state, ctx) => {
        const picked = findInBrowser(state, ctx.browser, form.get("sid") ?? "");
        if (picked) signOut(picked);
        return endSession(state, ctx, String(params.tenant), (name) => form.get(name), true);
      });
    }),

    http.post(`${authority}/:tenant/oauth2/v2.0/token`, async ({ request, params }) => {
      const form = new URLSearchParams(await request.text());
      const now = world.read((_, ctx) => ctx.now);
      const segment = String(params.tenant);
      const kind = knownSegment(segment);
      if (!kind) return oauthError(400, "invalid_request", 90002, unknownTenant(segment).message, now);
      const grantType = form.get("grant_type");
      if (!grantType) {
        return oauthError(400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.", now);
      }
      const { clientId, secret } = clientCredentialsOf(request, form);
      const app = appById(options, clientId);
      if (!app) {
        return oauthError(
          400,
          "unauthorized_client",
          700016,
          `Application with identifier '${clientId}' was not found in the directory.`,
          now,
        );
      }
      if (app.clientSecret !== undefined) {
        if (!secret) {
          return secretRequired(now);
        }
        if (secret !== app.clientSecret) return oauthError(401, "invalid_client", 7000215, "Invalid client secret provided.", now);
      }
      const key = await ensureSigningKey(world);

      if (grantType === "authorization_code") {
        const code = form.get("code") ?? "";
        const verifierHash = await sha256base64url(form.get("code_verifier") ?? "");
        const outcome = world.transact((state, ctx) => {
          const grant = state.authCodes.find((c) => c.code === code);
          if (!grant) return { error: [70008, "The provided authorization code or refresh token has expired or is not valid."] as const };
          if (grant.used) {
            // RFC 6749 §4.1.2: a replayed code revokes the tokens issued from it.
            state.refreshGrants = state.refreshGrants.filter((g) => g.code !== code);
            return { error: [54005, "OAuth2 Authorization code was already redeemed."] as const };
          }
          if (ctx.now.getTime() - grant.issuedAt > AUTH_CODE_LIFETIME_MS) {
            return { error: [70008, "The provided authorization code has expired."] as const };
          }
          if ((grant.segment ?? segment) !== segment) {
            return { error: [700005, "Provided Authorization Code is intended to use against other tenant, thus rejected."] as const };
          }
          if (grant.clientId !== clientId || grant.redirectUri !== form.get("redirect_uri")) {
            return { error: [50148, "The code was issued to another client or redirect URI."] as const };
          }
          if (grant.codeChallenge !== verifierHash) {
            return {
              error: [501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request."] as const,
            };
          }
          grant.used = true;
          const account = state.accounts.find((a) => a.objectId === grant.accountObjectId);
          if (!account) return { error: [50034, "The user account does not exist."] as const };
          const principal = principalFor(state, segment, account);
          if (!principal) return { error: [50020, notInTenant(state, account, segment).message] as const };
          const refreshToken = newOpaqueToken(32);
          const spa = app.clientSecret === undefined;
          const expiresAt = ctx.now.getTime() + (spa ? SPA_REFRESH_TOKEN_LIFETIME_MS : REFRESH_TOKEN_LIFETIME_MS);
          state.refreshGrants = state.refreshGrants.filter((g) => !forgotten(g, ctx.now));
          state.refreshGrants.push({
            token: refreshToken,
            clientId,
            accountObjectId: account.objectId,
            scope: grant.scope,
            segment,
            code,
            issuedAt: ctx.now.toISOString(),
            expiresAt: new Date(expiresAt).toISOString(),
            spa,
            sid: grant.sid,
          });
          return {
            account,
            principal,
            sid: grant.sid,
            nonce: grant.nonce,
            scope: grant.scope,
            refresh: { token: refreshToken, expiresAt, spa },
            omitEmailClaim: grant.omitEmailClaim,
          };
        });
        if ("error" in outcome && outcome.error) return oauthError(400, "invalid_grant", outcome.error[0], outcome.error[1], now);
        return tokenResponse(key, outcome.account, outcome.principal, clientId, outcome.scope, outcome.nonce, outcome.refresh, now, {
          omitEmailClaim: outcome.omitEmailClaim,
          sid: outcome.sid,
        });
      }

      if (grantType === "refresh_token") {
        const token = form.get("refresh_token") ?? "";
        const outcome = world.transact((state, ctx) => {
          const found = state.refreshGrants.find((g) => g.token === token && g.clientId === clientId && (g.segment ?? segment) === segment);
          const account = found && state.accounts.find((a) => a.objectId === found.accountObjectId);
          if (!found || !account) return { error: [70000, "The refresh token is not valid."] as const };
          // A guest deleted (or reset) since is no longer this tenant's user.
          const principal = principalFor(state, segment, account);
          if (!principal) return { error: [50020, notInTenant(state, account, segment).message] as const };
          const expiry = Date.parse(found.expiresAt ?? "");
          if (!(expiry > ctx.now.getTime())) return { error: expiredRefreshToken(found) };
          // Spec §6 AADSTS50173: the admin revoked the guest's sessions after this grant was issued.
          const validFrom = state.users.find((u) => u.id === principal.objectId)?.signInSessionsValidFromDateTime;
          if (validFrom && Date.parse(found.issuedAt ?? "") < Date.parse(validFrom)) {
            return {
              error: [
                50173,
                `The provided grant has expired due to it being revoked, a fresh auth token is needed. The grant was issued on '${found.issuedAt}' and the TokensValidFrom date (before which tokens are not valid) for this user is '${validFrom}'.`,
              ] as const,
            };
          }
          // Entra answers a new refresh token each time and does not revoke the old one (it expires).
          // A single-page app's keeps the original expiry; another client's gets 90 days from now.
          const spa = found.spa === true;
          const expiresAt = spa ? expiry : ctx.now.getTime() + REFRESH_TOKEN_LIFETIME_MS;
          const refreshToken = newOpaqueToken(32);
          state.refreshGrants = state.refreshGrants.filter((g) => !forgotten(g, ctx.now));
          state.refreshGrants.push({ ...found, token: refreshToken, expiresAt: new Date(expiresAt).toISOString() });
          return { account, principal, sid: found.sid, scope: found.scope, refresh: { token: refreshToken, expiresAt, spa } };
        });
        if ("error" in outcome && outcome.error) return oauthError(400, "invalid_grant", outcome.error[0], outcome.error[1], now);
        return tokenResponse(key, outcome.account, outcome.principal, clientId, outcome.scope, undefined, outcome.refresh, now, {
          sid: outcome.sid,
        });
      }

      if (grantType === "client_credentials") {
        if (app.clientSecret === undefined) {
          return secretRequired(now);
        }
        const resourceTenant = world.read((state) => state.resourceTenantId);
        if (segment !== resourceTenant) {
          const tenantSpecific = segment === "organizations" || segment === "common" || segment === "consumers";
          return tenantSpecific
            ? oauthError(
                400,
                "invalid_request",
                50059,
                "No tenant-identifying information found in either the request or implied by any provided credentials.",
                now,
              )
            : oauthError(
                400,
                "unauthorized_client",
                700016,
                `Application with identifier '${clientId}' was not found in the directory '${segment}'.`,
                now,
              );
        }
        const scope = form.get("scope") ?? "";
        const resource = scope.endsWith("/.default") ? scope.slice(0, -"/.default".length) : undefined;
        if (!resource || !GRAPH_RESOURCES.includes(resource)) {
          return oauthError(
            400,
            "invalid_scope",
            1002012,
            `The provided value for scope '${scope}' is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
            now,
          );
        }
        const accessToken = await issueAppToken(key, {
          tenantId: segment,
          clientId,
          resource: GRAPH_RESOURCES[0]!,
          roles: app.graphRoles ?? [],
          now,
        });
        return HttpResponse.json(
          { token_type: "Bearer", expires_in: 3600, ext_expires_in: 3600, access_token: accessToken },
          { headers: NO_STORE },
        );
      }
      return oauthError(400, "unsupported_grant_type", 70003, `The grant type '${grantType}' is not supported.`, now);
    }),
  ];
}

function notInTenant(state: Readonly<WorldState>, account: ExternalAccount, segment: string): OAuthFailure {
  const tenant = tenantOf(state, segment);
  return { code: "AADSTS50020", message: notInTenantMessage(account.email, idpClaimOf(state, account), tenant?.name ?? segment) };
}

type RefreshGrant = WorldState["refreshGrants"][number];

/** An expired grant is kept a while (so its error can say it expired), then forgotten, so the list stays bounded. */
function forgotten(grant: RefreshGrant, now: Date): boolean {
  const expiry = Date.parse(grant.expiresAt ?? "");
  return !(expiry + REFRESH_TOKEN_LIFETIME_MS > now.getTime());
}

/** Entra's answer to an expired refresh token: AADSTS700084 for a single-page app's, AADSTS700082 for another's. */
function expiredRefreshToken(grant: RefreshGrant): readonly [number, string] {
  const issued = grant.issuedAt ?? "an unknown date";
  return grant.spa
    ? [
        700084,
        `The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page. The token was issued on ${issued}.`,
      ]
    : [700082, `The refresh token has expired due to inactivity. The token was issued on ${issued} and was inactive for 90.00:00:00.`];
}

/** The refresh token a token response carries, and when it expires (epoch ms). */
interface IssuedRefreshToken {
  token: string;
  expiresAt: number;
  spa: boolean;
}

async function tokenResponse(
  key: Awaited<ReturnType<typeof ensureSigningKey>>,
  account: ExternalAccount,
  principal: Principal,
  clientId: string,
  scope: string,
  nonce: string | undefined,
  refresh: IssuedRefreshToken,
  now: Date,
  { omitEmailClaim, sid }: { omitEmailClaim?: boolean; sid?: string } = {},
): Promise<Response> {
  try {
    const tokens = await issueTokens(key, account, principal, { clientId, nonce, scope, now, omitEmailClaim, sid });
    return HttpResponse.json(
      {
        token_type: "Bearer",
        scope,
        expires_in: 3600,
        ext_expires_in: 3600,
        access_token: tokens.accessToken,
        refresh_token: refresh.token,
        // What Entra tells a single-page app (MSAL stores it as the refresh token's expiry): what is left.
        ...(refresh.spa ? { refresh_token_expires_in: Math.max(0, Math.floor((refresh.expiresAt - now.getTime()) / 1000)) } : {}),
        id_token: tokens.idToken,
        client_info: base64url(JSON.stringify(tokens.clientInfo)),
      },
      { headers: NO_STORE },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : "Could not sign tokens.";
    return oauthError(500, "server_error", 50000, `The fake identity provider could not sign tokens: ${reason}`, now);
  }
}
