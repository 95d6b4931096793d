// What the SPA sees of a session (SessionView in src/api/contract.ts): only what the current step needs.
import type { PopupIdp, SessionView } from "../../../src/api/contract";
import { authorityFor, CONSUMERS_TENANT_ID, domainOf, GOOGLE_SEGMENT, idpSegment, samlSegment } from "../accounts";
import { findTenant, findUser, invitationView, type WorldContext } from "../invitations";
import { INVITATIONS_SENDER } from "../mail";
import { PASSCODE_LENGTH, PASSCODE_VALIDITY_MINUTES, passcodeStatus } from "../passcode";
import { SIGNUP_CODE_LENGTH } from "../signup";
import type { Invitation, RedemptionSession, WorldState } from "../state";
import { mfaView } from "./mfa";
import { discoveryInputOf, invitationOf, type Entry } from "./session";

/** The facts discovery decided on, for the explain panel (booleans and the order, as shown). */
function discoveryInputs(state: Readonly<WorldState>, invitation: Invitation, entry: Entry): Record<string, string> {
  const input = discoveryInputOf(state, invitation, entry);
  return {
    entry: input.entry,
    redeemedWith: input.redeemedWith ?? "",
    hasManagedEntraAccount: String(input.hasManagedEntraAccount),
    hasMicrosoftAccount: String(input.hasMicrosoftAccount),
    samlFederation: input.samlFederation ? (input.samlFederation.verified ? "verified" : "unverified") : "false",
    googleFederation: String(input.googleFederation),
    emailOtpEnabled: String(input.emailOtpEnabled),
    primaryOrder: input.primaryOrder.join(" → "),
    msaFallbackEnabled: String(input.msaFallbackEnabled),
    domainBlocked: String(Boolean(input.domainBlocked)),
  };
}

/** Where the popup goes for a path, and whose page the guest will see there. */
function popupTarget(state: Readonly<WorldState>, path: string, email: string, tenantId: string) {
  const tenant = findTenant(state, tenantId);
  switch (path as PopupIdp) {
    case "entra": {
      const home = state.accounts.find((a) => a.kind === "entra" && a.email === email);
      const homeTenant = home ? state.tenants.find((t) => t.id === idpSegment(home)) : undefined;
      return homeTenant ? { idp: "entra" as const, segment: homeTenant.id, idpName: homeTenant.name } : undefined;
    }
    case "microsoft-account":
      return { idp: "microsoft-account" as const, segment: CONSUMERS_TENANT_ID, idpName: "Microsoft" };
    case "google":
      return { idp: "google" as const, segment: GOOGLE_SEGMENT, idpName: "Google" };
    case "saml": {
      const federation = tenant.policies.samlFederations.find((f) => f.domain === domainOf(email));
      return federation ? { idp: "saml" as const, segment: samlSegment(federation.domain), idpName: federation.idpName } : undefined;
    }
    default:
      return undefined;
  }
}

/** The authority the sign-in step sends the guest to (and whose tokens it accepts), if it is that step. */
export function signInAuthority(state: Readonly<WorldState>, session: RedemptionSession): string | undefined {
  const target = signInTarget(state, session);
  return target ? authorityFor(target.segment) : undefined;
}

/** The identity provider the sign-in step sends the guest to, if the session is at that step. */
function signInTarget(state: Readonly<WorldState>, session: RedemptionSession) {
  if (session.step !== "sign-in") return undefined;
  const invitation = invitationOf(state, session);
  return popupTarget(state, session.path, invitation.invitedUserEmailAddress, invitation.tenantId);
}

export function sessionView(state: Readonly<WorldState>, session: RedemptionSession, ctx: WorldContext): SessionView {
  const invitation = invitationOf(state, session);
  const email = invitation.invitedUserEmailAddress;
  const account = session.signedInAs;
  const target = signInTarget(state, session);
  const passcode =
    session.step === "otp-send" || session.step === "otp-enter" ? passcodeStatus(state, invitation.tenantId, email, ctx.now) : undefined;
  const draft = session.step === "create-account" ? session.signup : undefined;
  const tenant = findTenant(state, invitation.tenantId);
  const user = findUser(state, invitation.invitedUserId);
  return {
    id: session.id,
    step: session.step,
    entry: session.entry,
    invitation: invitationView(state, invitation),
    discovery: { path: session.path, rule: session.rule, inputs: discoveryInputs(state, invitation, session.entry) },
    history: session.history,
    signIn: target
      ? {
          authority: authorityFor(target.segment),
          loginHint: email,
          nonce: session.signInNonce ?? "",
          idp: target.idp,
          idpName: target.idpName,
        }
      : undefined,
    passcode: passcode
      ? {
          sentTo: email,
          sender: INVITATIONS_SENDER,
          codeLength: PASSCODE_LENGTH,
          validityMinutes: PASSCODE_VALIDITY_MINUTES,
          ...passcode,
        }
      : undefined,
    signup: draft
      ? {
          step: draft.step,
          email,
          codeLength: SIGNUP_CODE_LENGTH,
          firstName: draft.firstName,
          lastName: draft.lastName,
          country: draft.country,
          birthDate: draft.birthDate,
        }
      : undefined,
    terms: session.step === "terms" && tenant.policies.termsOfUse ? tenant.policies.termsOfUse : undefined,
    mfa: session.step === "mfa-register" || session.step === "mfa-challenge" ? mfaView(state, session, user, tenant) : undefined,
    blocked: session.step === "blocked" ? session.blocked : undefined,
    boundTo:
      session.step === "redeemed-by-other-identity" && user.redeemedWith
        ? { email: user.redeemedWith.email, identityProvider: user.redeemedWith.issuer }
        : undefined,
    signedInAs: account ? { email: account.email, displayName: account.displayName, identityProvider: account.issuer } : undefined,
    sharedData:
      account && session.step === "consent"
        ? { name: account.displayName, email: account.email, objectId: account.objectId, tenantId: account.tenantId }
        : undefined,
    redirectUrl: session.step === "done" ? invitation.inviteRedirectUrl : undefined,
  };
}
