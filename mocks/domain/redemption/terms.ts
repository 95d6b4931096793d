// §5.2 S27/S28 Terms of use: opened before Accept where the tenant requires it; Decline blocks.
import { DomainError } from "../errors";
import { findTenant, findUser, type WorldContext } from "../invitations";
import type { RedemptionSession, WorldState } from "../state";
import { advance } from "./order";
import { findSession, invitationOf, moveTo, requireAction } from "./session";

/** §5.2 S27/S28: Accept (after opening the terms, where required) or Decline. */
export function decideTerms(
  state: WorldState,
  sessionId: string,
  decision: "accept" | "decline",
  expanded: boolean,
  ctx: WorldContext,
): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "terms");
  const invitation = invitationOf(state, session);
  const terms = findTenant(state, invitation.tenantId).policies.termsOfUse;
  if (decision === "decline") {
    findUser(state, invitation.invitedUserId).termsDeclinedAt = ctx.now.toISOString();
    return moveTo(session, "terms-declined", ctx);
  }
  if (terms?.requireExpand && !expanded) {
    throw new DomainError("TermsNotExpanded", 400, "Open the terms of use before accepting them.");
  }
  findUser(state, invitation.invitedUserId).termsAcceptedAt = ctx.now.toISOString();
  return advance(state, session, ctx);
}
