// @vitest-environment node
// Spec §3.2, decision table D1–D16, one named case each (the world feeds D12–D16's inputs once the
// policies issue models block lists, cross-tenant access and directory sync).
import { describe, expect, it } from "vitest";
import { DEFAULT_PRIMARY_ORDER, discoverIdentityProvider, type DiscoveryInput } from "../../mocks/domain/discovery";

const nothing: DiscoveryInput = {
  entry: "email-link",
  hasManagedEntraAccount: false,
  hasMicrosoftAccount: false,
  googleFederation: false,
  emailOtpEnabled: true,
  primaryOrder: DEFAULT_PRIMARY_ORDER,
  msaFallbackEnabled: true,
};

describe("identity-provider discovery", () => {
  it.each<[string, Partial<DiscoveryInput>, string, string]>([
    [
      "D1 redeemed before: the recorded IdP, whatever changed",
      { redeemedWith: "email-otp", hasManagedEntraAccount: true },
      "email-otp",
      "D1",
    ],
    ["D2 work account and MSA with the same address", { hasManagedEntraAccount: true, hasMicrosoftAccount: true }, "account-chooser", "D2"],
    [
      "D2 even with the MSA fallback disabled",
      { hasManagedEntraAccount: true, hasMicrosoftAccount: true, msaFallbackEnabled: false },
      "account-chooser",
      "D2",
    ],
    ["D3 managed work account", { hasManagedEntraAccount: true }, "entra", "D3"],
    [
      "D3 Entra stays first for a verified SAML domain by default",
      { hasManagedEntraAccount: true, samlFederation: { verified: true } },
      "entra",
      "D3",
    ],
    [
      "D4 SAML moved above Entra",
      {
        hasManagedEntraAccount: true,
        samlFederation: { verified: true },
        primaryOrder: ["externalFederation", "azureActiveDirectory", "socialIdentityProviders"],
      },
      "saml",
      "D4",
    ],
    ["D5 SAML/WS-Fed domain", { samlFederation: { verified: false } }, "saml", "D5"],
    ["D6 Gmail with Google federation", { googleFederation: true }, "google", "D6"],
    ["D6 SAML wins over Google", { googleFederation: true, samlFederation: { verified: false } }, "saml", "D5"],
    ["D7 existing personal Microsoft account", { hasMicrosoftAccount: true }, "microsoft-account", "D7"],
    ["D8 nothing found, OTP on", {}, "email-otp", "D8"],
    ["D9 nothing found, OTP off, e-mail link", { emailOtpEnabled: false }, "create-microsoft-account", "D9"],
    ["D10 nothing found, OTP off, direct link", { emailOtpEnabled: false, entry: "direct-link" }, "no-identity-provider", "D10"],
    ["D11 MSA fallback off: an MSA holder gets OTP", { hasMicrosoftAccount: true, msaFallbackEnabled: false }, "email-otp", "D11"],
    [
      "D11 MSA fallback off and OTP off: nothing to fall back to",
      { msaFallbackEnabled: false, emailOtpEnabled: false },
      "no-identity-provider",
      "D11",
    ],
    ["D12 domain blocked while pending", { domainBlocked: true, hasManagedEntraAccount: true }, "blocked-domain", "D12"],
    ["D12 does not touch a guest who already redeemed", { domainBlocked: true, redeemedWith: "entra" }, "entra", "D1"],
    [
      "D13 cross-tenant access blocks a work account",
      { hasManagedEntraAccount: true, crossTenantBlock: "outbound" },
      "cross-tenant-blocked",
      "D13",
    ],
    ["D13 does not apply to a passcode guest", { crossTenantBlock: "inbound" }, "email-otp", "D8"],
    ["D14 Entra session for another account before a passcode", { entraSessionForAnotherAccount: true }, "email-otp", "D14"],
    [
      "D15 SAML domain, user not in the partner directory",
      { samlFederation: { verified: false }, missingFromPartnerDirectory: true },
      "email-otp",
      "D15",
    ],
    ["D16 federated Entra domain, user not synced", { notSyncedToEntra: true }, "no-identity-provider", "D16"],
  ])("§3.2 %s", (_name, overrides, path, rule) => {
    expect(discoverIdentityProvider({ ...nothing, ...overrides })).toEqual({ path, rule });
  });
});
