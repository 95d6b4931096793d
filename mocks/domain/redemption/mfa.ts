// §5.3 and addendum §12 MFA in the resource tenant, or the home tenant's with MFA trust:
// "More information required" (S50), then "Keep your account secure" (S51: Microsoft Authenticator with a QR
// code and a test notification, another authenticator app with TOTP, or the phone), and on later sign-ins the
// challenge (S44 Approve sign in request with number matching, S45 the other methods, S46 a code, S49 no answer).
import { brandingOf } from "../branding";
import { codeLocked, limitAttempts, lockedUntil } from "../attempts";
import { DomainError, notFound } from "../errors";
import { findTenant, findUser, type WorldContext } from "../invitations";
import {
  activationPayload,
  activationUrl,
  checkSmsCode,
  checkTotp,
  checkTelecomLimit,
  createPush,
  newActivationCode,
  newTotpSecret,
  normalizePhone,
  placeCall,
  pushTimedOut,
  sendSms,
  SMS_CODE_LENGTH,
  SMS_CODE_WRONG_TRIES,
  TOTP_DIGITS,
} from "../phone";
import { mfaInHomeTenant, riskRequiresMfa } from "../policies";
import type { GuestUser, RedemptionSession, Tenant, WorldState } from "../state";
import type { MfaChallengeMethod, MfaWizardPage } from "../../../src/api/flow";
import { advance } from "./order";
import { findSession, invitationOf, moveTo, requireAction } from "./session";

const SMS_CODES = { incorrect: "MfaCodeIncorrect", locked: "MfaCodeLocked", field: "code" };
const APP_CODES = { incorrect: "AppCodeIncorrect", locked: "MfaCodeLocked", field: "code" };

/** The application the guest signs in to: the notification's additional context (S48). */
const SIGNED_IN_APP = "My Apps";

type Mfa = NonNullable<RedemptionSession["mfa"]>;
/** The methods that count for MFA in the resource tenant: a passkey does not (addendum §12.8). */
type Kind = Exclude<GuestUser["mfaMethods"][number]["kind"], "passkey">;
const challengeKinds = (user: GuestUser): Kind[] => user.mfaMethods.flatMap((m) => (m.kind === "passkey" ? [] : [m.kind]));

/**
 * Where each wizard page may go with "Next", "Back" or a link (addendum §12.3). A move not listed is a
 * 409 StepConflict. Pages reached by an action of their own (a test notification approved, a code
 * verified) are not listed as targets of the page before.
 */
const WIZARD_MOVES: Record<MfaWizardPage, readonly MfaWizardPage[]> = {
  "authenticator-start": ["authenticator-setup", "totp-start", "choose-method"],
  "authenticator-setup": ["authenticator-start", "authenticator-qr"],
  "authenticator-qr": ["authenticator-setup", "authenticator-test"],
  "authenticator-test": ["authenticator-qr", "authenticator-test"],
  "authenticator-approved": ["success"],
  "totp-start": ["authenticator-start", "totp-qr", "choose-method"],
  "totp-qr": ["totp-start", "totp-code"],
  "totp-code": ["totp-qr"],
  "choose-method": ["authenticator-start", "phone", "totp-start"],
  phone: ["choose-method"],
  "phone-code": ["phone"],
  "phone-call": ["phone"],
  "phone-verified": ["success"],
  success: [],
};

function context(state: WorldState, session: RedemptionSession) {
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  const home = mfaInHomeTenant(tenant, session.signedInAs);
  const organization = home ? (state.tenants.find((t) => t.id === session.signedInAs?.tenantId)?.name ?? tenant.name) : tenant.name;
  return { invitation, user, tenant, home, organization };
}

function mfaOf(session: RedemptionSession): Mfa {
  session.mfa ??= { satisfied: false, registering: session.step !== "mfa-challenge" };
  return session.mfa;
}

/** §12.7 system-preferred order over the methods registered in T (SIM-ASSUMPTION): push, TOTP, then phone. */
const PREFERRED: readonly Kind[] = ["authenticator", "totp", "sms"];
export function preferredMethod(methods: readonly Kind[]): MfaChallengeMethod {
  return PREFERRED.find((kind) => methods.includes(kind)) ?? "picker";
}

