// Which identity provider vouches for an outside account, and what the guest's `identities` record then.
import { FAKE_AUTHORITY_HOST } from "../../src/api/endpoints";
import type { PopupIdp } from "../../src/api/contract";
import type { IdentityPath } from "./discovery";
import type { ExternalAccount, Tenant } from "./state";

/** The well-known tenant id of personal Microsoft accounts. */
export const CONSUMERS_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
export const GOOGLE_SEGMENT = "google";
const SAML_PREFIX = "saml-";

export const domainOf = (email: string): string => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

export const isGmail = (email: string): boolean => ["gmail.com", "googlemail.com"].includes(domainOf(email));

/** The authority path segment of an account's identity provider. */
export function idpSegment(account: ExternalAccount): string {
  switch (account.kind) {
    case "entra":
      return account.tenantId;
    case "msa":
      return CONSUMERS_TENANT_ID;
    case "google":
      return GOOGLE_SEGMENT;
    case "saml":
      return samlSegment(domainOf(account.email));
  }
}

export const samlSegment = (domain: string): string => `${SAML_PREFIX}${domain}`;
export const samlDomainOfSegment = (segment: string): string | undefined =>
  segment.startsWith(SAML_PREFIX) ? segment.slice(SAML_PREFIX.length) : undefined;

export function authorityFor(segment: string): string {
  return `https://${FAKE_AUTHORITY_HOST}/${segment}/v2.0`;
}

/** The discovery path an account signs in on: one of the paths that go to an identity provider's page. */
export function pathOfAccount(account: ExternalAccount): PopupIdp {
  return ({ entra: "entra", msa: "microsoft-account", google: "google", saml: "saml" } as const)[account.kind];
}

/** The `identities` issuer Graph shows after redemption (spec §1.3). */
export function identityIssuer(path: IdentityPath, tenant: Tenant, email: string): string {
  switch (path) {
    case "entra":
      return "ExternalAzureAD";
    case "microsoft-account":
    case "create-microsoft-account":
      return "MicrosoftAccount";
    case "google":
      return "google.com";
    case "email-otp":
      return "mail";
    case "saml":
      return tenant.policies.samlFederations.find((f) => f.domain === domainOf(email))?.issuer ?? "saml";
    default:
      return path;
  }
}
