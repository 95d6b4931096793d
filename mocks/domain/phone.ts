// The guest's simulated phone: SMS verification codes and Microsoft Authenticator notifications, for MFA
// registration and challenges in the resource tenant (spec §5.3). Code length and lifetime are not in the
// spec: named constants (docs/decisions/0013).
import { Secret, TOTP } from "otpauth";
import { DomainError, notFound } from "./errors";
import { newId } from "./ids";
import { randomDigits } from "./passcode";
import type { PhoneAccount, PushRequest, WorldState } from "./state";

export const SMS_CODE_LENGTH = 6;
/** Addendum §12.4 (GAP; SIM-ASSUMPTION of Appendix C): a texted code is valid 5 minutes and allows 3 wrong tries. */
export const SMS_CODE_VALIDITY_MINUTES = 5;
export const SMS_CODE_WRONG_TRIES = 3;

/**
 * Addendum §12.4, spec §7 (AADSTS50088): Entra limits the texts and calls it makes to a phone. The limits are not
 * published; the FAQ's advice is up to 5 attempts in 5 minutes. SIM-ASSUMPTION (docs/decisions/0088): the 6th
 * text or call to one number within 5 minutes is refused; the oldest one leaving the window frees a place.
 */
export const TELECOM_LIMIT = 5;
export const TELECOM_WINDOW_MINUTES = 5;

export function checkTelecomLimit(state: Readonly<WorldState>, to: string, kind: "sms" | "voice", now: Date): void {
  const since = now.getTime() - TELECOM_WINDOW_MINUTES * 60_000;
  const recent = [
    ...state.phone.filter((m) => m.to === to).map((m) => Date.parse(m.receivedAt)),
    ...(state.phoneCalls ?? []).filter((c) => c.to === to).map((c) => Date.parse(c.createdAt)),
  ].filter((at) => at > since);
  if (recent.length < TELECOM_LIMIT) return;
  const freeAt = new Date(Math.min(...recent) + TELECOM_WINDOW_MINUTES * 60_000).toISOString();
  throw new DomainError(
    kind === "sms" ? "TextLimitReached" : "CallLimitReached",
    429,
    "AADSTS50088: Limit on telecom MFA calls reached. Please try again in a few minutes.",
    { aadsts: "AADSTS50088", retryAfter: freeAt },
  );
}

/** E.164: a plus, a country code and at most 15 digits in all; spaces, dashes and brackets are dropped. */
export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s().-]/g, "");
  if (!/^\+[1-9]\d{7,14}$/.test(compact)) {
    throw new DomainError("PhoneNumberInvalid", 400, "Enter the phone number with its country code.", { field: "phone" });
  }
  return compact;
}

export function sendSms(state: WorldState, phone: string, organization: string, ctx: { now: Date }): string {
  const code = randomDigits(SMS_CODE_LENGTH);
  state.phone.push({
    id: newId(),
    to: phone,
    code,
    text: `Use verification code ${code} for ${organization} authentication.`,
    receivedAt: ctx.now.toISOString(),
  });
  return code;
}

export function checkSmsCode(expected: string, sentAt: string, input: string, now: Date): void {
  const code = input.replace(/\s+/g, "");
  if (!new RegExp(`^\\d{${SMS_CODE_LENGTH}}$`).test(code)) {
    throw new DomainError("MfaCodeMalformed", 400, `The code has ${SMS_CODE_LENGTH} digits.`, {
      length: String(SMS_CODE_LENGTH),
      field: "code",
    });
  }
  if (now.getTime() - new Date(sentAt).getTime() > SMS_CODE_VALIDITY_MINUTES * 60_000) {
    throw new DomainError("MfaCodeExpired", 400, "That code has expired.", {
      minutes: String(SMS_CODE_VALIDITY_MINUTES),
      field: "code",
    });
  }
  if (code !== expected) throw new DomainError("MfaCodeIncorrect", 400, "That code is not correct.", { field: "code" });
}

/**
 * How long a notification waits for an answer before the sign-in page gives up ("We didn't hear from you",
 * addendum §12.4 S49). Not documented: SIM-ASSUMPTION (docs/decisions/0043).
 */
export const PUSH_TIMEOUT_SECONDS = 60;
/** Number matching (addendum §12.4): the digit count is a GAP; SIM-ASSUMPTION 10–99 (Appendix C). */
export const MATCH_NUMBER_MIN = 10;
export const MATCH_NUMBER_MAX = 99;
/** Authenticator codes (RFC 6238): 6 digits, a new one every 30 s, SHA-1 (addendum §12.3). */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Where the sign-in comes from, for the notification's additional context (S48): the simulator's own value. */
export const SIGN_IN_LOCATION = "Amsterdam, North Holland, Netherlands";

export interface PushInput {
  userId: string;
  organization: string;
  purpose: "registration" | "sign-in";
  app?: string;
}

export function matchNumber(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return MATCH_NUMBER_MIN + (value % (MATCH_NUMBER_MAX - MATCH_NUMBER_MIN + 1));
}

export function createPush(state: WorldState, input: PushInput, ctx: { now: Date }): string {
  // A new request replaces the user's pending ones, as a new sign-in attempt does.
  for (const push of state.pushRequests) if (push.userId === input.userId && push.status === "pending") push.status = "denied";
  const id = newId();
  state.pushRequests.push({
    id,
    userId: input.userId,
    organization: input.organization,
    status: "pending",
    createdAt: ctx.now.toISOString(),
    number: matchNumber(),
    purpose: input.purpose,
    app: input.app,
    location: input.purpose === "sign-in" ? SIGN_IN_LOCATION : undefined,
  });
  return id;
}

