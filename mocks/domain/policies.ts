// The resource tenant's policies that change the guest's journey (spec §1.4, §5.2–5.3, §6, §8).
import { domainOf } from "./accounts";
import { tenantApps } from "./apps";
import type { GuestUser, SignedInAccount, Tenant, TenantPolicies, WorldState } from "./state";

export function defaultPolicies(): TenantPolicies {
  return {
    emailOtpEnabled: true,
    googleFederation: false,
    samlFederations: [],
    primaryOrder: ["azureActiveDirectory", "externalFederation", "socialIdentityProviders"],
    msaFallbackEnabled: true,
    mfaRequiredForGuests: false,
    trustHomeTenantMfa: false,
    blockGuestsByConditionalAccess: false,
    collaboration: { mode: "allow-all", domains: [] },
    inboundBlockedTenants: [],
    outboundBlockedTenants: [],
    autoRedeemInbound: [],
    autoRedeemOutbound: [],
    allowSelfLeave: true,
    showKeepSignedIn: true,
    kmsiInGuestFlows: false,
    signOutLinkOnErrors: true,
    guestNetworkRestriction: "none",
    deviceRequirementForGuests: "none",
    trustHomeTenantDevices: false,
    samlPartnerFault: "none",
    googleFault: "none",
    msaFault: "none",
    googleHeaderTooLong: false,
    embeddedWebView: false,
    deviceSignInFlow: false,
    adminConsentRequests: false,
    consentRequestExpiryDays: 30,
    riskPolicyForGuests: "none",
  };
}

/** Collaboration restrictions: allow all, deny the listed domains, or allow only the listed ones. */
export function domainAllowed(tenant: Tenant, email: string): boolean {
  const { mode, domains } = tenant.policies.collaboration;
  const domain = domainOf(email);
  const listed = domains.some((d) => d.toLowerCase() === domain);
  if (mode === "deny-listed") return !listed;
  if (mode === "allow-listed-only") return listed;
  return true;
}

/** The home Entra tenant of a signed-in work account, if any. */
function homeTenantOf(state: Readonly<WorldState>, account: SignedInAccount): Tenant | undefined {
  return account.path === "entra" ? state.tenants.find((t) => t.id === account.tenantId) : undefined;
}

/**
 * The user risk Identity Protection rates a work account at (decision 0085): for B2B users it is evaluated in
 * their home directory, and the resource tenant's risk-based policies act on it.
 */
export function homeUserRisk(state: Readonly<WorldState>, account: SignedInAccount | undefined): "none" | "high" {
  if (account?.path !== "entra") return "none";
  const home = state.accounts.find((a) => a.kind === "entra" && a.objectId === account.objectId);
  return home?.kind === "entra" && home.userRisk === "high" ? "high" : "none";
}

/** The resource tenant's risk-based policy asks this guest for MFA (decision 0085). */
export function riskRequiresMfa(state: Readonly<WorldState>, resource: Tenant, account: SignedInAccount | undefined): boolean {
  return resource.policies.riskPolicyForGuests === "require-mfa" && homeUserRisk(state, account) === "high";
}

export interface AccessBlock {
  code: string;
  details: Record<string, string>;
}

/**
 * What stops a guest after primary authentication and before a token is issued (spec §4.1 step 3, §5.3):
 * the guest's network's tenant restrictions, a disabled account, an unmanaged home directory, cross-tenant access
 * (home outbound, resource inbound), Conditional Access (block, risk, device requirements), and an app that
 * requires assignment.
 */
