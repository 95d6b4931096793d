// Redemption sessions: the server-driven flow. A session knows the current step; the SPA only renders it.
// Nothing is redeemed until the guest has signed in as the invited identity and accepted consent.
import type { InvitationLocator, SessionView } from "../../src/api/contract";
import { FAKE_AUTHORITY_HOST } from "../../src/api/endpoints";
import { discoverIdentityProvider, DEFAULT_PRIMARY_ORDER, type Discovery, type IdentityPath } from "./discovery";
import { DomainError, notFound } from "./errors";
import { newId } from "./ids";
import { findTenant, findUser, invitationView, locateInvitation, type WorldContext } from "./invitations";
import type { Invitation, RedemptionSession, SignedInAccount, WorldState } from "./state";

/** The issuer recorded in the guest's `identities` for each home identity provider (spec §1.3). */
const IDENTITY_ISSUER: Partial<Record<IdentityPath, string>> = {
  entra: "ExternalAzureAD",
  "microsoft-account": "MicrosoftAccount",
};

export function discoverFor(state: WorldState, invitation: Invitation, entry: RedemptionSession["entry"]): Discovery {
  const email = invitation.invitedUserEmailAddress;
  const tenant = findTenant(state, invitation.tenantId);
  const user = findUser(state, invitation.invitedUserId);
  return discoverIdentityProvider({
    entry,
    redeemedWith: user.redeemedWith?.path as IdentityPath | undefined,
    hasManagedEntraAccount: state.accounts.some((a) => a.kind === "entra" && a.email === email),
    hasMicrosoftAccount: state.accounts.some((a) => a.kind === "msa" && a.email === email),
    googleFederation: false,
    emailOtpEnabled: tenant.policies.emailOtpEnabled,
    primaryOrder: DEFAULT_PRIMARY_ORDER,
    msaFallbackEnabled: true,
  });
}

/** POST /api/sessions: the guest chose to continue on the invitation page (an explicit action, not a GET). */
export function startSession(state: WorldState, locator: InvitationLocator, ctx: WorldContext): RedemptionSession {
  const invitation = locateInvitation(state, locator);
  const discovery = discoverFor(state, invitation, "email-link");
  const now = ctx.now.toISOString();
  const session: RedemptionSession = {
    id: newId(),
    invitationId: invitation.id,
    entry: "email-link",
    step: "sign-in",
    path: discovery.path,
    rule: discovery.rule,
    createdAt: now,
    updatedAt: now,
  };
  state.sessions.push(session);
  return session;
}

export function findSession(state: WorldState, sessionId: string): RedemptionSession {
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound("Session", { sessionId });
  return session;
}

function invitationOf(state: WorldState, session: RedemptionSession): Invitation {
  const invitation = state.invitations.find((i) => i.id === session.invitationId);
  if (!invitation) throw notFound("Invitation", { invitationId: session.invitationId });
  return invitation;
}

function requireStep(session: RedemptionSession, ...allowed: RedemptionSession["step"][]): void {
  if (!allowed.includes(session.step)) {
    throw new DomainError("StepConflict", 409, `This action is not possible at step "${session.step}".`, {
      currentStep: session.step,
    });
  }
}

function moveTo(session: RedemptionSession, step: RedemptionSession["step"], ctx: WorldContext): RedemptionSession {
  session.step = step;
  session.updatedAt = ctx.now.toISOString();
  return session;
}

/**
 * The fake IdP vouched for `account` (its id token was verified by the caller). Spec §4.9 SIM-ASSUMPTION:
 * an e-mail link binds only to the invited address; any other account is AADSTS50020.
 */
export function completeSignIn(
  state: WorldState,
  sessionId: string,
  account: SignedInAccount,
  ctx: WorldContext,
): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "sign-in");
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  session.signedInAs = account;
  const boundElsewhere = user.redeemedWith && user.redeemedWith.objectId !== account.objectId;
  if (account.email !== invitation.invitedUserEmailAddress || boundElsewhere) {
    return moveTo(session, "wrong-account", ctx);
  }
  // Consent is asked once; a returning guest goes straight to the landing page (spec §5.1).
  return moveTo(session, user.consentAcceptedAt ? "done" : "consent", ctx);
}

/** "Sign in with a different account" from the AADSTS50020 screen. */
export function restartSignIn(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "wrong-account", "consent-cancelled");
  session.signedInAs = undefined;
  return moveTo(session, "sign-in", ctx);
}

export function decideConsent(
  state: WorldState,
  sessionId: string,
  decision: "accept" | "cancel",
  ctx: WorldContext,
): RedemptionSession {
  const session = findSession(state, sessionId);
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  // A second tab that accepts after the first did sees the true state, and nothing is redeemed twice.
  if (session.step === "done" || (session.step === "consent" && user.consentAcceptedAt && decision === "accept")) {
    return moveTo(session, "done", ctx);
  }
  requireStep(session, "consent");
  if (decision === "cancel") return moveTo(session, "consent-cancelled", ctx);

  const account = session.signedInAs;
  if (!account) throw new DomainError("StepConflict", 409, "Nobody is signed in.", { currentStep: session.step });
  const now = ctx.now.toISOString();
  user.externalUserState = "Accepted";
  user.externalUserStateChangeDateTime = now;
  user.consentAcceptedAt = now;
  user.redeemedWith = { path: session.path, issuer: account.issuer, email: account.email, objectId: account.objectId };
  user.identities.push({
    signInType: "federated",
    issuer: IDENTITY_ISSUER[session.path as IdentityPath] ?? account.issuer,
    issuerAssignedId: account.objectId,
  });
  for (const other of state.invitations) {
    if (other.invitedUserId === user.id) other.status = "Completed";
  }
  return moveTo(session, "done", ctx);
}

export function authorityFor(tenantId: string): string {
  return `https://${FAKE_AUTHORITY_HOST}/${tenantId}/v2.0`;
}

export function sessionView(state: WorldState, session: RedemptionSession): SessionView {
  const invitation = invitationOf(state, session);
  const email = invitation.invitedUserEmailAddress;
  const home = state.accounts.find((a) => a.kind === "entra" && a.email === email);
  const homeTenant = home?.kind === "entra" ? state.tenants.find((t) => t.id === home.tenantId) : undefined;
  const account = session.signedInAs;
  return {
    id: session.id,
    step: session.step,
    invitation: invitationView(state, invitation),
    discovery: { path: session.path, rule: session.rule },
    signIn:
      session.step === "sign-in" && session.path === "entra" && homeTenant
        ? { authority: authorityFor(homeTenant.id), loginHint: email, homeOrganization: homeTenant.name }
        : undefined,
    signedInAs: account
      ? { email: account.email, displayName: account.displayName, identityProvider: account.issuer }
      : undefined,
    sharedData:
      account && session.step === "consent"
        ? { name: account.displayName, email: account.email, objectId: account.objectId, tenantId: account.tenantId }
        : undefined,
    redirectUrl: session.step === "done" ? invitation.inviteRedirectUrl : undefined,
  };
}
