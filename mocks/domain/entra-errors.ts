// Entra's error page (addendum §14.1) for the errors the redemption flow raises: the AADSTS code, Entra's
// message for it and the troubleshooting details. The message is in English, as Entra's own message text and
// its error_description are (docs/decisions/0047); the page around it follows the guest's language. Where the
// spec documents no code (a domain blocked after the invitation, a redemption method switched off), the page
// shows no code and the SPA words the message itself.
import type { EntraErrorView } from "../../src/api/contract";
import type { RedemptionSession, Tenant } from "./state";

/** AADSTS50020 (spec §6, addendum §10.4), as the fake login host's page and the SPA's wrong-account step say it. */
export function notInTenantMessage(email: string, identityProvider: string, tenant: string): string {
  return `User account '${email}' from identity provider '${identityProvider}' does not exist in tenant '${tenant}' and cannot access the application in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.`;
}

/** AADSTS50020 where nobody signed in yet (a deleted guest's link; spec §4.7's direct link without a method). */
export function notInTenantUnsignedMessage(email: string, tenant: string): string {
  return `User account '${email}' does not exist in tenant '${tenant}' and cannot access the application in that tenant. The account needs to be added as an external user in the tenant first.`;
}

/**
 * Entra's message for the codes the blocked step raises (spec §6 names them; the wording is paraphrased from
 * the spec's catalogue and addendum §14.1–14.2, never Entra's unpublished text).
 */
const BLOCK_MESSAGES: Record<string, (d: Record<string, string>, organization: string) => string> = {
  AADSTS53003: () =>
    "Access has been blocked by Conditional Access policies. Your sign-in was successful, but it doesn't meet the criteria to access this resource.",
  AADSTS500212: (d, organization) =>
    `The administrator of '${d.home ?? ""}' has set an outbound cross-tenant access policy that doesn't allow access to '${organization}'.`,
  AADSTS500213: (d, organization) =>
    `The cross-tenant access policy of '${organization}' doesn't allow users from '${d.home ?? ""}' to access it.`,
  AADSTS50057: (d) => `The user account '${d.email ?? ""}' is disabled: an administrator blocked its sign-in.`,
  // Addendum Appendix D 8: 500121 marks the failed challenge (a denied Authenticator request).
  AADSTS500121: () => "Authentication failed during the strong authentication request: the sign-in request wasn't approved.",
};

/** A request id that stays the same for one error (FNV-1a over what raised it), shaped like Entra's GUIDs. */
export function stableRequestId(seed: string): string {
  let hex = "";
  for (let round = 0; round < 4; round += 1) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i += 1) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, "0");
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface ErrorApp {
  name: string;
  id: string;
}

/**
 * Entra's error page of a session at an error step (blocked, wrong account, no identity provider), else
 * undefined. Correlation id: the session (one sign-in flow); timestamp: when the step was reached.
 */
export function entraErrorOf(session: RedemptionSession, tenant: Tenant, invitedEmail: string, app: ErrorApp): EntraErrorView | undefined {
  const page = pageOf(session, tenant, invitedEmail);
  if (!page) return undefined;
  return {
    ...page,
    requestId: stableRequestId(`${session.id}/${session.step}/${session.updatedAt}`),
    correlationId: session.id,
    timestamp: session.updatedAt,
    appName: app.name,
    appId: app.id,
  };
}

function pageOf(
  session: RedemptionSession,
  tenant: Tenant,
  invitedEmail: string,
): Pick<EntraErrorView, "code" | "message" | "signOut"> | undefined {
  switch (session.step) {
    case "wrong-account": {
      const account = session.signedInAs;
      return {
        code: "AADSTS50020",
        message: notInTenantMessage(account?.email ?? "", account?.issuer ?? "", tenant.name),
        // Addendum §10.4 SIM-ASSUMPTION: the tenant's toggle (default on) offers the way out.
        signOut: tenant.policies.signOutLinkOnErrors !== false,
      };
    }
    case "no-identity-provider":
      // Spec §4.7 SIM-ASSUMPTION: the generic sign-in error page with AADSTS50020-style text (nobody signed in).
      return {
        code: "AADSTS50020",
        message: notInTenantUnsignedMessage(invitedEmail, tenant.name),
        signOut: false,
      };
    case "blocked": {
      const blocked = session.blocked;
      const message = blocked ? BLOCK_MESSAGES[blocked.code] : undefined;
      // A block without a documented code (InvitationDomainBlocked, RedemptionMethodOff): the SPA words it.
      return { code: message ? blocked?.code : undefined, message: message?.(blocked?.details ?? {}, tenant.name) ?? "", signOut: false };
    }
    default:
      return undefined;
  }
}
