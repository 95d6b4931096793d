// The guest's simulated phone: SMS verification codes and Microsoft Authenticator notifications, for MFA
// registration and challenges in the resource tenant (spec §5.3). Code length and lifetime are not in the
// spec: named constants (docs/decisions/0013).
import { DomainError } from "./errors";
import { newId } from "./ids";
import { randomDigits } from "./passcode";
import type { WorldState } from "./state";

export const SMS_CODE_LENGTH = 6;
export const SMS_CODE_VALIDITY_MINUTES = 10;

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

export function createPush(state: WorldState, userId: string, organization: string, ctx: { now: Date }): string {
  // A new request replaces the user's pending ones, as a new sign-in attempt does.
  for (const push of state.pushRequests) if (push.userId === userId && push.status === "pending") push.status = "denied";
  const id = newId();
  state.pushRequests.push({ id, userId, organization, status: "pending", createdAt: ctx.now.toISOString() });
  return id;
}

export function phoneView(state: Readonly<WorldState>) {
  return {
    pushes: state.pushRequests
      .filter((p) => p.status === "pending")
      .map((p) => ({
        id: p.id,
        organization: p.organization,
        createdAt: p.createdAt,
        account: state.users.find((u) => u.id === p.userId)?.mail ?? "",
      })),
    messages: state.phone
      .toSorted((a, b) => b.receivedAt.localeCompare(a.receivedAt))
      .map(({ id, to, text, receivedAt }) => ({ id, to, text, receivedAt })),
  };
}
