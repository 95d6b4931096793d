// §2/§3 Entry points: a session starts from the e-mail link (POST /api/sessions, never the GET a mail
// scanner makes) or from a direct link, at the first step of the path discovery chooses.
import type { InvitationLocator } from "../../../src/api/contract";
import { domainOf } from "../accounts";
import { DomainError } from "../errors";
import { newId, newOpaqueToken } from "../ids";
import { findTenant, findUser, locateInvitation, type WorldContext } from "../invitations";
import { hasPasscodeSession } from "../passcode";
import { newSignupDraft } from "../signup";
import type { Invitation, RedemptionSession, WorldState } from "../state";
import { passcodeAccount } from "./passcode";
import { discoverFor, firstStep, type Entry } from "./session";
import { completeSignIn } from "./sign-in";

/** Why discovery itself stops the guest, if it does: the blocked step's code and what its page names. */
function blockOf(state: Readonly<WorldState>, invitation: Invitation, path: string): RedemptionSession["blocked"] {
  if (path === "blocked-domain")
    return { code: "InvitationDomainBlocked", details: { domain: domainOf(invitation.invitedUserEmailAddress) } };
  if (path === "redemption-method-off") {
    const method = findUser(state, invitation.invitedUserId).redeemedWith?.path ?? "";
    return { code: "RedemptionMethodOff", details: { method, organization: findTenant(state, invitation.tenantId).name } };
  }
  return undefined;
}

function openSession(state: WorldState, invitation: Invitation, entry: Entry, ctx: WorldContext): RedemptionSession {
  const discovery = discoverFor(state, invitation, entry, ctx);
  const now = ctx.now.toISOString();
  const session: RedemptionSession = {
    id: newId(),
    invitationId: invitation.id,
    entry,
    step: firstStep(discovery.path),
    path: discovery.path,
    rule: discovery.rule,
    signup: discovery.path === "create-microsoft-account" ? newSignupDraft() : undefined,
    blocked: blockOf(state, invitation, discovery.path),
    history: [firstStep(discovery.path)],
    signInNonce: firstStep(discovery.path) === "sign-in" ? newOpaqueToken() : undefined,
    createdAt: now,
    updatedAt: now,
  };
  state.sessions.push(session);
  // A returning passcode guest inside the 24-hour passcode session needs no new code (spec §4.5).
  if (session.path === "email-otp" && hasPasscodeSession(state, invitation.tenantId, invitation.invitedUserEmailAddress, ctx)) {
    return completeSignIn(state, session.id, passcodeAccount(state, invitation), ctx);
  }
  return session;
}

/** POST /api/sessions: the guest chose to continue on the invitation page (an explicit action, not a GET). */
export function startSession(state: WorldState, locator: InvitationLocator, ctx: WorldContext): RedemptionSession {
  return openSession(state, locateInvitation(state, locator), "email-link", ctx);
}

/**
 * A direct link (spec §2, E3/E4): the guest names the tenant and types an address. The guest must already
 * be in the directory; the user's latest invitation carries the redirect and the organisation.
 */
export function startDirectSession(state: WorldState, tenantId: string, email: string, ctx: WorldContext): RedemptionSession {
  const tenant = findTenant(state, tenantId);
  const user = state.users.find((u) => u.tenantId === tenant.id && u.mail === email);
  const invitation = user && state.invitations.findLast((i) => i.invitedUserId === user.id);
  if (!user || !invitation) {
    throw new DomainError("UserNotInTenant", 404, `The account ${email} does not exist in ${tenant.name}.`, {
      email,
      organization: tenant.name,
    });
  }
  return openSession(state, invitation, "direct-link", ctx);
}
