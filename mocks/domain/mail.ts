// The simulated mail service: Microsoft Invitations writes into per-address mailboxes (spec §4.0).
// Messages are stored as facts (which invitation, which language); the text is rendered by the reader.
import type { MailboxView, MailMessage } from "../../src/api/contract";
import { newId } from "./ids";
import { findTenant, redeemUrl, type WorldContext } from "./invitations";
import { PASSCODE_VALIDITY_MINUTES } from "./passcode";
import type { Invitation, MailRecord, WorldState } from "./state";

export const INVITATIONS_SENDER = "invites@microsoft.com";
/** Spec Appendix A: the passcode and account e-mails' senders are not documented (docs/decisions/0009). */
export const ACCOUNT_SENDER = "account-security-noreply@accountprotection.microsoft.com";
export type MailLanguage = "en" | "nl";

/**
 * Spec §4.0 precedence: messageLanguage → guest's preferredLanguage → home tenant's notification
 * language → resource tenant's notification language → English. The simulator renders en and nl only;
 * any other language falls back to English (docs/decisions/0004).
 */
export function resolveMailLanguage(...candidates: Array<string | undefined>): MailLanguage {
  const chosen = candidates.find((c) => c && c.trim().length > 0);
  return chosen?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/**
 * The invitation e-mail, or with automatic redemption the B2B notification instead (spec §5.1). Nothing
 * is delivered to an address that blocked future invitations from this organisation (docs/decisions/0015).
 */
export function sendInvitationMail(
  state: WorldState,
  invitation: Invitation,
  ctx: WorldContext,
  kind: "invitation" | "notification" = "invitation",
): MailRecord | undefined {
  const tenant = findTenant(state, invitation.tenantId);
  const to = invitation.invitedUserEmailAddress;
  if (state.unsubscribes.some((u) => u.email === to && u.tenantId === tenant.id)) return undefined;
  const user = state.users.find((u) => u.id === invitation.invitedUserId);
  const home = state.accounts.find((a) => a.email === invitation.invitedUserEmailAddress);
  const homeTenant = home?.kind === "entra" ? state.tenants.find((t) => t.id === home.tenantId) : undefined;
  const inviter = state.members.find((m) => m.id === invitation.inviterId);
  const record: MailRecord = {
    id: newId(),
    to: invitation.invitedUserEmailAddress,
    cc: invitation.ccRecipients,
    fromName: tenant.name,
    replyTo: inviter?.mail,
    receivedAt: ctx.now.toISOString(),
    language: resolveMailLanguage(
      invitation.messageLanguage,
      user?.preferredLanguage,
      homeTenant?.policies.notificationLanguage,
      tenant.policies.notificationLanguage,
    ),
    kind,
    invitationId: invitation.id,
  };
  state.mail.push(record);
  return record;
}

/** The passcode (P5) and account-verification (P6) e-mails, in the invitation's mail language. */
export function sendCodeMail(
  state: WorldState,
  invitation: Invitation,
  kind: "passcode" | "account-verification",
  code: string,
  ctx: WorldContext,
): MailRecord {
  const tenant = findTenant(state, invitation.tenantId);
  const user = state.users.find((u) => u.id === invitation.invitedUserId);
  const record: MailRecord = {
    id: newId(),
    to: invitation.invitedUserEmailAddress,
    cc: [],
    fromName: kind === "passcode" ? tenant.name : "Microsoft account team",
    receivedAt: ctx.now.toISOString(),
    language: resolveMailLanguage(invitation.messageLanguage, user?.preferredLanguage, tenant.policies.notificationLanguage),
    kind,
    invitationId: invitation.id,
    code,
  };
  state.mail.push(record);
  return record;
}

/** A passcode that belongs to no invitation: signing in to manage blocked organisations (spec §2 E8). */
export function sendStandalonePasscodeMail(state: WorldState, to: string, organization: string, code: string, ctx: WorldContext) {
  state.mail.push({
    id: newId(),
    to,
    cc: [],
    fromName: organization,
    receivedAt: ctx.now.toISOString(),
    language: "en",
    kind: "passcode",
    organization,
    code,
  });
}

/** Sender of the admin consent workflow's e-mails: not documented (GAP), SIM-ASSUMPTION (docs/decisions/0077). */
export const ENTRA_NOTIFICATIONS_SENDER = "azure-noreply@microsoft.com";

/**
 * A requester's e-mail about their admin consent request (ED admin-consent-workflow-overview: on submission,
 * expiry, denial and approval). The expiry message is not stored: it is there once the fake clock passes a
 * pending request's end, dated then (mocks/domain/admin-consent.ts).
 */
function consentRequestMessage(state: WorldState, record: MailRecord, common: MailCommon, event?: ConsentEvent): MailMessage | undefined {
  const request = state.consentRequests.find((r) => r.id === record.consentRequestId);
  const app = state.apps.find((a) => a.id === request?.appId);
  const tenant = state.tenants.find((t) => t.id === app?.tenantId);
  if (!request || !app || !tenant) return undefined;
  return {
    ...common,
    from: { name: record.fromName, address: ENTRA_NOTIFICATIONS_SENDER },
    kind: "consent-request",
    consentRequest: {
      event: event ?? record.consentEvent ?? "submitted",
      appName: app.displayName,
      organizationName: tenant.name,
      reason: request.reason,
      reviewerJustification: request.reviewerJustification,
      expiresDateTime: request.expiresDateTime,
    },
  };
}

type ConsentEvent = Extract<MailMessage, { kind: "consent-request" }>["consentRequest"]["event"];
type MailCommon = Pick<MailMessage, "id" | "to" | "cc" | "replyTo" | "receivedAt" | "language">;

/** The expiry e-mails of requests nobody decided in time, as records dated when each expired. */
function expiryRecords(state: WorldState, now: Date): MailRecord[] {
  return state.consentRequests.flatMap((request) => {
    if (request.decision || now < new Date(request.expiresDateTime)) return [];
    const submitted = state.mail.find((m) => m.consentRequestId === request.id);
    return submitted ? [{ ...submitted, id: `${submitted.id}-expired`, receivedAt: request.expiresDateTime, consentEvent: undefined }] : [];
  });
}

function toMessage(state: WorldState, record: MailRecord, appOrigin: string): MailMessage | undefined {
  const common = {
    id: record.id,
    to: record.to,
    cc: record.cc.length > 0 ? record.cc : undefined,
    replyTo: record.replyTo,
    receivedAt: record.receivedAt,
    language: record.language,
  };
  if (record.kind === "passcode" && record.organization) {
    return {
      ...common,
      from: { name: record.fromName, address: INVITATIONS_SENDER },
      kind: "passcode",
      passcode: { code: record.code ?? "", organizationName: record.organization, validityMinutes: PASSCODE_VALIDITY_MINUTES },
    };
  }
  if (record.kind === "consent-request") {
    return consentRequestMessage(state, record, common, record.id.endsWith("-expired") ? "expired" : undefined);
  }
  const invitation = state.invitations.find((i) => i.id === record.invitationId);
  if (!invitation) return undefined;
  const tenant = findTenant(state, invitation.tenantId);
  const inviter = state.members.find((m) => m.id === invitation.inviterId);
  if (record.kind === "passcode") {
    return {
      ...common,
      from: { name: record.fromName, address: INVITATIONS_SENDER },
      kind: "passcode",
      passcode: { code: record.code ?? "", organizationName: tenant.name, validityMinutes: PASSCODE_VALIDITY_MINUTES },
    };
  }
  if (record.kind === "notification") {
    return {
      ...common,
      from: { name: record.fromName, address: INVITATIONS_SENDER },
      kind: "notification",
      notification: {
        organizationName: tenant.name,
        organizationDomain: tenant.domain,
        myAppsUrl: `${appOrigin}/myapps?tenantid=${tenant.id}`,
      },
    };
  }
  if (record.kind === "account-verification") {
    return {
      ...common,
      from: { name: record.fromName, address: ACCOUNT_SENDER },
      kind: "account-verification",
      verification: { code: record.code ?? "" },
    };
  }
  return {
    ...common,
    from: { name: record.fromName, address: INVITATIONS_SENDER },
    kind: "invitation",
    invitation: {
      organizationName: tenant.name,
      organizationDomain: tenant.domain,
      inviterName: inviter?.displayName ?? tenant.name,
      inviterEmail: inviter?.mail,
      // Spec §4.0: the personal message is omitted when the inviter has no e-mail in the tenant.
      personalMessage: inviter?.mail ? invitation.customizedMessageBody : undefined,
      redeemUrl: redeemUrl(invitation, appOrigin),
      redirectUrl: invitation.inviteRedirectUrl,
      privacyStatementUrl: tenant.privacy.statementUrl,
    },
  };
}

/** Every message to `address` or cc'd to it, newest first. */
export function mailboxView(state: WorldState, address: string, appOrigin: string, now: Date): MailboxView {
  const normalized = address.trim().toLowerCase();
  const messages = [...state.mail, ...expiryRecords(state, now)]
    .filter((m) => m.to === normalized || m.cc.includes(normalized))
    .toSorted((a, b) => b.receivedAt.localeCompare(a.receivedAt))
    .flatMap((record) => toMessage(state, record, appOrigin) ?? []);
  return { address: normalized, messages };
}
