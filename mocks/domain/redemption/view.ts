// What the SPA sees of a session (SessionView in src/api/contract.ts): only what the current step needs.
import type { SessionView } from "../../../src/api/contract";
import { authorityFor } from "../accounts";
import { domainHintFor, homeRealmOfPath } from "../home-realm";
import { findTenant, findUser, invitationView, type WorldContext } from "../invitations";
import { INVITATIONS_SENDER } from "../mail";
import { PASSCODE_LENGTH, PASSCODE_VALIDITY_MINUTES, passcodeStatus } from "../passcode";
import { SIGNUP_CODE_LENGTH } from "../signup";
import type { Invitation, RedemptionSession, WorldState } from "../state";
import { entraErrorOf, type ErrorApp } from "../entra-errors";
import { appConsentView } from "../admin-consent";
import { mfaView } from "./mfa";
import { passkeyView } from "./passkey";
import { dueAgreement } from "../terms-of-use";
import { discoveryInputOf, invitationOf, type Entry } from "./session";

/** The facts discovery decided on, for the explain panel (booleans and the order, as shown). */
function discoveryInputs(state: Readonly<WorldState>, invitation: Invitation, entry: Entry, ctx: WorldContext): Record<string, string> {
  const input = discoveryInputOf(state, invitation, entry, ctx);
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
    entraSessionForAnotherAccount: String(Boolean(input.entraSessionForAnotherAccount)),
    missingFromPartnerDirectory: String(Boolean(input.missingFromPartnerDirectory)),
    notSyncedToEntra: String(Boolean(input.notSyncedToEntra)),
  };
}

/** The authority the sign-in step sends the guest to (and whose tokens it accepts), if it is that step. */
export function signInAuthority(state: Readonly<WorldState>, session: RedemptionSession): string | undefined {
  return signInTarget(state, session) ? authorityFor(invitationOf(state, session).tenantId) : undefined;
}

/**
 * The guest's home identity provider, if the session is at the sign-in step. The app signs in at the resource
 * tenant's authority (addendum §11.1); the tenant hands the guest over to this IdP inside the popup.
 */
function signInTarget(state: Readonly<WorldState>, session: RedemptionSession) {
  if (session.step !== "sign-in") return undefined;
  const invitation = invitationOf(state, session);
  return homeRealmOfPath(state, session.path, invitation.invitedUserEmailAddress, invitation.tenantId);
}

/** `app`: the app registration the guest signs in to, named on Entra's error page. */
export function sessionView(state: Readonly<WorldState>, session: RedemptionSession, ctx: WorldContext, app: ErrorApp): SessionView {
  const invitation = invitationOf(state, session);
  const email = invitation.invitedUserEmailAddress;
  const account = session.signedInAs;
  const target = signInTarget(state, session);
  const passcode =
    session.step === "otp-send" || session.step === "otp-enter" ? passcodeStatus(state, invitation.tenantId, email, ctx.now) : undefined;
  const draft = session.step === "create-account" ? session.signup : undefined;
  const tenant = findTenant(state, invitation.tenantId);
  const user = findUser(state, invitation.invitedUserId);
  const terms = session.step === "terms" ? dueAgreement(tenant, user, ctx.now) : undefined;
  return {
    id: session.id,
    step: session.step,
    entry: session.entry,
    invitation: invitationView(state, invitation),
    discovery: { path: session.path, rule: session.rule, inputs: discoveryInputs(state, invitation, session.entry, ctx) },
    history: session.history,
    signIn: target
      ? {
          authority: authorityFor(invitation.tenantId),
          loginHint: email,
          domainHint: domainHintFor(state, session.path, email),
          // After a wrong account, or "Use a different account" on More information required: pick an account.
          prompt:
            session.history.includes("wrong-account") ||
            session.history.includes("mfa-interrupt") ||
            session.history.includes("app-consent")
              ? ("select_account" as const)
              : undefined,
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
    terms: terms
      ? { id: terms.id, displayName: terms.displayName, documents: terms.documents, requireExpand: terms.requireExpand }
      : undefined,
    passkey: passkeyView(session, user, ctx.now),
    mfa: session.step === "mfa-register" || session.step === "mfa-challenge" ? mfaView(state, session, user, tenant, ctx) : undefined,
    blocked: session.step === "blocked" ? session.blocked : undefined,
    entraError: entraErrorOf(session, tenant, email, app),
    signedInAs: account ? { email: account.email, displayName: account.displayName, identityProvider: account.issuer } : undefined,
    sharedData:
      account && session.step === "consent"
        ? { name: account.displayName, email: account.email, objectId: account.objectId, tenantId: account.tenantId }
        : undefined,
    appConsent: appConsentView(state, session, ctx.now),
    redirectUrl: session.step === "done" ? invitation.inviteRedirectUrl : undefined,
  };
}
