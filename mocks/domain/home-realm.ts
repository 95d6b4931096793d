// The resource tenant's side of a guest's sign-in (addendum §11.1): an app signs the guest in at the resource
// tenant's authority, home realm discovery there hands the address over to the guest's own identity provider,
// and when that IdP vouches for the account the tenant finds who it is in its directory and issues the token.
import type { PopupIdp } from "../../src/api/contract";
import { authorityFor, CONSUMERS_TENANT_ID, domainOf, GOOGLE_SEGMENT, idpSegment, samlSegment } from "./accounts";
import { findTenant } from "./invitations";
import { discoverFor } from "./redemption/session";
import type { ExternalAccount, GuestUser, WorldState } from "./state";

/** Where the guest authenticates: the authority segment of the identity provider, and whose page that is. */
export interface HomeRealm {
  idp: PopupIdp;
  segment: string;
  idpName: string;
}

/** The world's account of that kind at an address (an address can be a work account and an MSA at once: D2). */
function accountOfKind(state: Readonly<WorldState>, kind: ExternalAccount["kind"], email: string): ExternalAccount | undefined {
  return state.accounts.find((a) => a.kind === kind && a.email === email);
}

/** The kind of account Entra's `domain_hint` names: `consumers` a personal Microsoft account, `organizations` a work account. */
export function accountKindOfDomainHint(domainHint: string | undefined): ExternalAccount["kind"] | undefined {
  if (domainHint === "consumers") return "msa";
  return domainHint === "organizations" ? "entra" : undefined;
}

/** The identity provider of a discovery path that signs in at a home IdP (the work account, MSA, Google and SAML paths). */
export function homeRealmOfPath(state: Readonly<WorldState>, path: string, email: string, tenantId: string): HomeRealm | undefined {
  switch (path as PopupIdp) {
    case "entra": {
      const home = accountOfKind(state, "entra", email);
      const homeTenant = home ? state.tenants.find((t) => t.id === idpSegment(home)) : undefined;
      return homeTenant ? { idp: "entra", segment: homeTenant.id, idpName: homeTenant.name } : undefined;
    }
    case "microsoft-account":
      return { idp: "microsoft-account", segment: CONSUMERS_TENANT_ID, idpName: "Microsoft" };
    case "google":
      return { idp: "google", segment: GOOGLE_SEGMENT, idpName: "Google" };
    case "saml": {
      const federation = findTenant(state, tenantId).policies.samlFederations.find((f) => f.domain === domainOf(email));
      return federation ? { idp: "saml", segment: samlSegment(federation.domain), idpName: federation.idpName } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The `domain_hint` a sign-in sends when the guest picked one of two accounts of the same address (D2, S15):
 * Entra's own values, `consumers` for the personal Microsoft account and `organizations` for the work account.
 */
export function domainHintFor(state: Readonly<WorldState>, path: string, email: string): string | undefined {
  if (!accountOfKind(state, "entra", email) || !accountOfKind(state, "msa", email)) return undefined;
  if (path === "microsoft-account") return "consumers";
  return path === "entra" ? "organizations" : undefined;
}

/** The guest object of tenant `tenantId` for an address, if it exists and is not deleted. */
function guestOf(state: Readonly<WorldState>, tenantId: string, email: string): GuestUser | undefined {
  return state.users.find((u) => u.tenantId === tenantId && u.mail === email && !u.deletedDateTime);
}

/**
 * Home realm discovery at the resource tenant (addendum §11.1 hop 2): the authority segment where `email`
 * authenticates. The tenant's own members stay there; a guest goes to the identity bound at redemption, or
 * before redemption to the one the redemption order finds (spec §3); any other address to whichever account
 * the world knows for it (the tenant then refuses it, AADSTS50020). Undefined: no identity provider knows it.
 */
export function homeRealmAt(state: Readonly<WorldState>, tenantId: string, email: string, domainHint?: string): string | undefined {
  const member = state.accounts.find((a) => a.kind === "entra" && a.email === email && a.tenantId === tenantId);
  if (member) return tenantId;
  const hintedKind = accountKindOfDomainHint(domainHint);
  const hinted = hintedKind && accountOfKind(state, hintedKind, email);
  if (hinted) return idpSegment(hinted);
  const guest = guestOf(state, tenantId, email);
  const bound = guest?.redeemedWith && state.accounts.find((a) => a.objectId === guest.redeemedWith?.objectId);
  if (bound) return idpSegment(bound);
  const invitation = guest && !guest.redeemedWith ? state.invitations.find((i) => i.invitedUserId === guest.id) : undefined;
  if (invitation) {
    const realm = homeRealmOfPath(state, discoverFor(state, invitation, "email-link").path, email, tenantId);
    if (realm) return realm.segment;
  }
  const known = accountOfKind(state, "entra", email) ?? accountOfKind(state, "msa", email);
  return known ? idpSegment(known) : undefined;
}

/** Who an account is in the tenant that issues its token: `guest` names the home identity provider (the `idp` claim). */
export interface Principal {
  tenantId: string;
  objectId: string;
  /** A B2B guest (or external member) of the tenant: `idp` is the identity provider that authenticated it. */
  guest?: { idp: string; userType: GuestUser["userType"] };
}

/**
 * Who `account` is at the authority `segment`: itself at its own identity provider; in a resource tenant, the
 * guest object bound to it at redemption, or the pending guest invited at its address (spec §4.9: only the
 * invited address redeems). Undefined: the tenant has no such user (AADSTS50020, also for a deleted guest).
 */
export function principalAt(state: Readonly<WorldState>, segment: string, account: ExternalAccount): Principal | undefined {
  if (idpSegment(account) === segment) return { tenantId: segment, objectId: account.objectId };
  if (!state.tenants.some((t) => t.id === segment)) return undefined;
  const guest = state.users.find(
    (u) =>
      u.tenantId === segment &&
      !u.deletedDateTime &&
      (u.redeemedWith
        ? u.redeemedWith.objectId === account.objectId
        : u.mail === account.email && u.externalUserState === "PendingAcceptance"),
  );
  return guest
    ? { tenantId: segment, objectId: guest.id, guest: { idp: idpClaimOf(state, account), userType: guest.userType } }
    : undefined;
}

/**
 * The `idp` claim of a guest's token (addendum §11.2): the home tenant's issuer for a work account, `live.com`
 * for a Microsoft account (as AADSTS50020 names it, §10.4), and (SIM-ASSUMPTION) `google.com` and the SAML
 * configuration's issuer, as the guest's `identities` record them.
 */
export function idpClaimOf(state: Readonly<WorldState>, account: ExternalAccount): string {
  switch (account.kind) {
    case "entra":
      return authorityFor(account.tenantId);
    case "msa":
      return "live.com";
    case "google":
      return "google.com";
    case "saml":
      return (
        state.tenants.flatMap((t) => t.policies.samlFederations).find((f) => f.domain === domainOf(account.email))?.issuer ??
        authorityFor(samlSegment(domainOf(account.email)))
      );
  }
}

/** The outside account an `idp` claim and address name (the inverse of idpClaimOf). */
export function accountOfIdpClaim(state: Readonly<WorldState>, idp: string, email: string): ExternalAccount | undefined {
  return state.accounts.find((a) => a.email === email && idpClaimOf(state, a) === idp);
}