/** Called when the flow reaches MFA: the interrupt for a guest with nothing registered, else the challenge. */
export function enterMfa(state: WorldState, session: RedemptionSession, ctx: WorldContext): RedemptionSession {
  const { user, tenant, home, organization } = context(state, session);
  const registered = user.mfaMethods.length > 0 || home;
  // Decision 0085: a risk-based policy asks for MFA, and the guest has nothing registered here to remediate
  // with; Entra doesn't let the risky sign-in register (spec §5.3, addendum §12.2: AADSTS53004).
  if (!registered && riskRequiresMfa(state, tenant, session.signedInAs)) {
    session.blocked = { code: "AADSTS53004", details: { organization: tenant.name } };
    return moveTo(session, "blocked", ctx);
  }
  if (!registered) {
    session.mfa = { satisfied: false, registering: true };
    return moveTo(session, "mfa-interrupt", ctx);
  }
  const method = home ? "authenticator" : preferredMethod(challengeKinds(user));
  session.mfa = { satisfied: false, registering: false, challenge: method };
  // The page with the number comes with its notification already sent (S44); a code page with its text.
  if (method === "authenticator") {
    session.mfa.pushId = createPush(state, { userId: user.id, organization, purpose: "sign-in", app: SIGNED_IN_APP }, ctx);
  }
  if (method === "sms") textRegisteredPhone(state, session, ctx);
  return moveTo(session, "mfa-challenge", ctx);
}

/** §12.2 S50 Next: the wizard opens on its first page. */
export function proofUp(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/proof-up");
  session.mfa = { satisfied: false, registering: true, page: "authenticator-start" };
  return moveTo(session, "mfa-register", ctx);
}

/** §12.3 S51: Next, Back and the links between the wizard's pages. */
export function moveInWizard(state: WorldState, sessionId: string, page: MfaWizardPage, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/wizard");
  const mfa = mfaOf(session);
  const from = mfa.page ?? "authenticator-start";
  if (!WIZARD_MOVES[from].includes(page)) {
    throw new DomainError("StepConflict", 409, `The wizard cannot go from ${from} to ${page}.`, { currentStep: session.step, page: from });
  }
  const { user, organization } = context(state, session);
  if (page === "authenticator-qr" && mfa.activation?.kind !== "authenticator") {
    mfa.activation = { kind: "authenticator", code: newActivationCode(), scanned: false };
  }
  if (page === "totp-qr" && mfa.activation?.kind !== "totp") mfa.activation = { kind: "totp", code: newTotpSecret(), scanned: false };
  if (page === "authenticator-test") {
    // W3 → W4: the app must hold the account before it can get the test notification.
    if (mfa.activation?.kind !== "authenticator" || !mfa.activation.scanned) {
      throw new DomainError("AuthenticatorNotActivated", 400, "Scan the QR code with the app first.", { field: "qr" });
    }
    mfa.pushId = createPush(state, { userId: user.id, organization, purpose: "registration" }, ctx);
  }
  if (page === "totp-code" && (mfa.activation?.kind !== "totp" || !mfa.activation.scanned)) {
    throw new DomainError("AuthenticatorNotActivated", 400, "Scan the QR code with the app first.", { field: "qr" });
  }
  mfa.page = page;
  return moveTo(session, session.step, ctx);
}

/** §12.4 S45: the guest picks another registered method (or opens the list of them). */
export function chooseChallengeMethod(
  state: WorldState,
  sessionId: string,
  method: MfaChallengeMethod,
  ctx: WorldContext,
): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/method");
  const { user, home, organization } = context(state, session);
  const registered: Kind[] = home ? ["authenticator"] : challengeKinds(user);
  // A registered phone takes texts and calls alike.
  if (method !== "picker" && !registered.includes(method === "voice" ? "sms" : method)) {
    throw new DomainError("MfaMethodNotRegistered", 400, `No ${method} method is registered.`, { method });
  }
  const mfa = mfaOf(session);
  mfa.challenge = method;
  mfa.smsCode = undefined;
  mfa.smsPhone = undefined;
  mfa.smsSentAt = undefined;
  if (method === "authenticator") {
    mfa.pushId = createPush(state, { userId: user.id, organization, purpose: "sign-in", app: SIGNED_IN_APP }, ctx);
  }
  if (method === "sms") textRegisteredPhone(state, session, ctx);
  if (method === "voice") return callPhone(state, sessionId, undefined, ctx);
  return moveTo(session, session.step, ctx);
}

