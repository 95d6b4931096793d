// The fake identity provider: OpenID metadata, JWKS and token endpoint on a fake https host (MSAL insists
// on https), and the sign-in pages on the app's own origin. The popup navigates to MOCK_IDP_PAGE_PREFIX,
// which no handler answers: the app shell loads, starts its own msw client there and runs
// mocks/idp/popup.ts, which fetches these pages. (A page that msw itself served could not post its
// forms back to msw: the worker only mocks requests of clients that started it — docs/decisions/0003.)
import { http, HttpResponse } from "msw";
import { FAKE_AUTHORITY_HOST, MOCK_IDP_API, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH } from "../../src/api/endpoints";
import { base64url, newId, newOpaqueToken } from "../domain/ids";
import { authorityFor } from "../domain/accounts";
import type { ExternalAccount, Tenant, WorldState } from "../domain/state";
import { DEMO_PASSWORD } from "../scenarios";
import { errorPage, pageLanguage, signInPage, type Look, type PageError, type PageLanguage } from "../idp/pages";
import { ensureSigningKey, issueTokens, jwks } from "../idp/tokens";
import { verifyPassword } from "../domain/passwords";
import { CONSUMERS_TENANT_ID, GOOGLE_SEGMENT, idpSegment, samlDomainOfSegment } from "../domain/accounts";
import type { FakeWorldOptions } from "./options";

/** Authorization codes are short-lived, as in Entra. */
export const AUTH_CODE_LIFETIME_MS = 10 * 60 * 1000;

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
] as const;

interface OAuthFailure {
  code: string;
  message: string;
}

function tenantOf(state: Readonly<WorldState>, tenantId: string): Tenant | undefined {
  return state.tenants.find((t) => t.id === tenantId);
}

/** Checks an authorize request the way Entra does before it shows any page. */
function validateAuthorizeRequest(
  state: Readonly<WorldState>,
  tenantId: string,
  params: Record<string, string>,
  { appOrigin, clientId }: FakeWorldOptions,
): OAuthFailure | undefined {
  if (!lookOf(state, tenantId)) {
    return { code: "AADSTS90002", message: `Tenant '${tenantId}' not found.` };
  }
  if (params.client_id !== clientId) {
    return {
      code: "AADSTS700016",
      message: `Application with identifier '${params.client_id ?? ""}' was not found in the directory.`,
    };
  }
  const allowedRedirects = [`${appOrigin}${REDIRECT_BRIDGE_PATH}`, `${appOrigin}/`];
  if (!allowedRedirects.includes(params.redirect_uri ?? "")) {
    return {
      code: "AADSTS50011",
      message: `The redirect URI '${params.redirect_uri ?? ""}' does not match the redirect URIs configured for the application.`,
    };
  }
  if (!params.code_challenge || params.code_challenge_method !== "S256") {
    return {
      code: "AADSTS9002325",
      message: "Proof Key for Code Exchange (S256) is required for cross-origin authorization code redemption.",
    };
  }
  return undefined;
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
  return state.accounts.find((a) => a.email === email && a.kind === ACCOUNT_KIND[look] && (look !== "saml" || idpSegment(a) === segment));
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
      return tenant ? { name: tenant.name, color: tenant.brandColor ?? "#0067b8" } : { name: "Microsoft", color: "#0067b8" };
    }
  }
}

function html(body: string, status = 200): Response {
  return HttpResponse.html(body, { status, headers: { "Cache-Control": "no-store" } });
}

async function sha256base64url(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return base64url(new Uint8Array(digest));
}

function oauthError(status: number, error: string, code: number, description: string, now: Date): Response {
  return HttpResponse.json(
    {
      error,
      error_description: `AADSTS${code}: ${description}`,
      error_codes: [code],
      timestamp: now.toISOString(),
      trace_id: newId(),
      correlation_id: newId(),
      error_uri: `https://${FAKE_AUTHORITY_HOST}/error?code=${code}`,
    },
    { status },
  );
}

