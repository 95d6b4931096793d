// Invitations and guest users, in Microsoft Graph's shapes (spec §1.2, §1.3, §1.5).
import { brandingOf } from "./branding";
import { notInTenantUnsignedMessage } from "./entra-errors";
import type { InvitationLocator, InvitationRequest, InvitationView } from "../../src/api/contract";
import { DomainError, notFound } from "./errors";
import { newId, newOpaqueToken } from "./ids";
import { domainOf } from "./accounts";
import { sendInvitationMail } from "./mail";
import { automaticRedemption, domainAllowed, homeTenantIdOf } from "./policies";
import type { GuestUser, Invitation, Tenant, WorldState } from "./state";

export interface WorldContext {
  now: Date;
  /** Origin of the simulator; redeem links point here instead of login.microsoftonline.com. */
  appOrigin: string;
  /**
   * The browser profile the request came from (its session cookie), if any. Sign-in state such as the
   * passcode session belongs to it, never to an address (issue "speed and hardening" §3).
   */
  browser?: string;
}

export function findTenant(state: Readonly<WorldState>, tenantId: string): Tenant {
  const tenant = state.tenants.find((t) => t.id === tenantId);
  if (!tenant) throw notFound("Tenant", { tenantId });
  return tenant;
}

export function resourceTenant(state: Readonly<WorldState>): Tenant {
  return findTenant(state, state.resourceTenantId);
}

export function findUser(state: Readonly<WorldState>, userId: string): GuestUser {
  const user = state.users.find((u) => u.id === userId);
  if (!user) throw notFound("User", { userId });
  if (user.deletedDateTime) {
    const tenant = state.tenants.find((t) => t.id === user.tenantId);
    throw new DomainError("GuestUserDeleted", 410, notInTenantUnsignedMessage(user.mail, tenant?.name ?? user.tenantId), {
      email: user.mail,
      aadsts: "AADSTS50020",
    });
  }
  return user;
}

/** `<email with @ → _>#EXT#@<tenant>.onmicrosoft.com` (spec §1.3). */
export function guestUserPrincipalName(email: string, tenant: Tenant): string {
  return `${email.replace("@", "_")}#EXT#@${tenant.initialDomain}`;
}

export function redeemUrl(invitation: Invitation, appOrigin: string): string {
  const params = new URLSearchParams({
    tenant: invitation.tenantId,
    user: invitation.id,
    ticket: invitation.ticket,
    ver: "2.0",
  });
  return `${appOrigin}/redeem?${params.toString()}`;
}

export interface CreatedInvitation {
  invitation: Invitation;
  user: GuestUser;
}

/** POST /v1.0/invitations, already validated against the contract schema. */
export function createInvitation(
  state: WorldState,
  request: InvitationRequest,
  inviterId: string | undefined,
  ctx: WorldContext,
): CreatedInvitation {
  const tenant = resourceTenant(state);
  const email = request.invitedUserEmailAddress;
  const now = ctx.now.toISOString();

  if (tenant.verifiedDomains.includes(domainOf(email))) {
    throw new DomainError(
      "BadRequest",
      400,
      `The invited user's domain belongs to this organisation (${tenant.name}); invite them as a member instead.`,
      { email },
    );
  }
  // Collaboration restrictions are checked when inviting (spec §8); the error text is ours (GAP).
  if (!domainAllowed(tenant, email)) {
    throw new DomainError(
      "BadRequest",
      400,
      `Invitations to ${domainOf(email)} are blocked by ${tenant.name}'s collaboration restrictions.`,
      { invitedUserEmailAddress: "domain_not_allowed" },
    );
  }

  const user = request.resetRedemption ? resetGuest(state, request, ctx) : findOrCreateGuest(state, tenant, request, now);
  const invitation: Invitation = {
    id: newId(),
    tenantId: tenant.id,
    ticket: newOpaqueToken(),
    invitedUserEmailAddress: email,
    invitedUserDisplayName: request.invitedUserDisplayName,
    inviteRedirectUrl: request.inviteRedirectUrl,
    sendInvitationMessage: request.sendInvitationMessage ?? false,
    customizedMessageBody: request.invitedUserMessageInfo?.customizedMessageBody,
    messageLanguage: request.invitedUserMessageInfo?.messageLanguage,
    ccRecipients: (request.invitedUserMessageInfo?.ccRecipients ?? []).map((r) => r.emailAddress.address),
    invitedUserType: request.invitedUserType ?? "Guest",
    status: user.externalUserState === "Accepted" ? "Completed" : "PendingAcceptance",
    invitedUserId: user.id,
    inviterId,
    resetRedemption: request.resetRedemption ?? false,
    createdDateTime: now,
  };
  state.invitations.push(invitation);
  // Automatic redemption (spec §5.1): a notification instead of the invitation, whatever was asked.
  if (automaticRedemption(state, tenant, homeTenantIdOf(state, email))) {
    sendInvitationMail(state, invitation, ctx, "notification");
  } else if (invitation.sendInvitationMessage) {
    sendInvitationMail(state, invitation, ctx, "invitation");
  }
  return { invitation, user };
}