export function accessBlock(
  state: Readonly<WorldState>,
  resource: Tenant,
  user: GuestUser,
  account: SignedInAccount,
  redirectUrl?: string,
): AccessBlock | undefined {
  // Tenant restrictions act at the login host, on the guest's network, before the tenant looks at anything.
  const network = resource.policies.guestNetworkRestriction;
  if (network === "v1") return { code: "AADSTS500021", details: { organization: resource.name } };
  if (network === "v2") return { code: "AADSTS5000211", details: { organization: resource.name } };
  if (!user.accountEnabled) return { code: "AADSTS50057", details: { email: account.email } };
  const home = homeTenantOf(state, account);
  // Spec §4.1, §6 (decision 0086): the guest's home directory is unmanaged (a viral tenant without an admin).
  if (home?.unmanaged) return { code: "AADSTS65005", details: { domain: home.domain } };
  if (home?.policies.outboundBlockedTenants.includes(resource.id)) {
    return { code: "AADSTS500212", details: { home: home.name, organization: resource.name } };
  }
  if (home && resource.policies.inboundBlockedTenants.includes(home.id)) {
    return { code: "AADSTS500213", details: { home: home.name, organization: resource.name } };
  }
  if (resource.policies.blockGuestsByConditionalAccess) return { code: "AADSTS53003", details: { organization: resource.name } };
  // Decision 0085: a risk-based policy blocks a guest whom the home tenant's Identity Protection rates high.
  if (resource.policies.riskPolicyForGuests === "block" && homeUserRisk(state, account) === "high") {
    return { code: "AADSTS53011", details: { organization: resource.name, home: home?.name ?? "" } };
  }
  // Spec §5.3: a device requirement works for guests only through trusted device claims of an Entra home tenant.
  // SIM-ASSUMPTION (docs/decisions/0063): a Fabrikam work account signs in from a compliant, hybrid-joined laptop.
  const device = resource.policies.deviceRequirementForGuests;
  if (device !== "none" && !(home && resource.policies.trustHomeTenantDevices)) {
    return { code: device === "compliant" ? "AADSTS53000" : "AADSTS53001", details: { organization: resource.name, path: account.path } };
  }
  // Every enterprise app here requires assignment (Graph's appRoleAssignmentRequired): opening one unassigned is 50105.
  const app = redirectUrl ? tenantApps(state).find((a) => a.homepage === redirectUrl) : undefined;
  if (app && !state.appAssignments.some((a) => a.principalId === user.id && a.resourceId === app.id)) {
    return { code: "AADSTS50105", details: { app: app.displayName, appId: app.appId, email: account.email } };
  }
  return undefined;
}

/**
 * Automatic redemption (spec §5.1, E6): the resource tenant's inbound and the home tenant's outbound
 * "automatically redeem invitations" are both set for each other. Any other combination shows consent.
 */
export function automaticRedemption(state: Readonly<WorldState>, resource: Tenant, homeTenantId: string | undefined): boolean {
  const home = homeTenantId ? state.tenants.find((t) => t.id === homeTenantId) : undefined;
  return Boolean(home && resource.policies.autoRedeemInbound.includes(home.id) && home.policies.autoRedeemOutbound.includes(resource.id));
}

/** The home tenant of an invited address, when it is a work account. */
export function homeTenantIdOf(state: Readonly<WorldState>, email: string): string | undefined {
  const account = state.accounts.find((a) => a.kind === "entra" && a.email === email);
  return account?.kind === "entra" ? account.tenantId : undefined;
}

/** MFA is done in the home tenant when the resource tenant trusts it and the guest is a work account. */
export function mfaInHomeTenant(resource: Tenant, account: SignedInAccount | undefined): boolean {
  return resource.policies.trustHomeTenantMfa && account?.path === "entra";
}

/** The terms-of-use document in the guest's language, else the default (first) one (spec §5.2). */
export function termsDocument(tenant: Tenant, language: string): string | undefined {
  const terms = tenant.policies.termsOfUse;
  if (!terms) return undefined;
  return language.startsWith("nl") && terms.documents.nl ? terms.documents.nl : terms.documents.en;
}

type Terms = NonNullable<Tenant["policies"]["termsOfUse"]>;
const DAY_MS = 86_400_000;
const MONTHS = { monthly: 1, quarterly: 3, biannually: 6, annually: 12 } as const;

/** The latest "Expire consents" date at or before `now`: the start date, then every period after it. */
function lastExpiry(expire: NonNullable<Terms["expireConsents"]>, now: Date): Date | undefined {
  const start = new Date(expire.startsOn);
  if (start > now) return undefined;
  let last = start;
  for (let n = 1; n < 1200; n++) {
    const next = new Date(start);
    next.setUTCMonth(start.getUTCMonth() + n * MONTHS[expire.frequency]);
    if (next > now) break;
    last = next;
  }
  return last;
}

/**
 * Spec §5.2, §7: must the guest accept the terms (again)? Never accepted; accepted longer ago than
 * "Duration before re-acceptance required"; or accepted before the latest "Expire consents" date. Asked
 * only when the flow runs, i.e. at an interactive sign-in after the session expired (§7 "re-prompt only
 * after session expiry"): a guest with a live session is never interrupted.
 */
export function termsDue(terms: Terms | undefined, acceptedAt: string | undefined, now: Date): boolean {
  if (!terms) return false;
  if (!acceptedAt) return true;
  const accepted = new Date(acceptedAt);
  if (terms.reacceptAfterDays && now.getTime() - accepted.getTime() >= terms.reacceptAfterDays * DAY_MS) return true;
  const expiry = terms.expireConsents ? lastExpiry(terms.expireConsents, now) : undefined;
  return Boolean(expiry && accepted < expiry);
}
