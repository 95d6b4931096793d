// §4.9 Sign-in: an identity provider vouched for an account; it binds only to the invited identity.
// D2: the account-type chooser.
import { steps } from "../../../src/api/flow";
import { invalidIdToken } from "../errors";
import { findTenant, findUser, type WorldContext } from "../invitations";
import { accessBlock } from "../policies";
import { newSignupDraft } from "../signup";
import type { RedemptionSession, SignedInAccount, WorldState } from "../state";
import { advance } from "./order";
import { discoverFor, findSession, firstStep, invitationOf, moveTo, requireAction } from "./session";
import { signInAuthority } from "./view";

/** An id token whose signature and claims the backend has verified: whom it names, the nonce it carries. */
export interface VerifiedIdToken {
  /** The identity that authenticated (its home identity provider). */
  account: SignedInAccount;
  /** Who issued the token: the resource tenant's authority for a guest (addendum §11.2). */
  issuer: string;
  nonce: string | undefined;
}

/**
 * An identity provider vouched for `account`. Spec §4.9 SIM-ASSUMPTION: an invitation binds only to the
 * invited address, and after redemption only to the identity bound then; anything else is AADSTS50020.
 */
export function completeSignIn(state: WorldState, sessionId: string, account: SignedInAccount, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  // Reached from the sign-in action, a verified passcode, a created account or a returning passcode guest.
  if (steps[session.step].group !== "identity") requireAction(session, "sign-in");
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  session.signedInAs = account;
  session.mfa = undefined;
  // Another address, or (decision 0006) another identity of the invited address than the one bound at
  // redemption — e.g. a home account deleted and re-created: AADSTS50020, which only a reset of the redemption fixes.
  if (account.email !== invitation.invitedUserEmailAddress || (user.redeemedWith && user.redeemedWith.objectId !== account.objectId)) {
    return moveTo(session, "wrong-account", ctx);
  }
  const tenant = findTenant(state, invitation.tenantId);
  const block = accessBlock(state, tenant, user, account, invitation.inviteRedirectUrl);
  if (block) {
    session.blocked = block;
    return moveTo(session, "blocked", ctx);
  }
  return advance(state, session, ctx);
}

/**
 * §4.9 The sign-in action: the id token of the guest's identity provider, its signature and claims
 * verified by the caller. It counts only for this session's sign-in step (OAuth 2.0 Security BCP §4.5.3):
 * minted with the nonce the step asked for (once), at the authority the step named.
 */
export function signIn(state: WorldState, sessionId: string, token: VerifiedIdToken, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "sign-in");
  if (!session.signInNonce || token.nonce !== session.signInNonce) {
    throw invalidIdToken("The token was not minted for this sign-in (its nonce does not match).");
  }
  const named = signInAuthority(state, session);
  if (token.issuer !== named) throw invalidIdToken(`The token was issued by ${token.issuer}, not by ${named ?? "no authority"}.`);
  session.signInNonce = undefined;
  return completeSignIn(state, sessionId, token.account, ctx);
}

/** "Sign in with a different account", or "sign in and review again" after Cancel. */
export function restartSignIn(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "restart-sign-in");
  session.signedInAs = undefined;
  session.mfa = undefined;
  const invitation = invitationOf(state, session);
  const discovery = discoverFor(state, invitation, session.entry, ctx);
  session.path = discovery.path;
  session.rule = discovery.rule;
  session.signup = discovery.path === "create-microsoft-account" ? newSignupDraft() : undefined;
  return moveTo(session, firstStep(discovery.path), ctx);
}

/** §3.2 D2 S15: the guest picks the work account or the personal Microsoft account. */
export function chooseAccount(
  state: WorldState,
  sessionId: string,
  account: "entra" | "microsoft-account",
  ctx: WorldContext,
): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "choose");
  session.path = account;
  return moveTo(session, "sign-in", ctx);
}
