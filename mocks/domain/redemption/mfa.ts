// §5.3 MFA: registration (S24) and the challenge (S25) in the resource tenant, or the home tenant's with
// MFA trust; the simulated phone answers Authenticator requests and receives text messages.
import { codeLocked, limitAttempts, lockedUntil } from "../attempts";
import { DomainError, notFound } from "../errors";
import { findTenant, findUser, type WorldContext } from "../invitations";
import { checkSmsCode, createPush, normalizePhone, sendSms, SMS_CODE_LENGTH } from "../phone";
import { mfaInHomeTenant } from "../policies";
import type { GuestUser, RedemptionSession, Tenant, WorldState } from "../state";
import { advance } from "./order";
import { findSession, invitationOf, moveTo, requireAction } from "./session";

const SMS_CODES = { incorrect: "MfaCodeIncorrect", locked: "MfaCodeLocked", field: "code" };

/** §5.3 S24/S25: an Authenticator request to the simulated phone. */
export function startAuthenticatorPush(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/push");
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  const home = mfaInHomeTenant(tenant, session.signedInAs);
  if (session.step === "mfa-challenge" && !home && !user.mfaMethods.some((m) => m.kind === "authenticator")) {
    throw new DomainError("MfaMethodNotRegistered", 400, "No Authenticator app is registered.", { method: "authenticator" });
  }
  const organization = home ? (state.tenants.find((t) => t.id === session.signedInAs?.tenantId)?.name ?? tenant.name) : tenant.name;
  session.mfa = { ...(session.mfa ?? { satisfied: false, registering: false }), pushId: createPush(state, user.id, organization, ctx) };
  return moveTo(session, session.step, ctx);
}

/** §5.3 S24/S25: a text message with a code (the phone number only when registering). */
export function sendMfaSms(state: WorldState, sessionId: string, phone: string | undefined, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/sms");
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const registered = user.mfaMethods.find((m) => m.kind === "sms");
  const target = session.step === "mfa-register" ? phone : registered?.kind === "sms" ? registered.phone : undefined;
  if (!target) throw new DomainError("MfaMethodNotRegistered", 400, "No phone number is registered.", { method: "sms" });
  const locked = lockedUntil(state, "mfa-sms", invitation.invitedUserId, ctx.now);
  if (locked) throw codeLocked(SMS_CODES.locked, locked);
  const normalized = normalizePhone(target);
  const code = sendSms(state, normalized, findTenant(state, invitation.tenantId).name, ctx);
  session.mfa = {
    ...(session.mfa ?? { satisfied: false, registering: session.step === "mfa-register" }),
    smsPhone: normalized,
    smsCode: code,
    smsSentAt: ctx.now.toISOString(),
  };
  return moveTo(session, session.step, ctx);
}

/** §5.3 S24/S25: the texted code. */
export function verifyMfaSms(state: WorldState, sessionId: string, code: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/verify");
  const mfa = session.mfa;
  if (!mfa?.smsCode || !mfa.smsPhone) throw new DomainError("MfaCodeNotSent", 400, "Send a code first.", { field: "code" });
  const userId = invitationOf(state, session).invitedUserId;
  limitAttempts(state, "mfa-sms", userId, ctx.now, SMS_CODES, () => checkSmsCode(mfa.smsCode ?? "", mfa.smsSentAt ?? "", code, ctx.now));
  return mfaDone(state, session, { kind: "sms", phone: mfa.smsPhone }, ctx);
}

/** The simulated phone approved or denied an Authenticator notification. */
export function answerPush(state: WorldState, pushId: string, approve: boolean, ctx: WorldContext): void {
  const push = state.pushRequests.find((p) => p.id === pushId && p.status === "pending");
  if (!push) throw notFound("PushRequest", { pushId });
  push.status = approve ? "approved" : "denied";
  const session = state.sessions.find((s) => s.mfa?.pushId === pushId && (s.step === "mfa-register" || s.step === "mfa-challenge"));
  if (session && approve) mfaDone(state, session, { kind: "authenticator" }, ctx);
}

function mfaDone(
  state: WorldState,
  session: RedemptionSession,
  method: GuestUser["mfaMethods"][number],
  ctx: WorldContext,
): RedemptionSession {
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  // Registration happens in the resource tenant; with MFA trust the method lives in the home tenant.
  if (session.step === "mfa-register" && !mfaInHomeTenant(tenant, session.signedInAs)) {
    user.mfaMethods = [...user.mfaMethods.filter((m) => m.kind !== method.kind), method];
  }
  session.mfa = { satisfied: true, registering: false };
  return advance(state, session, ctx);
}

export function mfaView(state: Readonly<WorldState>, session: RedemptionSession, user: GuestUser, tenant: Tenant) {
  const home = mfaInHomeTenant(tenant, session.signedInAs);
  const push = state.pushRequests.find((p) => p.id === session.mfa?.pushId);
  const phone = session.mfa?.smsPhone;
  return {
    registering: session.step === "mfa-register",
    homeOrganization: home ? state.tenants.find((t) => t.id === session.signedInAs?.tenantId)?.name : undefined,
    methods: home ? (["authenticator"] as const).slice() : user.mfaMethods.map((m) => m.kind),
    push: push?.status === "pending" ? ("pending" as const) : push?.status === "denied" ? ("denied" as const) : ("none" as const),
    // Only the last digits, as Entra shows them.
    smsSentTo: phone ? `${"•".repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}` : undefined,
    codeLength: SMS_CODE_LENGTH,
  };
}