export function pushTimedOut(push: PushRequest, now: Date): boolean {
  return push.status === "pending" && now.getTime() - new Date(push.createdAt).getTime() > PUSH_TIMEOUT_SECONDS * 1000;
}

/** The caller ID of verification calls (the US default, addendum §12.4). */
export const CALLER_ID = "+1 (855) 330-8653";

/** S47: Entra calls the phone; a new call replaces the user's ringing ones. */
export function placeCall(state: WorldState, input: { userId: string; to: string; organization: string }, ctx: { now: Date }): string {
  const calls = state.phoneCalls ?? [];
  for (const call of calls)
    if (call.userId === input.userId && (call.status === "ringing" || call.status === "answered")) call.status = "declined";
  const id = newId();
  state.phoneCalls = [...calls, { id, ...input, status: "ringing", createdAt: ctx.now.toISOString() }];
  return id;
}

/** A TOTP secret for another authenticator app (160 bits, base32, as RFC 4226 recommends). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secret: string, issuer: string, label: string): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secret),
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    algorithm: "SHA1",
  });
}

/** RFC 6238 check, one period either side for clock drift. */
export function checkTotp(secret: string, input: string, now: Date): void {
  const code = input.replace(/\s+/g, "");
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) {
    throw new DomainError("AppCodeMalformed", 400, `The code has ${TOTP_DIGITS} digits.`, { length: String(TOTP_DIGITS), field: "code" });
  }
  const delta = totpFor(secret, "", "").validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) throw new DomainError("AppCodeIncorrect", 400, "That code is not correct.", { field: "code" });
}

/** The Authenticator activation code behind the QR code ("Can't scan image?" shows it with the URL). */
export function newActivationCode(): string {
  return randomDigits(9);
}

/** What the QR code on the sign-in page holds (docs/decisions/0043). */
export function activationPayload(kind: "authenticator" | "totp", code: string, organization: string, account: string, appOrigin: string) {
  if (kind === "totp") return totpFor(code, organization, account).toString();
  return `${activationUrl(appOrigin)}?code=${code}`;
}

export function activationUrl(appOrigin: string): string {
  return `${appOrigin}/api/phone/activate`;
}

/** The phone scanned a QR code (or its code was typed in by hand): the account is added to the app. */
export function scanCode(state: WorldState, payload: string, ctx: { now: Date; appOrigin: string }): PhoneAccount {
  const text = payload.trim();
  const session = state.sessions.find((s) => {
    const a = s.mfa?.activation;
    if (!a || s.step !== "mfa-register") return false;
    if (a.kind === "totp") {
      if (text.replace(/\s+/g, "").toUpperCase() === a.code) return true;
      return text.startsWith("otpauth://totp/") && URL.canParse(text) && new URL(text).searchParams.get("secret") === a.code;
    }
    return text === a.code || text === `${activationUrl(ctx.appOrigin)}?code=${a.code}`;
  });
  const activation = session?.mfa?.activation;
  if (!session || !activation)
    throw new DomainError("QrCodeNotRecognized", 400, "That code is not an account the app can add.", { field: "code" });
  const invitation = state.invitations.find((i) => i.id === session.invitationId);
  const user = state.users.find((u) => u.id === invitation?.invitedUserId);
  const tenant = state.tenants.find((t) => t.id === invitation?.tenantId);
  if (!user || !tenant) throw notFound("User", {});
  activation.scanned = true;
  const account: PhoneAccount = {
    id: newId(),
    userId: user.id,
    kind: activation.kind,
    organization: tenant.name,
    account: session.signedInAs?.email ?? user.mail,
    secret: activation.kind === "totp" ? activation.code : undefined,
    addedAt: ctx.now.toISOString(),
  };
  const accounts = state.phoneAccounts ?? [];
  state.phoneAccounts = [...accounts.filter((a) => !(a.userId === user.id && a.kind === account.kind)), account];
  return account;
}

export function phoneView(state: Readonly<WorldState>, ctx: { now: Date; appOrigin: string }) {
  const accountOf = (userId: string) => state.users.find((u) => u.id === userId)?.mail ?? "";
  return {
    now: ctx.now.toISOString(),
    pushes: state.pushRequests
      .filter((p) => p.status === "pending" && !pushTimedOut(p, ctx.now))
      .map((p) => ({
        id: p.id,
        organization: p.organization,
        createdAt: p.createdAt,
        account: accountOf(p.userId),
        app: p.app,
        location: p.location,
      })),
    accounts: (state.phoneAccounts ?? []).map((a) => ({
      id: a.id,
      kind: a.kind,
      organization: a.organization,
      account: a.account,
      secret: a.secret,
    })),
    // What the phone's camera can see: the QR codes on the sign-in pages open right now.
    camera: state.sessions.flatMap((s) => {
      const a = s.mfa?.activation;
      const page = s.mfa?.page;
      if (!a || a.scanned || s.step !== "mfa-register" || (page !== "authenticator-qr" && page !== "totp-qr")) return [];
      const invitation = state.invitations.find((i) => i.id === s.invitationId);
      const tenant = state.tenants.find((t) => t.id === invitation?.tenantId);
      const account = s.signedInAs?.email ?? "";
      return [{ payload: activationPayload(a.kind, a.code, tenant?.name ?? "", account, ctx.appOrigin), organization: tenant?.name ?? "" }];
    }),
    calls: (state.phoneCalls ?? [])
      .filter((c) => c.status === "ringing" || c.status === "answered")
      .map((c) => ({ id: c.id, from: CALLER_ID, to: c.to, organization: c.organization, status: c.status })),
    messages: state.phone
      .toSorted((a, b) => b.receivedAt.localeCompare(a.receivedAt))
      .map(({ id, to, text, receivedAt }) => ({ id, to, text, receivedAt })),
  };
}
