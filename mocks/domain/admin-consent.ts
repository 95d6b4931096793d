// Admin consent for the app an invitation leads to (spec §5.4, §6; addendum §14.2 90094/90095; ED
// admin-consent-workflow-overview, configure-admin-consent-workflow, review-admin-consent-requests). The app
// asks for a permission only an admin can grant: after redemption the guest meets "Need admin approval"
// (AADSTS90094) or, with "Users can request admin consent" on, "Approval required" with a justification
// (AADSTS90095). A request waits on /admin until a reviewer approves (tenant-wide consent) or denies it, or it
// expires on the fake clock; the requester gets an e-mail for each (docs/decisions/0076, 0077).
import type { AdminConsentRequestsView, SessionView } from "../../src/api/contract";
import { DomainError, notFound } from "./errors";
import { newId } from "./ids";
import { findTenant, findUser, type WorldContext } from "./invitations";
import { tenantApps } from "./apps";
import { resolveMailLanguage } from "./mail";
import type { ConsentRequest, EnterpriseApp, Invitation, RedemptionSession, WorldState } from "./state";
import { findSession, invitationOf, moveTo, requireAction } from "./redemption/session";

export type ConsentRequestStatus = "pending" | "approved" | "denied" | "expired";

/** A request's status by the fake clock: a pending one past its end has expired (nobody decided in time). */
export function consentRequestStatus(request: ConsentRequest, now: Date): ConsentRequestStatus {
  if (request.decision) return request.decision;
  return now >= new Date(request.expiresDateTime) ? "expired" : "pending";
}

/** The enterprise app the invitation leads to, if it still needs an admin's consent. */
export function appNeedingAdminConsent(state: Readonly<WorldState>, invitation: Invitation): EnterpriseApp | undefined {
  const app = tenantApps(state).find((a) => a.homepage === invitation.inviteRedirectUrl);
  return app && app.adminConsentPermissions.length > 0 && !app.adminConsentGrantedAt ? app : undefined;
}

function pendingRequestOf(state: Readonly<WorldState>, appId: string, userId: string, now: Date): ConsentRequest | undefined {
  return state.consentRequests.find((r) => r.appId === appId && r.userId === userId && consentRequestStatus(r, now) === "pending");
}

/** What the app-consent step shows (SessionView.appConsent). */
export function appConsentView(state: Readonly<WorldState>, session: RedemptionSession, now: Date): SessionView["appConsent"] {
  if (session.step !== "app-consent") return undefined;
  const invitation = invitationOf(state, session);
  const app = appNeedingAdminConsent(state, invitation);
  if (!app) return undefined;
  const tenant = findTenant(state, invitation.tenantId);
  const requestsEnabled = tenant.policies.adminConsentRequests;
  const pending = pendingRequestOf(state, app.id, invitation.invitedUserId, now);
  return {
    code: requestsEnabled ? "AADSTS90095" : "AADSTS90094",
    appName: app.displayName,
    appId: app.appId,
    homepage: app.homepage,
    permissions: app.adminConsentPermissions,
    requestsEnabled,
    expiryDays: tenant.policies.consentRequestExpiryDays,
    request: pending ? { createdDateTime: pending.createdDateTime, expiresDateTime: pending.expiresDateTime } : undefined,
  };
}

function mailRequester(state: WorldState, request: ConsentRequest, event: "submitted" | "approved" | "denied", ctx: WorldContext) {
  const user = state.users.find((u) => u.id === request.userId);
  const tenant = state.tenants.find((t) => t.id === user?.tenantId);
  state.mail.push({
    id: newId(),
    to: request.requesterEmail,
    cc: [],
    fromName: "Microsoft Entra",
    receivedAt: ctx.now.toISOString(),
    language: resolveMailLanguage(user?.preferredLanguage, tenant?.policies.notificationLanguage),
    kind: "consent-request",
    consentRequestId: request.id,
    consentEvent: event,
  });
}

/**
 * "Request approval" on Approval required (AADSTS90095): a request with the guest's justification, open for
 * the tenant's "Consent request expires after (days)", and its e-mail to the requester. Asking again while one
 * is pending changes nothing (SIM-ASSUMPTION, decision 0077).
 */
