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
const BLOCK_MESSAGES: Record<string, (d: Record<string, string>, organization: string, app: string) => string> = {
  AADSTS53003: () =>
    "Access has been blocked by Conditional Access policies. Your sign-in was successful, but it doesn't meet the criteria to access this resource.",
  AADSTS500212: (d, organization) =>
    `The administrator of '${d.home ?? ""}' has set an outbound cross-tenant access policy that doesn't allow access to '${organization}'.`,
  AADSTS500213: (d, organization) =>
    `The cross-tenant access policy of '${organization}' doesn't allow users from '${d.home ?? ""}' to access it.`,
  AADSTS50057: (d) => `The user account '${d.email ?? ""}' is disabled: an administrator blocked its sign-in.`,
  // Addendum §14.2 (spec §6): the guest's own network's tenant restrictions, v1 headers and a v2 policy.
  AADSTS500021: () =>
    "Your network administrator has restricted what organizations can be accessed. The resource you're trying to reach belongs to an organization your IT department hasn't approved. Contact your IT department to unblock access.",
  AADSTS5000211: (_d, organization) =>
    `A tenant restrictions policy added to this device or network by its administrator doesn't allow access to '${organization}'.`,
  // Conditional Access device requirements (addendum §14.2, the CA-interrupt variant of §14.1 row 5).
  AADSTS53000: () =>
    "This resource can only be reached from devices that meet the organization's management policy. Your sign-in was successful, but this device isn't compliant.",
  AADSTS53001: () =>
    "This resource can only be reached from devices joined to the organization's domain. Your sign-in was successful, but this device isn't hybrid joined.",
  AADSTS50105: (d) =>
    `The signed in user '${d.email ?? ""}' isn't assigned to the application '${d.appId ?? ""}' (${d.app ?? ""}). The application requires users to be assigned, directly or through a group, before they can use it; ask an administrator to assign you.`,
  // Spec §4.1, §6 (the troubleshooting article's wording; decision 0086): the guest's home directory is unmanaged.
  AADSTS65005: (d, _organization, app) =>
    `Using application '${app}' is currently not supported for your organization ${d.domain ?? ""} because it is in an unmanaged state. An administrator needs to claim ownership of the company by DNS validation of ${d.domain ?? ""} before the application ${app} can be provisioned.`,
  // Identity Protection (decision 0085; the error reference's descriptions of ProofUpBlockedDueToRisk and 53011).
  AADSTS53004: () =>
    "The user needs to complete the multifactor authentication registration process before accessing this content. The user should register for multifactor authentication.",
  AADSTS53011: () => "User blocked due to risk on home tenant.",
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
  const page = pageOf(session, tenant, invitedEmail, app);
  if (!page) return undefined;
  const details = session.step === "blocked" ? (session.blocked?.details ?? {}) : {};
  const requestId = stableRequestId(`${session.id}/${session.step}/${session.updatedAt}`);
  return {
    ...page,
    requestId,
    correlationId: session.id,
    timestamp: session.updatedAt,
    // 50105 names the app the guest opened (the invitation's redirect), not the simulator's own registration.
    appName: details.app ?? app.name,
    appId: details.appId ?? app.id,
    device: DEVICE_CODES.has(session.blocked?.code ?? "") && session.step === "blocked" ? deviceOf(details.path, requestId) : undefined,
  };
}

const DEVICE_CODES = new Set(["AADSTS53000", "AADSTS53001"]);

/**
 * The richer CA-interrupt variant's device fields (addendum §14.1 row 7). SIM-ASSUMPTION (docs/decisions/0063):
 * the guest's browser is on Windows 10 with a documentation-range IP address; an unregistered device has no
 * identifier ("Not available"), a work account's laptop is registered in its home tenant, which this tenant
 * doesn't trust.
 */
function deviceOf(path: string | undefined, seed: string): NonNullable<EntraErrorView["device"]> {
  const octet = (parseInt(seed.slice(0, 2), 16) % 200) + 10;
  const registered = path === "entra";
  return {
    ipAddress: `203.0.113.${octet}`,
    identifier: registered ? stableRequestId(`device/${seed.slice(0, 8)}`) : "Not available",
    platform: "Windows 10",
    state: registered ? "Registered" : "Unregistered",
  };
}

function pageOf(
  session: RedemptionSession,
  tenant: Tenant,
  invitedEmail: string,
  app: ErrorApp,
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
      return {
        code: message ? blocked?.code : undefined,
        message: message?.(blocked?.details ?? {}, tenant.name, app.name) ?? "",
        signOut: false,
      };
    }
    default:
      return undefined;
  }
}
