// The demo studio's live settings: a flat view of the resource tenant's policies (and Fabrikam's side of
// their cross-tenant settings), read and written as one document. Changes apply from the next step on.
import { DomainError } from "./errors";
import type { TenantSettings } from "../../src/api/contract";
import { DEFAULT_PRIMARY_ORDER } from "./discovery";
import { findTenant } from "./invitations";
import type { Tenant, WorldState } from "./state";
import { TERMS_OF_USE_PER_TENANT } from "./terms-of-use";

/** Entra's default page background (addendum §13.3). */
export const DEFAULT_BACKGROUND = "#f2f2f2";

const TERMS_NAME = "Contoso guest access terms";

function fabrikamOf(state: Readonly<WorldState>): Tenant | undefined {
  return state.tenants.find((t) => t.id !== state.resourceTenantId);
}

export function readSettings(state: Readonly<WorldState>): TenantSettings {
  const tenant = findTenant(state, state.resourceTenantId);
  const home = fabrikamOf(state);
  const p = tenant.policies;
  return {
    brandingName: tenant.name,
    emailOtpEnabled: p.emailOtpEnabled,
    googleFederation: p.googleFederation,
    samlDomains: p.samlFederations.map((f) => ({ domain: f.domain, idpName: f.idpName })),
    primaryOrder: p.primaryOrder.length === 3 ? p.primaryOrder : [...DEFAULT_PRIMARY_ORDER],
    msaFallbackEnabled: p.msaFallbackEnabled,
    termsOfUse: Boolean(p.termsOfUse),
    termsRequireExpand: p.termsOfUse?.requireExpand ?? true,
    termsReacceptAfterDays: p.termsOfUse?.reacceptAfterDays ?? null,
    termsExpireConsents: p.termsOfUse?.expireConsents
      ? { startsOn: p.termsOfUse.expireConsents.startsOn.slice(0, 10), frequency: p.termsOfUse.expireConsents.frequency }
      : null,
    mfaRequiredForGuests: p.mfaRequiredForGuests,
    trustHomeTenantMfa: p.trustHomeTenantMfa,
    blockGuestsByConditionalAccess: p.blockGuestsByConditionalAccess,
    collaborationMode: p.collaboration.mode,
    collaborationDomains: p.collaboration.domains,
    crossTenantBlockFabrikam:
      home && p.inboundBlockedTenants.includes(home.id)
        ? "inbound"
        : home?.policies.outboundBlockedTenants.includes(tenant.id)
          ? "outbound"
          : "none",
    autoRedeemWithFabrikam: Boolean(home && p.autoRedeemInbound.includes(home.id) && home.policies.autoRedeemOutbound.includes(tenant.id)),
    privacyStatementUrl: tenant.privacy.statementUrl ?? "",
    privacyContact: tenant.privacy.contactEmail ?? "",
    allowSelfLeave: p.allowSelfLeave,
    // Addendum §10.2: Fabrikam's "Show keep user signed in", and the resource tenant's two SIM-ASSUMPTION toggles.
    showKeepSignedInFabrikam: home?.policies.showKeepSignedIn ?? true,
    kmsiInGuestFlows: p.kmsiInGuestFlows,
    signOutLinkOnErrors: p.signOutLinkOnErrors,
    guestNetworkRestriction: p.guestNetworkRestriction,
    deviceRequirementForGuests: p.deviceRequirementForGuests,
    trustHomeTenantDevices: p.trustHomeTenantDevices,
    samlPartnerFault: p.samlPartnerFault,
    googleFault: p.googleFault,
    msaFault: p.msaFault,
    googleHeaderTooLong: p.googleHeaderTooLong,
    embeddedWebView: p.embeddedWebView,
    deviceSignInFlow: p.deviceSignInFlow,
    adminConsentRequests: p.adminConsentRequests,
    consentRequestExpiryDays: p.consentRequestExpiryDays,
    riskPolicyForGuests: p.riskPolicyForGuests,
    guestUserRiskAtHome: guestWorkAccount(state)?.userRisk === "high" ? "high" : "none",
    guestHomeDirectoryUnmanaged: state.tenants.some((t) => t.unmanaged),
  };
}

/** The guest's own work account (decision 0085: its home tenant's Identity Protection rates its risk). */
function guestWorkAccount(state: Readonly<WorldState>) {
  const found = state.accounts.find((a) => a.kind === "entra" && a.email === state.guestEmail);
  return found?.kind === "entra" ? found : undefined;
}

