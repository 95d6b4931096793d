// Attempt limits for the short codes that are not passcodes (the account-creation code, the MFA text code):
// failures count per guest, not per code, so a new code does not buy new guesses, and too many lock the
// guest out for a while on the fake clock (issue "speed and hardening" §3). The limits are not documented
// for these codes (spec Appendix A): named constants, as for passcodes (docs/decisions/0009).
import { DomainError } from "./errors";
import type { WorldState } from "./state";

export const CODE_MAX_FAILED_ATTEMPTS = 5;
export const CODE_LOCKOUT_MINUTES = 15;

export type CodeKind = "account-verification" | "mfa-sms";

function recordOf(state: Readonly<WorldState>, kind: CodeKind, subject: string) {
  return state.codeAttempts.find((a) => a.kind === kind && a.subject === subject);
}

/** The lock-out's end while it lasts; a lock that has run out starts the count afresh. */
export function lockedUntil(state: WorldState, kind: CodeKind, subject: string, now: Date): string | undefined {
  const record = recordOf(state, kind, subject);
  if (!record?.lockedUntil) return undefined;
  if (new Date(record.lockedUntil) > now) return record.lockedUntil;
  state.codeAttempts = state.codeAttempts.filter((a) => a !== record);
  return undefined;
}

export function attemptsLeft(state: Readonly<WorldState>, kind: CodeKind, subject: string): number {
  return CODE_MAX_FAILED_ATTEMPTS - (recordOf(state, kind, subject)?.failed ?? 0);
}

/** Counts a wrong code; returns the attempts left, or the lock-out's end once they are used up. */
export function countFailure(state: WorldState, kind: CodeKind, subject: string, now: Date): { left: number; lockedUntil?: string } {
  let record = recordOf(state, kind, subject);
  if (!record) {
    record = { kind, subject, failed: 0 };
    state.codeAttempts.push(record);
  }
  record.failed += 1;
  if (record.failed >= CODE_MAX_FAILED_ATTEMPTS) {
    record.lockedUntil = new Date(now.getTime() + CODE_LOCKOUT_MINUTES * 60_000).toISOString();
    return { left: 0, lockedUntil: record.lockedUntil };
  }
  return { left: CODE_MAX_FAILED_ATTEMPTS - record.failed };
}

export function clearFailures(state: WorldState, kind: CodeKind, subject: string): void {
  state.codeAttempts = state.codeAttempts.filter((a) => !(a.kind === kind && a.subject === subject));
}

/**
 * 429 with the lock-out's end; saved with the world (the failure itself changed it). `field`: the form field
 * the lock-out answers (the typed code), absent when it answers a request for a new code.
 */
export function codeLocked(code: string, until: string, field?: string): DomainError {
  return new DomainError(code, 429, "Too many wrong codes.", { lockedUntil: until, ...(field ? { field } : {}) }, true);
}

/**
 * Runs `check` (which throws `incorrectCode` for a wrong code) under the guest's attempt limit: refused
 * while locked out; a wrong code counts, and the last allowed one locks the guest out.
 */
export function limitAttempts(
  state: WorldState,
  kind: CodeKind,
  subject: string,
  now: Date,
  codes: { incorrect: string; locked: string; field: string },
  check: () => void,
): void {
  const locked = lockedUntil(state, kind, subject, now);
  if (locked) throw codeLocked(codes.locked, locked, codes.field);
  try {
    check();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== codes.incorrect) throw error;
    const outcome = countFailure(state, kind, subject, now);
    if (outcome.lockedUntil) throw codeLocked(codes.locked, outcome.lockedUntil, codes.field);
    throw new DomainError(error.code, error.status, error.message, { ...error.details, attemptsLeft: String(outcome.left) }, true);
  }
  clearFailures(state, kind, subject);
}
