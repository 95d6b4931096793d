// Addendum §12.8 on the fake clock: from 1 September 2026 a guest whose only MFA method is the phone (SMS or
// voice, Microsoft-provided) meets the Microsoft-managed passkey registration campaign after the MFA
// challenge, with "Not now" (unlimited snoozes); from 1 February 2027 Microsoft's SMS and voice are retired,
// and the same guest meets a blocking passkey registration instead of the phone challenge
// (docs/decisions/0071).
import { TELEPHONY_DATES } from "../../../src/api/contract";
import { DomainError } from "../errors";
import { newId } from "../ids";
import { findTenant, findUser, type WorldContext } from "../invitations";
import type { GuestUser, RedemptionSession, WorldState } from "../state";
import { advance } from "./order";
import { findSession, invitationOf, requireAction } from "./session";

/** Addendum §12.8: the Microsoft-managed passkey registration campaign starts. */
export const PASSKEY_CAMPAIGN_FROM = new Date(TELEPHONY_DATES.campaign);
/** Addendum §12.8: Microsoft-provided SMS and voice retire. */
export const TELEPHONY_RETIRED_FROM = new Date(TELEPHONY_DATES.retired);
/**
 * "Not now" hides the campaign this many days: Graph's registration campaign default (snoozeDurationInDays,
 * 0–14). The Microsoft-managed campaign's own value is not documented (SIM-ASSUMPTION, decision 0071).
 */
export const PASSKEY_SNOOZE_DAYS = 1;

export type TelephonyPhase = "before" | "campaign" | "retired";

export function telephonyPhase(now: Date): TelephonyPhase {
  if (now >= TELEPHONY_RETIRED_FROM) return "retired";
  return now >= PASSKEY_CAMPAIGN_FROM ? "campaign" : "before";
}

/** The guest's only registered method is the phone (texts and calls alike). */
export function phoneOnly(user: GuestUser): boolean {
  const counted = user.mfaMethods.filter((m) => m.kind !== "passkey");
  return counted.length > 0 && counted.every((m) => m.kind === "sms");
}

export const hasPasskey = (user: GuestUser): boolean => user.mfaMethods.some((m) => m.kind === "passkey");

/** From 1 Feb 2027 a phone-only guest cannot do MFA by phone: the passkey registration blocks. */
export function passkeyBlocking(user: GuestUser, now: Date): boolean {
  return telephonyPhase(now) === "retired" && phoneOnly(user) && !hasPasskey(user);
}

/**
 * From 1 Feb 2027 a phone-only guest who registered a passkey signs in with it: the browser's own passkey
 * dialog, no Entra page (SIM-ASSUMPTION, decision 0071).
 */
export function signsInWithPasskey(user: GuestUser, now: Date): boolean {
  return telephonyPhase(now) === "retired" && phoneOnly(user) && hasPasskey(user);
}

/** After a phone challenge, between 1 Sep 2026 and 1 Feb 2027: the campaign, unless snoozed. */
export function passkeyCampaignDue(user: GuestUser, now: Date): boolean {
  if (telephonyPhase(now) !== "campaign" || !phoneOnly(user) || hasPasskey(user)) return false;
  return !user.passkeySnoozedUntil || now >= new Date(user.passkeySnoozedUntil);
}

/** S52: "Next" registers the passkey (on the simulated phone); "Not now" snoozes, unless it blocks. */
export function decidePasskey(state: WorldState, sessionId: string, decision: "register" | "snooze", ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "passkey");
  const user = findUser(state, invitationOf(state, session).invitedUserId);
  const blocking = passkeyBlocking(user, ctx.now);
  if (decision === "snooze") {
    if (blocking) throw new DomainError("PasskeyRequired", 400, "A passkey is required to sign in.", { currentStep: session.step });
    user.passkeySnoozedUntil = new Date(ctx.now.getTime() + PASSKEY_SNOOZE_DAYS * 86_400_000).toISOString();
    return advance(state, session, ctx);
  }
  user.mfaMethods.push({ kind: "passkey" });
  // The passkey lives on the guest's simulated phone (its account list shows it).
  const tenant = findTenant(state, invitationOf(state, session).tenantId);
  state.phoneAccounts.push({
    id: newId(),
    userId: user.id,
    kind: "passkey",
    organization: tenant.name,
    account: user.mail,
    addedAt: ctx.now.toISOString(),
  });
  // The blocking registration stands in for the phone challenge it replaces (SIM-ASSUMPTION, decision 0071).
  if (blocking) session.mfa = { satisfied: true, registering: true };
  return advance(state, session, ctx);
}

export function passkeyView(session: RedemptionSession, user: GuestUser, now: Date) {
  return session.step === "passkey-register" ? { blocking: passkeyBlocking(user, now) } : undefined;
}
