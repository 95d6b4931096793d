// §4.5 P5 Email one-time passcode: Send code, then Enter code.
import type { WorldContext } from "../invitations";
import { findUser } from "../invitations";
import { sendCodeMail } from "../mail";
import { issuePasscode, verifyPasscode } from "../passcode";
import type { Invitation, RedemptionSession, SignedInAccount, WorldState } from "../state";
import { findSession, invitationOf, moveTo, requireAction } from "./session";
import { completeSignIn } from "./sign-in";

export function passcodeAccount(state: Readonly<WorldState>, invitation: Invitation): SignedInAccount {
  const user = findUser(state, invitation.invitedUserId);
  return {
    email: invitation.invitedUserEmailAddress,
    displayName: user.displayName,
    objectId: user.redeemedWith?.objectId ?? user.id,
    tenantId: invitation.tenantId,
    issuer: "mail",
    path: "email-otp",
  };
}

/** §4.5 S22: a new code by e-mail (also "Send a new code" on S23). */
export function sendPasscode(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "passcode/send");
  const invitation = invitationOf(state, session);
  const code = issuePasscode(state, invitation.tenantId, invitation.invitedUserEmailAddress, ctx.now);
  sendCodeMail(state, invitation, "passcode", code, ctx);
  return moveTo(session, "otp-enter", ctx);
}

/** §4.5 S23: the code proves the invited address. */
export function enterPasscode(state: WorldState, sessionId: string, code: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "passcode/verify");
  const invitation = invitationOf(state, session);
  verifyPasscode(state, invitation.tenantId, invitation.invitedUserEmailAddress, code, ctx);
  return completeSignIn(state, session.id, passcodeAccount(state, invitation), ctx);
}
