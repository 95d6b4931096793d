// Small helpers for HTTP-level tests of the fake world: what the SPA sends, nothing more.
import { buildScenario, DEMO_PASSWORD } from "../../mocks/scenarios";
import { fakeEntra, TEST_ORIGIN, world } from "../../mocks/node";
import type { ScenarioId } from "../../src/api/contract";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { signInAtFakeIdp } from "./oauth";
import { testBrowser } from "./browser";
import { startSession } from "../../mocks/domain/browser-sessions";

export const api = `${TEST_ORIGIN}/api`;

export const post = (url: string, body: unknown = {}) =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

export async function postJson(url: string, body: unknown = {}) {
  const res = await post(url, body);
  return { status: res.status, body: await res.json() };
}

/** Graph as a client calls it: with a bearer token (the demo admin's, as the admin page gets it). */
export async function graphFetch(url: string, init: RequestInit = {}) {
  const { accessToken } = await (await post(`${api}/demo/graph-token`)).json();
  return fetch(url, { ...init, headers: { "Content-Type": "application/json", ...init.headers, Authorization: `Bearer ${accessToken}` } });
}

/** The select-only user properties the tests read (Graph returns them only when asked). */
export const USER_DETAILS =
  "$select=id,displayName,mail,userPrincipalName,userType,externalUserState,externalUserStateChangeDateTime,identities,accountEnabled";

export function loadScenario(id: ScenarioId) {
  world.replace((ctx, previous) => buildScenario(id, ctx, previous));
}

export async function mailbox(address: string) {
  return (await (await fetch(`${api}/mailbox/${encodeURIComponent(address)}`)).json()) as {
    messages: Array<Record<string, any>>;
  };
}

/** The redeem link's locator, from the newest invitation e-mail to `address`. */
export async function locatorFor(address: string) {
  const mail = await mailbox(address);
  const invitation = mail.messages.find((m) => m.kind === "invitation");
  const url = new URL(invitation?.invitation.redeemUrl);
  return Object.fromEntries(["tenant", "user", "ticket"].map((k) => [k, url.searchParams.get(k) ?? ""]));
}

export async function startSessionFor(address: string) {
  const { status, body } = await postJson(`${api}/sessions`, await locatorFor(address));
  if (status !== 201) throw new Error(`session not started: ${JSON.stringify(body)}`);
  return body;
}

export async function latestCode(address: string, kind: "passcode" | "account-verification"): Promise<string> {
  const message = (await mailbox(address)).messages.find((m) => m.kind === kind);
  return kind === "passcode" ? message?.passcode.code : message?.verification.code;
}

/**
 * Puts the fake clock before Microsoft's SMS and voice retire (addendum §12.8, 1 February 2027), for tests of
 * the phone methods that must not depend on the real date.
 */
export const beforeTelephonyRetires = () => fakeEntra.clock.set("2026-12-01T09:00:00.000Z");

export const advanceMinutes = (minutes: number) => postJson(`${api}/demo/clock`, { minutes });

/** The in-app redeem link of the newest invitation to `email`, as the e-mail's Accept invitation has it. */
export function redeemPath(email = "alex@fabrikam.com"): string {
  const invitation = world.read((s) => s.invitations.findLast((i) => i.invitedUserEmailAddress === email));
  if (!invitation) throw new Error(`no invitation for ${email}`);
  return `/redeem?tenant=${invitation.tenantId}&user=${invitation.id}&ticket=${invitation.ticket}&ver=2.0`;
}

/** A session for `email`'s invitation, signed in at the fake IdP: the session view after sign-in. */
export async function signedInSession(email: string, password = DEMO_PASSWORD) {
  const session = await startSessionFor(email);
  const idToken = await signInAtFakeIdp(session.signIn, email, password);
  return (await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body;
}

export const acceptConsent = (sessionId: string) => postJson(`${api}/sessions/${sessionId}/consent`, { decision: "accept" });

/** The issuers of the identities Graph records on the guest with `email`. */
export async function identitiesOf(email: string) {
  const id = world.read((s) => s.users.find((u) => u.mail === email)?.id);
  const user = await (await graph(`/users/${id}?$select=identities`)).json();
  return user.identities.map((i: { issuer: string }) => i.issuer);
}

/** A Graph call by path (`/users/…`), with the demo admin's token. */
export const graph = (path: string, init: RequestInit = {}) => graphFetch(`${GRAPH_BASE}${path}`, init);

/** PUT /api/demo/settings: the current tenant settings with `change` applied, as the studio saves them. */
export async function putSettings(change: Record<string, unknown>): Promise<Response> {
  const settings = await (await fetch(`${api}/demo/settings`)).json();
  return fetch(`${api}/demo/settings`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...settings, ...change }),
  });
}

/** The admin invites another guest (POST /invitations on the fake Graph); the invitation e-mail goes out. */
export async function inviteAlso(email: string, displayName: string): Promise<void> {
  const res = await graph("/invitations", {
    method: "POST",
    body: JSON.stringify({
      invitedUserEmailAddress: email,
      invitedUserDisplayName: displayName,
      inviteRedirectUrl: "https://myapps.microsoft.com",
      sendInvitationMessage: true,
    }),
  });
  if (res.status !== 201) throw new Error(`invitation failed: ${res.status} ${await res.text()}`);
}

/** The test browser's id: the ESTSAUTH cookie its first request to the simulator gets. */
export async function thisBrowser(): Promise<string> {
  if (!testBrowser.id()) await fetch(`${api}/demo`);
  const id = testBrowser.id();
  if (!id) throw new Error("the simulator set no browser cookie");
  return id;
}

/** Sessions at the login host for these accounts in `browser` (addendum §10), as a sign-in starts them: their sids. */
export function seedBrowserSessions(browser: string, emails: string[], persistent = false): string[] {
  return world.transact((state, ctx) =>
    emails.map((email) => {
      const account = state.accounts.find((a) => a.email === email);
      if (!account) throw new Error(`no account ${email}`);
      return startSession(state, browser, account, persistent, ctx.now).sid;
    }),
  );
}

/** The admin resets a guest's redemption (POST /invitations with resetRedemption, spec §8), to `email`. */
export function resetRedemption(userId: string, email: string): Promise<Response> {
  return graph("/invitations", {
    method: "POST",
    body: JSON.stringify({
      invitedUserEmailAddress: email,
      inviteRedirectUrl: "https://myapps.microsoft.com",
      sendInvitationMessage: true,
      resetRedemption: true,
      invitedUser: { id: userId },
    }),
  });
}
