// Drives the fake identity provider over HTTP the way the MSAL popup does (authorize page → sign-in form
// → redirect with a code → token request with the PKCE verifier), without a browser. Screen tests use it
// behind the fake AuthPort; HTTP tests use it to obtain real, signed tokens.
import { MOCK_IDP_API, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { base64url } from "../../mocks/domain/ids";
import { TEST_ORIGIN } from "../../mocks/node";

export interface AuthorizeOutcome {
  /** The redirect to the bridge page with `#code=…`, when sign-in succeeded. */
  location?: string;
  /** The IdP page's HTML otherwise (an error on the form, or an error page). */
  html?: string;
  status: number;
}

export async function pkcePair() {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return { verifier, challenge: base64url(new Uint8Array(digest)) };
}

export function authorizeParams(challenge: string, overrides: Record<string, string> = {}) {
  return {
    client_id: SIMULATOR_CLIENT_ID,
    redirect_uri: `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`,
    state: "state-123",
    nonce: "nonce-456",
    scope: "openid profile offline_access",
    response_mode: "fragment",
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...overrides,
  };
}

export async function submitPassword(
  tenantId: string,
  params: Record<string, string>,
  email: string,
  password: string,
  extra: Record<string, string> = {},
): Promise<AuthorizeOutcome> {
  const body = new URLSearchParams({ ...params, step: "password", email, password, ...extra });
  const outcome = await outcomeOf(await fetch(`${TEST_ORIGIN}${MOCK_IDP_API}/${tenantId}/login`, { method: "POST", body }));
  return outcome.html?.includes('name="answer"') ? answerStaySignedIn(outcome.html, "no") : outcome;
}

async function outcomeOf(res: Response): Promise<AuthorizeOutcome> {
  if (res.headers.get("Content-Type")?.includes("json")) {
    return { status: res.status, location: ((await res.json()) as { location: string }).location };
  }
  return { status: res.status, html: await res.text() };
}

/** Answers "Stay signed in?" (S41) the way its buttons do. */
export async function answerStaySignedIn(html: string, answer: "yes" | "no", dontShowAgain = false): Promise<AuthorizeOutcome> {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
  const body = new URLSearchParams({ ...fields, answer, ...(dontShowAgain ? { dont_show: "1" } : {}) });
  return outcomeOf(await fetch(action, { method: "POST", body }));
}

export async function redeemCode(tenantId: string, code: string, verifier: string, overrides: Record<string, string> = {}) {
  const body = new URLSearchParams({
    client_id: SIMULATOR_CLIENT_ID,
    redirect_uri: `${TEST_ORIGIN}${REDIRECT_BRIDGE_PATH}`,
    grant_type: "authorization_code",
    code,
    code_verifier: verifier,
    scope: "openid profile offline_access",
    ...overrides,
  });
  return fetch(`https://login.mock-idp.test/${tenantId}/oauth2/v2.0/token`, { method: "POST", body });
}

/**
 * The authorize request's first answer, as the popup's page script sees it: a page, or where to go next
 * (the resource tenant handing the guest over to the home identity provider, addendum §11.1).
 */
export async function openAuthorize(tenantId: string, params: Record<string, string>): Promise<AuthorizeOutcome> {
  return outcomeOf(await fetch(`${TEST_ORIGIN}${MOCK_IDP_API}/${tenantId}/authorize?${new URLSearchParams(params)}`));
}

/** The home IdP's leg of a hand-over: its authority segment and the parameters its page carries. */
export function handOverOf(location: string | undefined): { segment: string; params: Record<string, string> } | undefined {
  if (!location) return undefined;
  const url = new URL(location);
  if (!url.pathname.startsWith(MOCK_IDP_PAGE_PREFIX)) return undefined;
  return { segment: url.pathname.slice(MOCK_IDP_PAGE_PREFIX.length).split("/")[0] ?? "", params: Object.fromEntries(url.searchParams) };
}

/**
 * The password step of a sign-in at an authority, the way the popup gets there: /authorize with the address
 * as login_hint, then, when the tenant hands the address over, the home IdP's password form.
 */
export async function passwordSignIn(
  tenantId: string,
  params: Record<string, string>,
  email: string,
  password: string,
  extra: Record<string, string> = {},
  loginHint = email,
): Promise<AuthorizeOutcome> {
  let outcome = await openAuthorize(tenantId, { response_type: "code", ...params, login_hint: loginHint });
  // A page of the tenant itself (its e-mail page, or "Pick an account"): the guest types the address there.
  if (outcome.html) outcome = await submitPassword(tenantId, params, email, password, extra);
  const handOver = handOverOf(outcome.location);
  if (!handOver) return outcome;
  const { login_hint: _hint, ...carried } = handOver.params;
  return submitPassword(handOver.segment, carried, email, password, extra);
}

/** The sign-in ended on an identity provider's page (an error page, or a form with an error), not with a code. */
export class SignInPageError extends Error {
  constructor(
    readonly status: number,
    readonly html: string,
  ) {
    super(`sign-in failed (${status}): ${/AADSTS\d+/.exec(html)?.[0] ?? "no code"}`);
  }
}

/** What a session's sign-in step names (`session.signIn`): where to sign in, and what to send. */
interface StepSignIn {
  authority: string;
  nonce?: string;
  domainHint?: string;
  loginHint?: string;
  prompt?: string;
}

/** An authorize request for the step, as MSAL builds it: its authority segment, the PKCE verifier and the parameters. */
async function authorizeRequestFor(signIn: StepSignIn, overrides: Record<string, string> = {}) {
  const tenantId = new URL(signIn.authority).pathname.split("/")[1] ?? "";
  const { verifier, challenge } = await pkcePair();
  const params = authorizeParams(challenge, {
    ...(signIn.nonce ? { nonce: signIn.nonce } : {}),
    ...(signIn.domainHint ? { domain_hint: signIn.domainHint } : {}),
    ...(signIn.prompt ? { prompt: signIn.prompt } : {}),
    ...overrides,
  });
  return { tenantId, verifier, params };
}

/** The id token a redirect with `#code=…` is worth at the token endpoint, or undefined without a code. */
async function idTokenOf(tenantId: string, location: string, verifier: string): Promise<string | undefined> {
  const code = new URLSearchParams(new URL(location).hash.slice(1)).get("code");
  if (!code) return undefined;
  const body = (await (await redeemCode(tenantId, code, verifier)).json()) as { id_token?: string };
  if (!body.id_token) throw new Error(`token request failed: ${JSON.stringify(body)}`);
  return body.id_token;
}

/**
 * A full sign-in at the fake IdP, at the authority and with the nonce a session's sign-in step names
 * (`session.signIn`): returns the signed id token.
 */
export async function signInAtFakeIdp(
  signIn: StepSignIn,
  email: string,
  password: string,
  extra: Record<string, string> = {},
): Promise<string> {
  const { tenantId, verifier, params } = await authorizeRequestFor(signIn);
  // The app hints the address the sign-in step names; the guest may then type another one at the home IdP.
  const outcome = await passwordSignIn(tenantId, params, email, password, extra, signIn.loginHint ?? email);
  if (!outcome.location) throw new SignInPageError(outcome.status, outcome.html ?? "");
  const idToken = await idTokenOf(tenantId, outcome.location, verifier);
  if (!idToken) throw new Error(`no code in ${outcome.location}`);
  return idToken;
}

/** prompt=none at the step's authority (what MSAL's ssoSilent sends from its hidden iframe): the id token, or undefined. */
export async function silentSignInAtFakeIdp(signIn: StepSignIn): Promise<string | undefined> {
  const { tenantId, verifier, params } = await authorizeRequestFor(signIn, {
    response_type: "code",
    prompt: "none",
    ...(signIn.loginHint ? { login_hint: signIn.loginHint } : {}),
  });
  const outcome = await openAuthorize(tenantId, params);
  return outcome.location ? idTokenOf(tenantId, outcome.location, verifier) : undefined;
}