export function applySettings(state: WorldState, settings: TenantSettings, defaultTerms: { en: string; nl?: string }): void {
  // Spec §3.2 D11: at least one fallback (the Microsoft account or the one-time passcode) must stay enabled.
  if (!settings.emailOtpEnabled && !settings.msaFallbackEnabled) {
    throw new DomainError(
      "NoFallbackLeft",
      400,
      "At least one fallback must stay enabled: the one-time passcode or the personal Microsoft account.",
      { field: "emailOtpEnabled" },
    );
  }
  const tenant = findTenant(state, state.resourceTenantId);
  const home = fabrikamOf(state);
  const p = tenant.policies;
  tenant.name = settings.brandingName;
  // The old "Brand colour" is the branding's page background colour (addendum §13.1), set when a caller sends it.
  const background = tenant.branding?.backgroundColor ?? DEFAULT_BACKGROUND;
  if (settings.brandingColor && settings.brandingColor.toLowerCase() !== background.toLowerCase()) {
    tenant.branding = { ...tenant.branding, backgroundColor: settings.brandingColor };
  }
  p.emailOtpEnabled = settings.emailOtpEnabled;
  p.googleFederation = settings.googleFederation;
  p.samlFederations = settings.samlDomains.map((d) => {
    const existing = p.samlFederations.find((f) => f.domain === d.domain);
    return existing
      ? { ...existing, idpName: d.idpName }
      : { domain: d.domain, idpName: d.idpName, issuer: `https://sts.${d.domain}/adfs/services/trust`, verifiedInEntra: false };
  });
  p.primaryOrder = settings.primaryOrder;
  p.msaFallbackEnabled = settings.msaFallbackEnabled;
  // The studio's agreement (the tenant's first, spec §5.2); an omitted expiry setting stays as it was.
  if (settings.termsOfUse && !p.termsOfUse && (p.moreTermsOfUse?.length ?? 0) >= TERMS_OF_USE_PER_TENANT) {
    throw new DomainError("BadRequest", 400, `Contoso already has ${TERMS_OF_USE_PER_TENANT} terms of use, the most a tenant can have.`, {
      field: "termsOfUse",
    });
  }
  const reaccept =
    settings.termsReacceptAfterDays === undefined ? p.termsOfUse?.reacceptAfterDays : (settings.termsReacceptAfterDays ?? undefined);
  const expire =
    settings.termsExpireConsents === undefined
      ? p.termsOfUse?.expireConsents
      : settings.termsExpireConsents
        ? { startsOn: `${settings.termsExpireConsents.startsOn}T00:00:00.000Z`, frequency: settings.termsExpireConsents.frequency }
        : undefined;
  p.termsOfUse = settings.termsOfUse
    ? {
        displayName: p.termsOfUse?.displayName ?? TERMS_NAME,
        documents: p.termsOfUse?.documents ?? defaultTerms,
        requireExpand: settings.termsRequireExpand,
        ...(reaccept ? { reacceptAfterDays: reaccept } : {}),
        ...(expire ? { expireConsents: expire } : {}),
      }
    : undefined;
  p.mfaRequiredForGuests = settings.mfaRequiredForGuests;
  p.trustHomeTenantMfa = settings.trustHomeTenantMfa;
  p.blockGuestsByConditionalAccess = settings.blockGuestsByConditionalAccess;
  p.collaboration = { mode: settings.collaborationMode, domains: settings.collaborationDomains };
  p.allowSelfLeave = settings.allowSelfLeave;
  p.kmsiInGuestFlows = settings.kmsiInGuestFlows;
  p.signOutLinkOnErrors = settings.signOutLinkOnErrors;
  p.guestNetworkRestriction = settings.guestNetworkRestriction;
  p.deviceRequirementForGuests = settings.deviceRequirementForGuests;
  p.trustHomeTenantDevices = settings.trustHomeTenantDevices;
  p.samlPartnerFault = settings.samlPartnerFault;
  p.googleFault = settings.googleFault;
  p.msaFault = settings.msaFault;
  p.googleHeaderTooLong = settings.googleHeaderTooLong;
  p.embeddedWebView = settings.embeddedWebView;
  p.deviceSignInFlow = settings.deviceSignInFlow;
  p.adminConsentRequests = settings.adminConsentRequests;
  p.consentRequestExpiryDays = settings.consentRequestExpiryDays;
  p.riskPolicyForGuests = settings.riskPolicyForGuests ?? "none";
  // Decision 0085: what the guest's home tenant's Identity Protection says of the guest (a dismissed risk is none).
  const work = guestWorkAccount(state);
  if (work) work.userRisk = settings.guestUserRiskAtHome === "high" ? "high" : undefined;
  // Decision 0086: off is an admin takeover (DNS validation of the domain), on returns to the unmanaged state.
  for (const viral of state.tenants.filter((t) => t.selfServiceSignUp)) {
    viral.unmanaged = settings.guestHomeDirectoryUnmanaged ?? false;
    viral.verifiedDomains = viral.unmanaged ? [] : [viral.domain];
  }
  tenant.privacy = {
    statementUrl: settings.privacyStatementUrl || undefined,
    contactEmail: settings.privacyContact || undefined,
  };
  if (home) {
    p.inboundBlockedTenants = settings.crossTenantBlockFabrikam === "inbound" ? [home.id] : [];
    home.policies.outboundBlockedTenants = settings.crossTenantBlockFabrikam === "outbound" ? [tenant.id] : [];
    p.autoRedeemInbound = settings.autoRedeemWithFabrikam ? [home.id] : [];
    home.policies.autoRedeemOutbound = settings.autoRedeemWithFabrikam ? [tenant.id] : [];
    home.policies.showKeepSignedIn = settings.showKeepSignedInFabrikam;
  }
}