/** S46: choosing "Text +XX…" sends the code to the registered phone at once. */
function textRegisteredPhone(state: WorldState, session: RedemptionSession, ctx: WorldContext): void {
  const { invitation, user } = context(state, session);
  const registered = user.mfaMethods.find((m) => m.kind === "sms");
  if (registered?.kind !== "sms") return;
  const locked = lockedUntil(state, "mfa-sms", invitation.invitedUserId, ctx.now);
  if (locked) throw codeLocked(SMS_CODES.locked, locked);
  checkTelecomLimit(state, registered.phone, "sms", ctx.now);
  const code = sendSms(state, registered.phone, findTenant(state, invitation.tenantId).name, ctx);
  Object.assign(mfaOf(session), {
    smsPhone: registered.phone,
    smsCode: code,
    smsSentAt: ctx.now.toISOString(),
    smsWrongTries: 0,
    challenge: "sms",
  });
}

/** §12.4 S44 resend, or W4's notification again: a new request to the simulated phone. */
export function startAuthenticatorPush(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/push");
  const { user, home, organization } = context(state, session);
  const mfa = mfaOf(session);
  if (session.step === "mfa-challenge") {
    if (!home && !user.mfaMethods.some((m) => m.kind === "authenticator")) {
      throw new DomainError("MfaMethodNotRegistered", 400, "No Authenticator app is registered.", { method: "authenticator" });
    }
    mfa.challenge = "authenticator";
    mfa.pushId = createPush(state, { userId: user.id, organization, purpose: "sign-in", app: SIGNED_IN_APP }, ctx);
  } else {
    if (mfa.page !== "authenticator-test" || !mfa.activation?.scanned) {
      throw new DomainError("StepConflict", 409, "No test notification is due.", { currentStep: session.step });
    }
    mfa.pushId = createPush(state, { userId: user.id, organization, purpose: "registration" }, ctx);
  }
  return moveTo(session, session.step, ctx);
}

/** §12.3 W6 / §12.4 S46: a text message with a code (the phone number only when registering). */
export function sendMfaSms(state: WorldState, sessionId: string, phone: string | undefined, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/sms");
  const { invitation, user } = context(state, session);
  const mfa = mfaOf(session);
  const registering = session.step === "mfa-register";
  if (registering && mfa.page !== "phone" && mfa.page !== "phone-code") {
    throw new DomainError("StepConflict", 409, "Open the phone page first.", { currentStep: session.step });
  }
  const registered = user.mfaMethods.find((m) => m.kind === "sms");
  const target = registering ? (phone ?? mfa.smsPhone) : registered?.kind === "sms" ? registered.phone : undefined;
  if (!target) throw new DomainError("MfaMethodNotRegistered", 400, "No phone number is registered.", { method: "sms", field: "phone" });
  const locked = lockedUntil(state, "mfa-sms", invitation.invitedUserId, ctx.now);
  if (locked) throw codeLocked(SMS_CODES.locked, locked);
  const normalized = normalizePhone(target);
  checkTelecomLimit(state, normalized, "sms", ctx.now);
  const code = sendSms(state, normalized, findTenant(state, invitation.tenantId).name, ctx);
  Object.assign(mfa, { smsPhone: normalized, smsCode: code, smsSentAt: ctx.now.toISOString(), smsWrongTries: 0 });
  if (registering) mfa.page = "phone-code";
  else mfa.challenge = "sms";
  return moveTo(session, session.step, ctx);
}

/** §12.3 W6 Call me / §12.4 S47: Entra calls the phone (the number only when registering); # on the phone verifies. */
export function callPhone(state: WorldState, sessionId: string, phone: string | undefined, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/call");
  const { user, tenant } = context(state, session);
  const mfa = mfaOf(session);
  const registering = session.step === "mfa-register";
  if (registering && mfa.page !== "phone" && mfa.page !== "phone-call") {
    throw new DomainError("StepConflict", 409, "Open the phone page first.", { currentStep: session.step });
  }
  const registered = user.mfaMethods.find((m) => m.kind === "sms");
  const target = registering ? (phone ?? mfa.smsPhone) : registered?.kind === "sms" ? registered.phone : undefined;
  if (!target) throw new DomainError("MfaMethodNotRegistered", 400, "No phone number is registered.", { method: "voice", field: "phone" });
  const normalized = normalizePhone(target);
  checkTelecomLimit(state, normalized, "voice", ctx.now);
  Object.assign(mfa, {
    smsPhone: normalized,
    smsCode: undefined,
    callId: placeCall(state, { userId: user.id, to: normalized, organization: tenant.name }, ctx),
  });
  if (registering) mfa.page = "phone-call";
  else mfa.challenge = "voice";
  return moveTo(session, session.step, ctx);
}

