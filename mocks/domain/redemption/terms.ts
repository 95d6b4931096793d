// §5.2 S27/S28 Terms of use: opened before Accept where the tenant requires it; Decline blocks. With several
// agreements the guest meets them one at a time, in the tenant's order (docs/decisions/0091).
import { DomainError } from "../errors";
import { findTenant, findUser, type WorldContext } from "../invitations";
import type { RedemptionSession, WorldState } from "../state";
import { dueAgreement, recordDecision } from "../terms-of-use";
import { advance } from "./order";
import { findSession, invitationOf, moveTo, requireAction } from "./session";

/** §5.2 S27/S28: Accept (after opening the terms, where required) or Decline the agreement on the page. */
export function decideTerms(
  state: WorldState,
  sessionId: string,
  decision: "accept" | "decline",
  expanded: boolean,
  ctx: WorldContext,
  shownId?: string,
): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "terms");
  const invitation = invitationOf(state, session);
  const tenant = findTenant(state, invitation.tenantId);
  const user = findUser(state, invitation.invitedUserId);
  const terms = dueAgreement(tenant, user, ctx.now);
  // The page answered is not the agreement due now (changed or deleted meanwhile): show the current one.
  if (terms && shownId !== undefined && shownId !== terms.id) {
    throw new DomainError("StepConflict", 409, "These terms of use are no longer the ones to accept.", { currentStep: session.step });
  }
  if (!terms) return advance(state, session, ctx);
  if (decision === "decline") {
    recordDecision(user, tenant, terms.id, "decline", ctx.now.toISOString());
    return moveTo(session, "terms-declined", ctx);
  }
  if (terms.requireExpand && !expanded) {
    throw new DomainError("TermsNotExpanded", 400, "Open the terms of use before accepting them.");
  }
  recordDecision(user, tenant, terms.id, "accept", ctx.now.toISOString());
  return advance(state, session, ctx);
}