export function idpHandlers(options: FakeWorldOptions) {
  const { world, appOrigin } = options;
  const authority = `https://${FAKE_AUTHORITY_HOST}`;

  const renderFailure = (lang: PageLanguage, failure: OAuthFailure) =>
    html(
      world.read((_, ctx) => errorPage(lang, failure.code, failure.message, newId(), ctx.now)),
      400,
    );

  return [
    http.get(`${authority}/:tenant/v2.0/.well-known/openid-configuration`, ({ params }) => {
      const tenant = String(params.tenant);
      return HttpResponse.json({
        issuer: authorityFor(tenant),
        authorization_endpoint: `${appOrigin}${MOCK_IDP_PAGE_PREFIX}${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/${tenant}/oauth2/v2.0/token`,
        jwks_uri: `${authority}/${tenant}/discovery/v2.0/keys`,
        end_session_endpoint: `${appOrigin}${MOCK_IDP_PAGE_PREFIX}${tenant}/oauth2/v2.0/logout`,
        response_types_supported: ["code"],
        response_modes_supported: ["query", "fragment", "form_post"],
        subject_types_supported: ["pairwise"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        scopes_supported: ["openid", "profile", "email", "offline_access"],
        token_endpoint_auth_methods_supported: ["none"],
        claims_supported: ["sub", "iss", "aud", "exp", "iat", "nbf", "nonce", "name", "preferred_username", "email", "oid", "tid"],
        tenant_region_scope: "EU",
      });
    }),

    http.get(`${authority}/:tenant/discovery/v2.0/keys`, async () => HttpResponse.json(jwks(await ensureSigningKey(world)))),

    // The popup's page script (mocks/idp/popup.ts) fetches the sign-in page for the authorize request.
    http.get(`${appOrigin}${MOCK_IDP_API}/:tenant/authorize`, ({ request, params }) => {
      const query = new URL(request.url).searchParams;
      const carried = Object.fromEntries(CARRIED_PARAMS.flatMap((name) => (query.has(name) ? [[name, query.get(name) ?? ""]] : [])));
      const lang = pageLanguage(query.get("ui_locales"));
      const tenantId = String(params.tenant);
      return world.read((state) => {
        const failure = validateAuthorizeRequest(state, tenantId, carried, options);
        if (failure) return renderFailure(lang, failure);
        const look = lookOf(state, tenantId) ?? "entra";
        const hint = query.get("prompt") === "select_account" ? "" : (query.get("login_hint") ?? "");
        const browserAccounts = state.accounts.flatMap((a) =>
          a.kind === "google" && a.signedInToBrowser ? [{ email: a.email, name: a.displayName }] : [],
        );
        return html(
          signInPage({
            lang,
            look,
            // Google shows its account chooser when accounts are signed in to the browser (spec §4.3).
            step: look === "google" && browserAccounts.length > 0 ? "chooser" : "email",
            action: `${appOrigin}${MOCK_IDP_API}/${tenantId}/login`,
            params: carried,
            brand: brandOf(state, look, tenantId),
            email: hint,
            demo: { email: state.demoSignInHint, password: DEMO_PASSWORD },
            browserAccounts,
          }),
        );
      });
    }),

    // The sign-in forms post here: e-mail step, password step, or back. Success answers where to go next.
    http.post(`${appOrigin}${MOCK_IDP_API}/:tenant/login`, async ({ request, params }) => {
      const form = await request.formData();
      const field = (name: string) => String(form.get(name) ?? "");
      const carried = Object.fromEntries(CARRIED_PARAMS.flatMap((name) => (form.has(name) ? [[name, field(name)]] : [])));
      const lang = pageLanguage(carried.ui_locales);
      const tenantId = String(params.tenant);
      const email = field("email").trim().toLowerCase();
      const step = field("step");
      // A password the guest chose in the wizard is kept as a hash; checking it is asynchronous, so it
      // happens before the synchronous transaction (the request holds the world's lock throughout).
      const storedHash = world.read((state) => {
        const account = accountAt(state, lookOf(state, tenantId) ?? "entra", tenantId, email);
        return account?.kind === "msa" ? account.passwordHash : undefined;
      });
      const matchesHash = storedHash && field("password") ? await verifyPassword(field("password"), storedHash) : undefined;
      return world.transact((state, ctx) => {
        const failure = validateAuthorizeRequest(state, tenantId, carried, options);
        if (failure) return renderFailure(lang, failure);
        const look = lookOf(state, tenantId) ?? "entra";
        const account = accountAt(state, look, tenantId, email);
        const page = (pageStep: "email" | "password", error?: PageError) =>
          html(
            signInPage({
              lang,
              look,
              step: pageStep,
              action: `${appOrigin}${MOCK_IDP_API}/${tenantId}/login`,
              params: carried,
              brand: brandOf(state, look, tenantId, pageStep === "password" ? account : undefined),
              email: step === "back" ? email : field("email"),
              error,
              demo: { email: state.demoSignInHint, password: DEMO_PASSWORD },
            }),
          );
        // Google's chooser: an account already signed in to the browser needs no password.
        const chosen = step === "choose" && account?.kind === "google" && account.signedInToBrowser;
        if (step === "back" || step === "another") return page("email");
        if (step === "email") {
          if (!email) return page("email", "emptyEmail");
          return account ? page("password") : page("email", "notFound");
        }
        if (!chosen) {
          if (!account) return page(look === "saml" ? "password" : "email", "notFound");
          const password = field("password");
          if (!password) return page("password", "emptyPassword");
          if (!(matchesHash ?? password === account.password)) return page("password", "badPassword");
        }
        if (!account) return page("email", "notFound");
        const code = newOpaqueToken(32);
        const issuedAt = ctx.now.getTime();
        state.authCodes = state.authCodes.filter((c) => issuedAt - c.issuedAt < AUTH_CODE_LIFETIME_MS);
        state.authCodes.push({
          code,
          clientId: carried.client_id ?? "",
          redirectUri: carried.redirect_uri ?? "",
          codeChallenge: carried.code_challenge ?? "",
          nonce: carried.nonce,
          scope: carried.scope ?? "openid profile",
          accountObjectId: account.objectId,
          issuedAt,
          used: false,
          omitEmailClaim: look === "saml" && form.get("omit_email_claim") === "1",
        });
        const response = new URLSearchParams({
          code,
          state: carried.state ?? "",
          client_info: base64url(JSON.stringify({ uid: account.objectId, utid: idpSegment(account) })),
          session_state: newId(),
        });
        const separator = carried.response_mode === "query" ? "?" : "#";
        return HttpResponse.json(
          { location: `${carried.redirect_uri}${separator}${response.toString()}` },
          { headers: { "Cache-Control": "no-store" } },
        );
      });
    }),

    http.post(`${authority}/:tenant/oauth2/v2.0/token`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const now = world.read((_, ctx) => ctx.now);
      const key = await ensureSigningKey(world);
      const grantType = form.get("grant_type");
      const clientId = form.get("client_id") ?? "";

      if (grantType === "authorization_code") {
        const code = form.get("code") ?? "";
        const verifierHash = await sha256base64url(form.get("code_verifier") ?? "");
        const outcome = world.transact((state, ctx) => {
          const grant = state.authCodes.find((c) => c.code === code);
          if (!grant) return { error: [70008, "The provided authorization code or refresh token has expired or is not valid."] as const };
          if (grant.used) return { error: [54005, "OAuth2 Authorization code was already redeemed."] as const };
          if (ctx.now.getTime() - grant.issuedAt > AUTH_CODE_LIFETIME_MS) {
            return { error: [70008, "The provided authorization code has expired."] as const };
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
          const refreshToken = newOpaqueToken(32);
          state.refreshGrants.push({ token: refreshToken, clientId, accountObjectId: account.objectId, scope: grant.scope });
          return { account, nonce: grant.nonce, scope: grant.scope, refreshToken, omitEmailClaim: grant.omitEmailClaim };
        });
        if ("error" in outcome && outcome.error) return oauthError(400, "invalid_grant", outcome.error[0], outcome.error[1], now);
        return tokenResponse(
          key,
          outcome.account,
          clientId,
          outcome.scope,
          outcome.nonce,
          outcome.refreshToken,
          now,
          outcome.omitEmailClaim,
        );
      }

      if (grantType === "refresh_token") {
        const token = form.get("refresh_token") ?? "";
        const grant = world.read((state) => {
          const found = state.refreshGrants.find((g) => g.token === token && g.clientId === clientId);
          const account = found && state.accounts.find((a) => a.objectId === found.accountObjectId);
          return found && account ? { account, scope: found.scope } : undefined;
        });
        if (!grant) return oauthError(400, "invalid_grant", 70000, "The refresh token is not valid.", now);
        return tokenResponse(key, grant.account, clientId, grant.scope, undefined, token, now);
      }
      return oauthError(400, "unsupported_grant_type", 70003, `The grant type '${grantType ?? ""}' is not supported.`, now);
    }),
  ];
}

async function tokenResponse(
  key: Awaited<ReturnType<typeof ensureSigningKey>>,
  account: ExternalAccount,
  clientId: string,
  scope: string,
  nonce: string | undefined,
  refreshToken: string,
  now: Date,
  omitEmailClaim?: boolean,
): Promise<Response> {
  try {
    const tokens = await issueTokens(key, account, { clientId, nonce, scope, now, omitEmailClaim });
    return HttpResponse.json({
      token_type: "Bearer",
      scope,
      expires_in: 3600,
      ext_expires_in: 3600,
      access_token: tokens.accessToken,
      refresh_token: refreshToken,
      id_token: tokens.idToken,
      client_info: base64url(JSON.stringify(tokens.clientInfo)),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : "Could not sign tokens.";
    return oauthError(500, "server_error", 50000, `The fake identity provider could not sign tokens: ${reason}`, now);
  }
}