/** The simulated phone answered, declined, or pressed a key during a verification call (S47). */
export function answerCall(
  state: WorldState,
  callId: string,
  action: "answer" | "decline" | "press",
  key: string | undefined,
  ctx: WorldContext,
): void {
  const call = (state.phoneCalls ?? []).find((c) => c.id === callId && (c.status === "ringing" || c.status === "answered"));
  if (!call) throw notFound("PhoneCall", { callId });
  if (action === "answer") {
    call.status = "answered";
    return;
  }
  if (action === "decline") {
    call.status = "declined";
    return;
  }
  if (call.status !== "answered") throw new DomainError("CallNotAnswered", 400, "Answer the call first.", { callId });
  // Only # verifies; any other key is ignored, as the default script asks for the pound key.
  if (key !== "#") return;
  call.status = "verified";
  const session = state.sessions.find((s) => s.mfa?.callId === callId && (s.step === "mfa-register" || s.step === "mfa-challenge"));
  if (session) verified(state, session, { kind: "sms", phone: call.to }, ctx);
}

/** §12.3 W6 / Alt-A, §12.4 S46: the texted code, or the TOTP code another authenticator app shows. */
export function verifyMfaCode(state: WorldState, sessionId: string, code: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/verify");
  const { user } = context(state, session);
  const mfa = mfaOf(session);
  const totp =
    session.step === "mfa-register"
      ? mfa.page === "totp-code" && mfa.activation?.kind === "totp"
        ? mfa.activation.code
        : undefined
      : mfa.challenge === "totp"
        ? user.mfaMethods.find((m) => m.kind === "totp")?.secret
        : undefined;
  if (totp) {
    limitAttempts(state, "mfa-sms", user.id, ctx.now, APP_CODES, () => checkTotp(totp, code, ctx.now));
    return verified(state, session, { kind: "totp", secret: totp }, ctx);
  }
  if (!mfa.smsCode || !mfa.smsPhone) throw new DomainError("MfaCodeNotSent", 400, "Send a code first.", { field: "code" });
  const phone = mfa.smsPhone;
  try {
    limitAttempts(state, "mfa-sms", user.id, ctx.now, SMS_CODES, () => checkSmsCode(mfa.smsCode ?? "", mfa.smsSentAt ?? "", code, ctx.now));
  } catch (error) {
    // The third wrong try retires this code: the guest requests a new one (the lock-out across texts still counts).
    if (error instanceof DomainError && error.code === SMS_CODES.incorrect) {
      mfa.smsWrongTries = (mfa.smsWrongTries ?? 0) + 1;
      if (mfa.smsWrongTries >= SMS_CODE_WRONG_TRIES) {
        mfa.smsCode = undefined;
        mfa.smsWrongTries = 0;
        throw new DomainError(
          "MfaCodeTriesUsed",
          400,
          "Too many wrong tries for this code: request a new one.",
          { ...error.details, tries: String(SMS_CODE_WRONG_TRIES), field: "code" },
          true,
        );
      }
    }
    throw error;
  }
  return verified(state, session, { kind: "sms", phone }, ctx);
}

/** §12.3 W7 Done: the methods are saved and the flow goes on. */
export function finishRegistration(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireAction(session, "mfa/done");
  if (session.mfa?.page !== "success") throw new DomainError("StepConflict", 409, "Set up a method first.", { currentStep: session.step });
  session.mfa = { satisfied: true, registering: false };
  return advance(state, session, ctx);
}

/** The simulated phone approved or denied a notification, typing the number the sign-in page shows. */
export function answerPush(state: WorldState, pushId: string, approve: boolean, number: number | undefined, ctx: WorldContext): void {
  const push = state.pushRequests.find((p) => p.id === pushId && p.status === "pending" && !pushTimedOut(p, ctx.now));
  if (!push) throw notFound("PushRequest", { pushId });
  if (approve && push.number !== undefined && number === undefined) {
    throw new DomainError("MatchNumberRequired", 400, "Enter the number shown on the sign-in page.", { field: "number" });
  }
  const matched = push.number === undefined || push.number === number;
  push.status = approve && matched ? "approved" : "denied";
  if (push.status === "denied") push.failure = approve ? "wrong-number" : "denied";
  const session = state.sessions.find((s) => s.mfa?.pushId === pushId && (s.step === "mfa-register" || s.step === "mfa-challenge"));
  if (!session) return;
  if (push.status === "approved") {
    verified(state, session, { kind: "authenticator" }, ctx);
    return;
  }
  // A denied sign-in request ends the sign-in (addendum §12.4: 500121); a failed test notification can be sent again.
  if (session.step === "mfa-challenge") {
    session.mfa = undefined;
    session.blocked = { code: "AADSTS500121", details: { reason: push.failure ?? "denied" } };
    moveTo(session, "blocked", ctx);
  }
}

