// The redemption session and its step (spec §3): which path discovery chose, where the session is, and the
// one check every action makes, that the flow table (src/api/flow.ts) lets it start from the current step.
import { newOpaqueToken } from "../ids";
import { actions, type ActionName } from "../../../src/api/flow";
import { domainOf, isGmail } from "../accounts";
import { DEFAULT_PRIMARY_ORDER, discoverIdentityProvider, type Discovery, type DiscoveryInput, type IdentityPath } from "../discovery";
import { DomainError, notFound } from "../errors";
import { findTenant, findUser, type WorldContext } from "../invitations";
import { domainAllowed } from "../policies";
import { activeIn } from "../browser-sessions";
import type { Invitation, RedemptionSession, WorldState } from "../state";

export type Entry = RedemptionSession["entry"];
export type Step = RedemptionSession["step"];

/** The browser a discovery runs in (its sessions feed D14), by the fake clock. */
export type DiscoveryBrowser = Pick<WorldContext, "browser" | "now">;

export function discoverFor(state: Readonly<WorldState>, invitation: Invitation, entry: Entry, browser?: DiscoveryBrowser): Discovery {
  return discoverIdentityProvider(discoveryInputOf(state, invitation, entry, browser));
}

/** What discovery decides on, every input fed by the world (spec §3.2 D1–D16). */
export function discoveryInputOf(
  state: Readonly<WorldState>,
  invitation: Invitation,
  entry: Entry,
  browser?: DiscoveryBrowser,
): DiscoveryInput {
  const email = invitation.invitedUserEmailAddress;
  const policies = findTenant(state, invitation.tenantId).policies;
  const user = findUser(state, invitation.invitedUserId);
  const saml = policies.samlFederations.find((f) => f.domain === domainOf(email));
  return {
    entry,
    redeemedWith: user.redeemedWith?.path as IdentityPath | undefined,
    // Spec §3.1: an account in an unmanaged (viral) directory is no longer used for redemption (decision 0086).
    hasManagedEntraAccount: state.accounts.some(
      (a) => a.kind === "entra" && a.email === email && !state.tenants.find((t) => t.id === a.tenantId)?.unmanaged,
    ),
    hasMicrosoftAccount: state.accounts.some((a) => a.kind === "msa" && a.email === email),
    samlFederation: saml ? { verified: saml.verifiedInEntra } : undefined,
    googleFederation: policies.googleFederation && isGmail(email),
    emailOtpEnabled: policies.emailOtpEnabled,
    primaryOrder: policies.primaryOrder.length > 0 ? policies.primaryOrder : DEFAULT_PRIMARY_ORDER,
    msaFallbackEnabled: policies.msaFallbackEnabled,
    // A domain put on the block list after the invitation: a pending guest can no longer redeem (D12).
    domainBlocked: !domainAllowed(findTenant(state, invitation.tenantId), email),
    // D14: this browser is signed in to the login host with another work account.
    entraSessionForAnotherAccount: browser
      ? activeIn(state, browser.browser, browser.now).some((t) => t.account.kind === "entra" && t.account.email !== email)
      : false,
    // D15: the partner IdP's directory has no such user (the world has no account at that SAML IdP).
    missingFromPartnerDirectory: saml ? !state.accounts.some((a) => a.kind === "saml" && a.email === email) : false,
    // D16: the domain is verified in an Entra tenant, but the user is not in its directory (not synced yet).
    notSyncedToEntra:
      state.tenants.some((t) => t.id !== invitation.tenantId && t.verifiedDomains.includes(domainOf(email))) &&
      !state.accounts.some((a) => a.kind === "entra" && a.email === email),
  };
}

/** The first step of a path. */
export function firstStep(path: IdentityPath): Step {
  switch (path) {
    case "account-chooser":
      return "choose-account";
    case "email-otp":
      return "otp-send";
    case "create-microsoft-account":
      return "create-account";
    case "no-identity-provider":
      return "no-identity-provider";
    case "blocked-domain":
    case "cross-tenant-blocked":
    case "redemption-method-off":
      return "blocked";
    default:
      return "sign-in";
  }
}

/** SIM-ASSUMPTION (GAP: the spec names no lifetime for an unfinished sign-in): idle for an hour, it ends. */
export const SESSION_IDLE_MINUTES = 60;

/** The session, if it is still live by the fake clock; an idle one is 410 SessionExpired (docs/api.md). */
export function findLiveSession(state: Readonly<WorldState>, sessionId: string, { now }: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  const endsAt = new Date(new Date(session.updatedAt).getTime() + SESSION_IDLE_MINUTES * 60_000);
  if (session.step !== "done" && now >= endsAt) {
    throw new DomainError("SessionExpired", 410, "This sign-in has timed out.", { sessionId, expiredAt: endsAt.toISOString() });
  }
  return session;
}

export function findSession(state: Readonly<WorldState>, sessionId: string): RedemptionSession {
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound("Session", { sessionId });
  return session;
}

export function invitationOf(state: Readonly<WorldState>, session: RedemptionSession): Invitation {
  const invitation = state.invitations.find((i) => i.id === session.invitationId);
  if (!invitation) throw notFound("Invitation", { invitationId: session.invitationId });
  return invitation;
}

/** The action's `from` steps in the flow table; any other step is a 409 the SPA recovers from. */
export function requireAction(session: RedemptionSession, action: ActionName): void {
  const allowed: readonly Step[] = actions[action].from;
  if (!allowed.includes(session.step)) {
    throw new DomainError("StepConflict", 409, `This action is not possible at step "${session.step}".`, {
      currentStep: session.step,
    });
  }
}

export function moveTo(session: RedemptionSession, step: Step, ctx: WorldContext): RedemptionSession {
  if (session.history.at(-1) !== step) session.history.push(step);
  // Each visit of the sign-in step asks for a token minted for it alone (OIDC Core §3.1.2.1 nonce).
  if (step === "sign-in") session.signInNonce = newOpaqueToken();
  session.step = step;
  session.updatedAt = ctx.now.toISOString();
  return session;
}