function findOrCreateGuest(state: WorldState, tenant: Tenant, request: InvitationRequest, now: string): GuestUser {
  const email = request.invitedUserEmailAddress;
  // An address already in the directory gets no second user object: the invitation points at it.
  const existing = state.users.find((u) => u.tenantId === tenant.id && u.mail === email && !u.deletedDateTime);
  if (existing) return existing;
  const upn = guestUserPrincipalName(email, tenant);
  const user: GuestUser = {
    id: newId(),
    tenantId: tenant.id,
    displayName: request.invitedUserDisplayName?.trim() || email,
    mail: email,
    userPrincipalName: upn,
    userType: request.invitedUserType ?? "Guest",
    externalUserState: "PendingAcceptance",
    externalUserStateChangeDateTime: now,
    identities: [{ signInType: "userPrincipalName", issuer: tenant.initialDomain, issuerAssignedId: upn }],
    mfaMethods: [],
    accountEnabled: true,
    createdDateTime: now,
  };
  state.users.push(user);
  return user;
}

/**
 * Reset redemption status (spec §8, docs/decisions/0014): the same user object (id, UPN, groups) goes back
 * to PendingAcceptance and may redeem with another identity, optionally under a new e-mail address.
 */
function resetGuest(state: WorldState, request: InvitationRequest, ctx: WorldContext): GuestUser {
  const id = request.invitedUser?.id;
  if (!id) throw new DomainError("BadRequest", 400, "invitedUser.id is required with resetRedemption.", { "invitedUser.id": "required" });
  const user = state.users.find((u) => u.id === id && !u.deletedDateTime);
  if (!user) throw notFound("User", { userId: id });
  const now = ctx.now.toISOString();
  user.mail = request.invitedUserEmailAddress;
  user.externalUserState = "PendingAcceptance";
  user.externalUserStateChangeDateTime = now;
  user.redeemedWith = undefined;
  user.consentAcceptedAt = undefined;
  user.termsAcceptedAt = undefined;
  user.termsDecisions = [];
  user.identities = user.identities.filter((i) => i.signInType === "userPrincipalName");
  state.passcodeSessions = state.passcodeSessions.filter((p) => !(p.tenantId === user.tenantId && p.email === user.mail));
  return user;
}

/** The Graph response body of POST /v1.0/invitations. */
export function graphInvitation(invitation: Invitation, appOrigin: string) {
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#invitations/$entity",
    id: invitation.id,
    inviteRedeemUrl: redeemUrl(invitation, appOrigin),
    invitedUserDisplayName: invitation.invitedUserDisplayName ?? null,
    invitedUserType: invitation.invitedUserType,
    invitedUserEmailAddress: invitation.invitedUserEmailAddress,
    sendInvitationMessage: invitation.sendInvitationMessage,
    resetRedemption: invitation.resetRedemption,
    inviteRedirectUrl: invitation.inviteRedirectUrl,
    status: invitation.status,
    invitedUserMessageInfo: {
      messageLanguage: invitation.messageLanguage ?? null,
      customizedMessageBody: invitation.customizedMessageBody ?? null,
      ccRecipients: invitation.ccRecipients.map((address) => ({ emailAddress: { name: null, address } })),
    },
    invitedUser: { id: invitation.invitedUserId },
  };
}

/** The Graph response body of GET /v1.0/users/{id}. */
export function graphUser(user: GuestUser) {
  const {
    redeemedWith: _r,
    consentAcceptedAt: _c,
    termsAcceptedAt: _ta,
    termsDeclinedAt: _td,
    termsDecisions: _tds,
    passkeySnoozedUntil: _ps,
    mfaMethods: _m,
    tenantId: _t,
    preferredLanguage,
    ...graph
  } = user;
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
    ...graph,
    preferredLanguage: preferredLanguage ?? null,
  };
}

/** The invitation behind a redeem link. A wrong ticket is indistinguishable from an unknown invitation. */
export function locateInvitation(state: Readonly<WorldState>, locator: InvitationLocator): Invitation {
  const invitation = state.invitations.find((i) => i.id === locator.user && i.tenantId === locator.tenant);
  if (!invitation || invitation.ticket !== locator.ticket) {
    throw new DomainError("InvitationNotFound", 404, "This invitation link is not valid.", {
      tenantId: locator.tenant,
    });
  }
  if (!state.users.some((u) => u.id === invitation.invitedUserId && !u.deletedDateTime)) {
    const tenant = state.tenants.find((t) => t.id === invitation.tenantId);
    throw new DomainError(
      "GuestUserDeleted",
      410,
      notInTenantUnsignedMessage(invitation.invitedUserEmailAddress, tenant?.name ?? invitation.tenantId),
      { email: invitation.invitedUserEmailAddress, aadsts: "AADSTS50020" },
    );
  }
  return invitation;
}

export function invitationView(state: Readonly<WorldState>, invitation: Invitation): InvitationView {
  const tenant = findTenant(state, invitation.tenantId);
  const user = findUser(state, invitation.invitedUserId);
  const inviter = state.members.find((m) => m.id === invitation.inviterId);
  return {
    invitationId: invitation.id,
    status: user.externalUserState === "Accepted" ? "Completed" : "PendingAcceptance",
    invitedEmail: invitation.invitedUserEmailAddress,
    invitedDisplayName: invitation.invitedUserDisplayName,
    organization: {
      tenantId: tenant.id,
      name: tenant.name,
      domain: tenant.domain,
      privacy: tenant.privacy,
      branding: brandingOf(state, tenant.id),
    },
    inviter: inviter ? { name: inviter.displayName, email: inviter.mail } : undefined,
    redirectUrl: invitation.inviteRedirectUrl,
  };
}