/** A method proved: in the wizard the next page, at the challenge the flow goes on. */
function verified(
  state: WorldState,
  session: RedemptionSession,
  method: GuestUser["mfaMethods"][number],
  ctx: WorldContext,
): RedemptionSession {
  const { user, home } = context(state, session);
  if (session.step === "mfa-challenge") {
    session.mfa = { satisfied: true, registering: false };
    return advance(state, session, ctx);
  }
  // Registration happens in the resource tenant; with MFA trust the method lives in the home tenant.
  if (!home) user.mfaMethods = [...user.mfaMethods.filter((m) => m.kind !== method.kind), method];
  const mfa = mfaOf(session);
  mfa.added = [...(mfa.added ?? []).filter((k) => k !== method.kind), method.kind];
  mfa.page = method.kind === "authenticator" ? "authenticator-approved" : method.kind === "sms" ? "phone-verified" : "success";
  mfa.pushId = undefined;
  mfa.smsCode = undefined;
  mfa.callId = undefined;
  if (method.kind !== "sms") mfa.activation = undefined;
  return moveTo(session, session.step, ctx);
}

/** Masks all but the last two digits, country code included, as Entra lists a phone number ("+XX XXXXXXX12", S45). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `+XX ${"X".repeat(Math.max(0, digits.length - 4))}${digits.slice(-2)}`;
}

export function mfaView(state: Readonly<WorldState>, session: RedemptionSession, user: GuestUser, tenant: Tenant, ctx: WorldContext) {
  const home = mfaInHomeTenant(tenant, session.signedInAs);
  const mfa = session.mfa;
  const push = state.pushRequests.find((p) => p.id === mfa?.pushId);
  const pushState = !push
    ? ("none" as const)
    : push.status === "approved"
      ? ("none" as const)
      : push.status === "denied"
        ? ("denied" as const)
        : pushTimedOut(push, ctx.now)
          ? ("timed-out" as const)
          : ("pending" as const);
  const sms = user.mfaMethods.find((m) => m.kind === "sms");
  const call = (state.phoneCalls ?? []).find((c) => c.id === mfa?.callId);
  const activation = mfa?.activation;
  const account = session.signedInAs?.email ?? user.mail;
  return {
    registering: session.step !== "mfa-challenge",
    homeOrganization: home ? state.tenants.find((t) => t.id === session.signedInAs?.tenantId)?.name : undefined,
    homeBranding: brandingOf(state, session.signedInAs?.tenantId),
    methods: home ? (["authenticator"] as const).slice() : challengeKinds(user),
    page: session.step === "mfa-register" ? (mfa?.page ?? "authenticator-start") : undefined,
    challenge: session.step === "mfa-challenge" ? mfa?.challenge : undefined,
    push: pushState,
    /** Number matching: the number to type on the phone, while the request waits. */
    matchNumber: pushState === "pending" ? push?.number : undefined,
    /** The verification call (S47): ringing or answered while it waits for #, or declined. */
    call: call ? (call.status === "verified" ? ("none" as const) : call.status) : ("none" as const),
    qr:
      activation && (mfa?.page === "authenticator-qr" || mfa?.page === "totp-qr")
        ? {
            payload: activationPayload(activation.kind, activation.code, tenant.name, account, ctx.appOrigin),
            // "Can't scan image?": the code and URL (Authenticator), or the secret key (another app).
            code: activation.code,
            url: activation.kind === "authenticator" ? activationUrl(ctx.appOrigin) : undefined,
            account,
            scanned: activation.scanned,
          }
        : undefined,
    added: mfa?.added,
    // Only the last digits, as Entra shows them.
    smsSentTo: mfa?.smsPhone ? maskPhone(mfa.smsPhone) : undefined,
    registeredPhone: sms?.kind === "sms" ? maskPhone(sms.phone) : undefined,
    codeLength: mfa?.page === "totp-code" || mfa?.challenge === "totp" ? TOTP_DIGITS : SMS_CODE_LENGTH,
  };
}
