// §5.1 S26 Review permissions: Accept redeems (once every later step is passed); Cancel redeems nothing.
import { findUser, type WorldContext } from "../invitations";
import type { RedemptionSession, WorldState } from "../state";
import { advance } from "./order";
import { findSession, invitationOf, moveTo, requireAction } from "./session";

/** §5.1 S26: Accept or Cancel on Review permissions (Cancel: spec GAP, docs/decisions). */
export function decideConsent(state: WorldState, sessionId: string, decision: "accept" | "cancel", ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  // A second tab that accepts after the first did sees the true state, and nothing is redeemed twice.
  if (session.step === "done") return session;
  if (session.step === "consent" && user.consentAcceptedAt && decision === "accept") return advance(state, session, ctx);
  requireAction(session, "consent");
  if (decision === "cancel") return moveTo(session, "consent-cancelled", ctx);
  user.consentAcceptedAt = ctx.now.toISOString();
  return advance(state, session, ctx);
}