export function requestAdminConsent(state: WorldState, sessionId: string, reason: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "app-consent/request");
  const invitation = invitationOf(state, session);
  const tenant = findTenant(state, invitation.tenantId);
  const app = appNeedingAdminConsent(state, invitation);
  if (!app) throw new DomainError("StepConflict", 409, "The app no longer needs an admin's consent.", { currentStep: session.step });
  if (!tenant.policies.adminConsentRequests) {
    throw new DomainError("AdminConsentRequestsOff", 403, "Users can't request admin consent in this organization.");
  }
  const user = findUser(state, invitation.invitedUserId);
  if (!pendingRequestOf(state, app.id, user.id, ctx.now)) {
    const days = tenant.policies.consentRequestExpiryDays;
    const request: ConsentRequest = {
      id: newId(),
      appId: app.id,
      userId: user.id,
      requesterEmail: invitation.invitedUserEmailAddress,
      reason: reason.trim() || undefined,
      createdDateTime: ctx.now.toISOString(),
      expiresDateTime: new Date(ctx.now.getTime() + days * 86_400_000).toISOString(),
    };
    state.consentRequests.push(request);
    mailRequester(state, request, "submitted", ctx);
  }
  return moveTo(session, "app-consent", ctx);
}

/** /admin's list (Enterprise applications > Admin consent requests, the "All" tab): newest first. */
export function adminConsentRequestsView(state: Readonly<WorldState>, now: Date): AdminConsentRequestsView {
  const requests = state.consentRequests
    .toSorted((a, b) => b.createdDateTime.localeCompare(a.createdDateTime))
    .map((r) => {
      const app = state.apps.find((a) => a.id === r.appId);
      const user = state.users.find((u) => u.id === r.userId);
      return {
        id: r.id,
        appName: app?.displayName ?? "",
        permissions: app?.adminConsentPermissions ?? [],
        requestedBy: user?.displayName ?? r.requesterEmail,
        requesterEmail: r.requesterEmail,
        reason: r.reason,
        createdDateTime: r.createdDateTime,
        expiresDateTime: r.expiresDateTime,
        status: consentRequestStatus(r, now),
        reviewerJustification: r.reviewerJustification,
      };
    });
  return { requests };
}

function openRequest(state: WorldState, requestId: string, now: Date): ConsentRequest {
  const request = state.consentRequests.find((r) => r.id === requestId);
  if (!request) throw notFound("ConsentRequest", { id: requestId });
  const status = consentRequestStatus(request, now);
  if (status !== "pending") {
    throw new DomainError("ConsentRequestClosed", 409, `This request is ${status}: there is nothing to decide.`, { status });
  }
  return request;
}

/**
 * Approve: the reviewer grants tenant-wide admin consent to the app, which answers every open request for it;
 * each requester is told (ED review-admin-consent-requests).
 */
export function approveConsentRequest(state: WorldState, requestId: string, ctx: WorldContext): AdminConsentRequestsView {
  const request = openRequest(state, requestId, ctx.now);
  const app = state.apps.find((a) => a.id === request.appId);
  if (!app) throw notFound("ServicePrincipal", { id: request.appId });
  app.adminConsentGrantedAt = ctx.now.toISOString();
  for (const other of state.consentRequests) {
    if (other.appId !== app.id || consentRequestStatus(other, ctx.now) !== "pending") continue;
    other.decision = "approved";
    other.decidedDateTime = ctx.now.toISOString();
    mailRequester(state, other, "approved", ctx);
  }
  return adminConsentRequestsView(state, ctx.now);
}

/** Deny: a justification is required and given to the requester, who may ask again later. */
export function denyConsentRequest(
  state: WorldState,
  requestId: string,
  justification: string,
  ctx: WorldContext,
): AdminConsentRequestsView {
  const request = openRequest(state, requestId, ctx.now);
  const reason = justification.trim();
  if (!reason) throw new DomainError("JustificationRequired", 400, "Give a justification to deny the request.", { field: "justification" });
  request.decision = "denied";
  request.decidedDateTime = ctx.now.toISOString();
  request.reviewerJustification = reason;
  mailRequester(state, request, "denied", ctx);
  return adminConsentRequestsView(state, ctx.now);
}
