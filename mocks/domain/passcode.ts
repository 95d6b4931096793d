// Email one-time passcodes (spec §4.5, §7). Documented: a code is valid 30 minutes and the passcode
// session lasts 24 hours. Not documented (spec Appendix A, docs/decisions/0009): length, attempts,
// lock-out and resend limits — named constants here.
import { DomainError } from "./errors";
import type { WorldContext } from "./invitations";
import type { Passcode, WorldState } from "./state";

export const PASSCODE_VALIDITY_MINUTES = 30;
export const PASSCODE_SESSION_HOURS = 24;
export const PASSCODE_LENGTH = 8;
export const PASSCODE_MAX_FAILED_ATTEMPTS = 5;
export const PASSCODE_LOCKOUT_MINUTES = 15;
export const PASSCODE_RESEND_COOLDOWN_SECONDS = 30;

const MINUTE = 60_000;

export function randomDigits(length: number): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => String(v % 10)).join("");
}

function find(state: Readonly<WorldState>, tenantId: string, email: string): Passcode | undefined {
  return state.passcodes.find((p) => p.tenantId === tenantId && p.email === email);
}

function lockedUntil(passcode: Passcode | undefined, now: Date): string | undefined {
  return passcode?.lockedUntil && new Date(passcode.lockedUntil) > now ? passcode.lockedUntil : undefined;
}

export interface PasscodeStatus {
  sentAt?: string;
  /** Seconds until another code may be requested, by the world's clock. */
  resendInSeconds: number;
  lockedUntil?: string;
  attemptsLeft: number;
}

export function passcodeStatus(state: Readonly<WorldState>, tenantId: string, email: string, now: Date): PasscodeStatus {
  const passcode = find(state, tenantId, email);
  return {
    sentAt: passcode?.issuedAt,
    resendInSeconds: passcode
      ? Math.max(0, Math.ceil((new Date(passcode.issuedAt).getTime() + PASSCODE_RESEND_COOLDOWN_SECONDS * 1000 - now.getTime()) / 1000))
      : 0,
    lockedUntil: lockedUntil(passcode, now),
    attemptsLeft: PASSCODE_MAX_FAILED_ATTEMPTS - (passcode?.failedAttempts ?? 0),
  };
}

/** Issues a new code (the old one stops working). Refused while locked out or within the cooldown. */
export function issuePasscode(state: WorldState, tenantId: string, email: string, now: Date): string {
  const existing = find(state, tenantId, email);
  const locked = lockedUntil(existing, now);
  if (locked) throw passcodeLocked(locked);
  if (existing) {
    const availableAt = new Date(existing.issuedAt).getTime() + PASSCODE_RESEND_COOLDOWN_SECONDS * 1000;
    if (availableAt > now.getTime()) {
      throw new DomainError("PasscodeResendTooSoon", 429, "Wait before requesting another code.", {
        retryAfterSeconds: String(Math.ceil((availableAt - now.getTime()) / 1000)),
      });
    }
  }
  const code = randomDigits(PASSCODE_LENGTH);
  state.passcodes = state.passcodes.filter((p) => p !== existing);
  // Failures count per guest across resends: a new code buys no new guesses (only a run-out lock-out does).
  const failedAttempts = existing?.lockedUntil ? 0 : (existing?.failedAttempts ?? 0);
  state.passcodes.push({ tenantId, email, code, issuedAt: now.toISOString(), failedAttempts });
  return code;
}

/** Normalises what the guest typed or pasted: inner and outer spaces go, anything but digits is refused. */
export function normalizePasscode(input: string): string {
  const compact = input.replace(/\s+/g, "");
  if (!new RegExp(`^\\d{${PASSCODE_LENGTH}}$`).test(compact)) {
    throw new DomainError("PasscodeMalformed", 400, `The code has ${PASSCODE_LENGTH} digits.`, {
      length: String(PASSCODE_LENGTH),
      field: "code",
    });
  }
  return compact;
}

/** Checks a code; a correct one is used up and opens a 24-hour passcode session in the asking browser. */
export function verifyPasscode(state: WorldState, tenantId: string, email: string, input: string, { now, browser }: WorldContext): void {
  const code = normalizePasscode(input);
  const passcode = find(state, tenantId, email);
  if (!passcode) throw new DomainError("PasscodeNotSent", 400, "Request a code first.", { field: "code" });
  const locked = lockedUntil(passcode, now);
  if (locked) throw passcodeLocked(locked, "code");
  if (passcode.lockedUntil) {
    // The lock-out has run out: the count starts afresh.
    passcode.lockedUntil = undefined;
    passcode.failedAttempts = 0;
  }
  if (now.getTime() - new Date(passcode.issuedAt).getTime() > PASSCODE_VALIDITY_MINUTES * MINUTE) {
    throw new DomainError("PasscodeExpired", 400, "That code has expired.", {
      minutes: String(PASSCODE_VALIDITY_MINUTES),
      field: "code",
    });
  }
  if (passcode.code !== code) {
    passcode.failedAttempts += 1;
    if (passcode.failedAttempts >= PASSCODE_MAX_FAILED_ATTEMPTS) {
      passcode.lockedUntil = new Date(now.getTime() + PASSCODE_LOCKOUT_MINUTES * MINUTE).toISOString();
      throw passcodeLocked(passcode.lockedUntil, "code");
    }
    throw new DomainError(
      "PasscodeIncorrect",
      400,
      "That code is not correct.",
      { attemptsLeft: String(PASSCODE_MAX_FAILED_ATTEMPTS - passcode.failedAttempts), field: "code" },
      true,
    );
  }
  state.passcodes = state.passcodes.filter((p) => p !== passcode);
  // Entra keeps the passcode session in a cookie: it belongs to this browser, not to the address.
  if (!browser) return;
  state.passcodeSessions = state.passcodeSessions.filter((s) => !(s.tenantId === tenantId && s.email === email && s.browser === browser));
  state.passcodeSessions.push({
    tenantId,
    email,
    browser,
    expiresAt: new Date(now.getTime() + PASSCODE_SESSION_HOURS * 60 * MINUTE).toISOString(),
  });
}

/** Whether the asking browser holds a passcode session for `email` at `tenantId` (another browser's does not count). */
export function hasPasscodeSession(state: Readonly<WorldState>, tenantId: string, email: string, { now, browser }: WorldContext): boolean {
  if (!browser) return false;
  return state.passcodeSessions.some(
    (s) => s.tenantId === tenantId && s.email === email && s.browser === browser && new Date(s.expiresAt) > now,
  );
}

/** `field`: the lock-out is the answer to a typed code (verify), not to a request for one (send). */
function passcodeLocked(until: string, field?: "code"): DomainError {
  return new DomainError("PasscodeLocked", 429, "Too many wrong codes.", { lockedUntil: until, ...(field ? { field } : {}) }, true);
}
