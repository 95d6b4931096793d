// What a guest and an admin can do to a guest account besides redeeming: block future invitations and
// manage that list (spec §4.0, E8), leave the organisation (§5.5), delete or block the guest (§8).
import type { MyOrganizations } from "../../src/api/contract";
import { DomainError, notFound } from "./errors";
import { findTenant, type WorldContext } from "./invitations";
import { sendStandalonePasscodeMail } from "./mail";
import { hasPasscodeSession, issuePasscode, verifyPasscode } from "./passcode";
import type { GuestUser, WorldState } from "./state";

export const SOFT_DELETE_DAYS = 30;
/** The pseudo-tenant under which unsubscribe-manage passcodes are kept. */
const MANAGE = "unsubscribe-manage";

export function blockInvitations(state: WorldState, tenantId: string, email: string, ctx: WorldContext) {
  const tenant = findTenant(state, tenantId);
  if (!state.unsubscribes.some((u) => u.email === email && u.tenantId === tenant.id)) {
    state.unsubscribes.push({ email, tenantId: tenant.id, organization: tenant.name, blockedAt: ctx.now.toISOString() });
  }
  return { organization: tenant.name };
}

export function sendManageCode(state: WorldState, email: string, ctx: WorldContext): void {
  const code = issuePasscode(state, MANAGE, email, ctx.now);
  sendStandalonePasscodeMail(state, email, "Microsoft Invitations", code, ctx);
}

export function verifyManageCode(state: WorldState, email: string, code: string, ctx: WorldContext) {
  verifyPasscode(state, MANAGE, email, code, ctx);
  return blockedOrganizations(state, email, ctx);
}

export function blockedOrganizations(state: Readonly<WorldState>, email: string, ctx: WorldContext) {
  if (!hasPasscodeSession(state, MANAGE, email, ctx)) {
    throw new DomainError("PasscodeRequired", 401, "Sign in with a one-time passcode first.", { email });
  }
  return {
    email,
    organizations: state.unsubscribes
      .filter((u) => u.email === email)
      .map((u) => ({ tenantId: u.tenantId, name: u.organization, blockedAt: u.blockedAt })),
  };
}

export function unblockInvitations(state: WorldState, email: string, tenantIds: string[], ctx: WorldContext) {
  blockedOrganizations(state, email, ctx);
  state.unsubscribes = state.unsubscribes.filter((u) => !(u.email === email && tenantIds.includes(u.tenantId)));
  return blockedOrganizations(state, email, ctx);
}

export function guestOfSession(state: Readonly<WorldState>, sessionId: string): GuestUser {
  const session = state.sessions.find((s) => s.id === sessionId);
  const invitation = session && state.invitations.find((i) => i.id === session.invitationId);
  const user = invitation && state.users.find((u) => u.id === invitation.invitedUserId);
  if (!session || session.step !== "done" || !user) {
    throw new DomainError("SessionNotFound", 404, "Sign in to My Account first.", { sessionId });
  }
  return user;
}

/** My Account → Organizations (spec §5.5): the home organisation (no Leave) and the others. */
export function myOrganizations(state: Readonly<WorldState>, sessionId: string): MyOrganizations {
  const session = state.sessions.find((s) => s.id === sessionId);
  const account = session?.signedInAs;
  const user = guestOfSession(state, sessionId);
  const home = account?.path === "entra" ? state.tenants.find((t) => t.id === account.tenantId) : undefined;
  const others = state.users
    .filter((u) => u.mail === user.mail && !u.deletedDateTime && u.externalUserState === "Accepted")
    .map((u) => findTenant(state, u.tenantId))
    .map((t) => ({
      tenantId: t.id,
      name: t.name,
      domain: t.domain,
      canLeave: t.policies.allowSelfLeave,
      contact: t.policies.allowSelfLeave ? undefined : (t.privacy.contactEmail ?? undefined),
    }));
  const left = user.deletedDateTime
    ? {
        name: findTenant(state, user.tenantId).name,
        permanentDeletion: new Date(new Date(user.deletedDateTime).getTime() + SOFT_DELETE_DAYS * 86_400_000).toISOString(),
      }
    : undefined;
  return { account: user.mail, home: home ? { name: home.name, domain: home.domain } : undefined, others, left };
}

export function leaveOrganization(state: WorldState, sessionId: string, ctx: WorldContext): MyOrganizations {
  const user = guestOfSession(state, sessionId);
  const tenant = findTenant(state, user.tenantId);
  if (!tenant.policies.allowSelfLeave) {
    throw new DomainError("LeaveNotAllowed", 403, `${tenant.name} does not let guests leave on their own.`, {
      organization: tenant.name,
      contact: tenant.privacy.contactEmail ?? "",
    });
  }
  user.deletedDateTime ??= ctx.now.toISOString();
  return myOrganizations(state, sessionId);
}

// Admin side (Graph) -----------------------------------------------------------------------------------

/** A guest that is not (soft-)deleted; Graph's view of "the user exists". */
export function liveUser(state: Readonly<WorldState>, userId: string): GuestUser {
  const user = state.users.find((u) => u.id === userId && !u.deletedDateTime);
  if (!user) throw notFound("User", { userId });
  return user;
}

export function deleteUser(state: WorldState, userId: string, ctx: WorldContext): void {
  liveUser(state, userId).deletedDateTime = ctx.now.toISOString();
}

/**
 * Graph `POST /users/{id}/revokeSignInSessions` (spec §6 AADSTS50173): refresh tokens issued before now are
 * refused, and the guest's sessions at the login host end, in every browser, so the next sign-in asks again.
 */
export function revokeSignInSessions(state: WorldState, userId: string, now: Date): void {
  const user = liveUser(state, userId);
  user.signInSessionsValidFromDateTime = now.toISOString();
  const home = user.redeemedWith?.objectId;
  for (const session of state.browserSessions) if (home && session.accountObjectId === home) session.signedOut = true;
}

export function setAccountEnabled(state: WorldState, userId: string, enabled: boolean): void {
  liveUser(state, userId).accountEnabled = enabled;
}

/** A soft-deleted user, while it can still be restored (30 days by the fake clock). */
export function deletedUser(state: Readonly<WorldState>, userId: string, ctx: WorldContext): GuestUser {
  const user = state.users.find((u) => u.id === userId && u.deletedDateTime);
  const expired = user?.deletedDateTime && ctx.now.getTime() - new Date(user.deletedDateTime).getTime() > SOFT_DELETE_DAYS * 86_400_000;
  if (!user || expired) throw notFound("User", { userId });
  return user;
}

export function restoreUser(state: WorldState, userId: string, ctx: WorldContext): GuestUser {
  const user = deletedUser(state, userId, ctx) as GuestUser;
  user.deletedDateTime = undefined;
  return user;
}
