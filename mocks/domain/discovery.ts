// Identity-provider discovery (spec §3): one pure function from the facts Entra knows to the path the
// guest takes, and the rule that fired so the explain panel can say why.
export type IdentityPath =
  | "entra" // P1: managed work or school account in its home tenant
  | "account-chooser" // D2: both a work account and a personal Microsoft account
  | "saml" // P2: SAML/WS-Fed partner IdP
  | "google" // P3: Google federation
  | "microsoft-account" // P4: existing personal Microsoft account
  | "email-otp" // P5: email one-time passcode
  | "create-microsoft-account" // P6: create an MSA with the invited address
  | "no-identity-provider" // P7: direct link, nothing usable, OTP off (also D16: not synced yet)
  | "blocked-domain" // D12: the domain was put on the block list while the invitation was pending
  | "cross-tenant-blocked" // D13: cross-tenant access settings block the guest
  | "redemption-method-off"; // D1: the way the guest redeemed was switched off since (until the admin resets it)

export type DiscoveryRule =
  "D1" | "D2" | "D3" | "D4" | "D5" | "D6" | "D7" | "D8" | "D9" | "D10" | "D11" | "D12" | "D13" | "D14" | "D15" | "D16";

export type PrimaryProvider = "azureActiveDirectory" | "externalFederation" | "socialIdentityProviders";

export interface DiscoveryInput {
  entry: "email-link" | "direct-link";
  /** The path recorded at redemption, when the guest has redeemed before. */
  redeemedWith?: IdentityPath;
  hasManagedEntraAccount: boolean;
  hasMicrosoftAccount: boolean;
  /** SAML/WS-Fed configured for the e-mail's domain; `verified` when the domain is Entra-verified. */
  samlFederation?: { verified: boolean };
  /** Google federation configured and the address is gmail.com / googlemail.com. */
  googleFederation: boolean;
  emailOtpEnabled: boolean;
  primaryOrder: readonly PrimaryProvider[];
  /** Redemption order fallback: may a personal Microsoft account be used or created? (default yes) */
  msaFallbackEnabled: boolean;
  /** D12: the guest's domain is on the collaboration block list (or off the allow list). */
  domainBlocked?: boolean;
  /** D13: cross-tenant access blocks this guest (home tenant outbound, or resource tenant inbound). */
  crossTenantBlock?: "outbound" | "inbound";
  /** D14: the browser has an Entra single sign-on session for another account. */
  entraSessionForAnotherAccount?: boolean;
  /** D15: the domain is SAML-federated, but this user is not in the partner's synced directory. */
  missingFromPartnerDirectory?: boolean;
  /** D16: the address is in a federated Entra domain, but the user is not synced to Entra yet. */
  notSyncedToEntra?: boolean;
}

export interface Discovery {
  path: IdentityPath;
  rule: DiscoveryRule;
}

export const DEFAULT_PRIMARY_ORDER: readonly PrimaryProvider[] = ["azureActiveDirectory", "externalFederation", "socialIdentityProviders"];

export function discoverIdentityProvider(input: DiscoveryInput): Discovery {
  if (input.redeemedWith) {
    // Spec §4.2, §4.3, §4.5: passcodes, Google or the SAML federation switched off after a guest redeemed with
    // it lock that guest out until the admin resets the redemption status.
    return { path: stillOffered(input.redeemedWith, input) ? input.redeemedWith : "redemption-method-off", rule: "D1" };
  }
  // The block list does not affect guests who already redeemed (spec §8), so D12 comes after D1.
  if (input.domainBlocked) return { path: "blocked-domain", rule: "D12" };
  if (input.notSyncedToEntra) return { path: "no-identity-provider", rule: "D16" };
  const found = discoverPath(input);
  // D13: cross-tenant access settings apply to guests whose home is another Entra tenant.
  if (input.crossTenantBlock && found.path === "entra") return { path: "cross-tenant-blocked", rule: "D13" };
  // D14: the intended passcode needs "Use another account" first when an Entra SSO session is present.
  if (found.path === "email-otp" && input.entraSessionForAnotherAccount) return { path: "email-otp", rule: "D14" };
  return found;
}

/** Whether the resource tenant still offers the identity provider a guest redeemed with. */
function stillOffered(path: IdentityPath, input: DiscoveryInput): boolean {
  if (path === "email-otp") return input.emailOtpEnabled;
  if (path === "google") return input.googleFederation;
  if (path === "saml") return input.samlFederation !== undefined;
  return true;
}

function discoverPath(input: DiscoveryInput): Discovery {
  // D2: the chooser is shown even when MSA fallback is disabled (documented limitation).
  if (input.hasManagedEntraAccount && input.hasMicrosoftAccount) return { path: "account-chooser", rule: "D2" };

  for (const provider of input.primaryOrder) {
    if (provider === "azureActiveDirectory" && input.hasManagedEntraAccount) return { path: "entra", rule: "D3" };
    // D15: federation cannot vouch for a user its directory does not have; the fallbacks decide.
    if (provider === "externalFederation" && input.samlFederation && !input.missingFromPartnerDirectory) {
      // A SAML IdP for an Entra-verified domain only wins when moved above Entra (D4); otherwise D5.
      return { path: "saml", rule: input.hasManagedEntraAccount ? "D4" : "D5" };
    }
    if (provider === "socialIdentityProviders" && input.googleFederation && !input.hasManagedEntraAccount) {
      return { path: "google", rule: "D6" };
    }
  }
  // An Entra account listed after federation in a custom order still wins before the fallbacks.
  if (input.hasManagedEntraAccount) return { path: "entra", rule: "D3" };

  // D11: with the MSA fallback disabled (preview), the fallback is the one-time passcode only.
  if (input.hasMicrosoftAccount && input.msaFallbackEnabled) return { path: "microsoft-account", rule: "D7" };
  if (input.emailOtpEnabled) {
    if (input.samlFederation && input.missingFromPartnerDirectory) return { path: "email-otp", rule: "D15" };
    return { path: "email-otp", rule: input.msaFallbackEnabled ? "D8" : "D11" };
  }
  if (!input.msaFallbackEnabled) return { path: "no-identity-provider", rule: "D11" };
  if (input.entry === "email-link") return { path: "create-microsoft-account", rule: "D9" };
  return { path: "no-identity-provider", rule: "D10" };
}
