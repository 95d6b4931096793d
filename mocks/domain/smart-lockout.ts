// Smart lockout at the home identity provider's password page (addendum §14.2, AADSTS50053). Entra counts
// wrong passwords per account; the tenth locks the account for 60 s, and each further lockout lasts longer
// (Microsoft does not publish the rate: docs/decisions/0057 doubles it). A wrong password the account tried
// among its last three wrong ones does not count again: the counter keeps their hashes (salted with the
// account, never the password itself). A right password while the lockout lasts is refused too; once the
// fake clock passes the lockout's end the account signs in again, and an admin can unlock it at once.
import type { WorldState } from "./state";

/** Public cloud and 21Vianet (addendum §14.2); US Government uses 3. */
export const LOCKOUT_THRESHOLD = 10;
export const FIRST_LOCKOUT_SECONDS = 60;
/** SIM-ASSUMPTION (decision 0057): each further lockout doubles, capped at one hour. */
export const MAX_LOCKOUT_SECONDS = 3600;
/** The same bad password doesn't count twice: the last three wrong hashes are remembered. */
export const REMEMBERED_BAD_HASHES = 3;

export function lockoutSeconds(lockouts: number): number {
  return Math.min(FIRST_LOCKOUT_SECONDS * 2 ** Math.max(0, lockouts - 1), MAX_LOCKOUT_SECONDS);
}

/** A hash of a wrong password, salted with the account, so the stored world never holds the password. */
export async function badPasswordHash(accountObjectId: string, password: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${accountObjectId}\u0000${password}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
}

function recordOf(state: WorldState, subject: string) {
  return state.passwordLockouts.find((r) => r.subject === subject);
}

/** The lockout's end while it lasts (ISO), else undefined. */
export function lockedOutUntil(state: WorldState, subject: string, now: Date): string | undefined {
  const until = recordOf(state, subject)?.lockedUntil;
  return until && new Date(until) > now ? until : undefined;
}

export interface LockoutOutcome {
  /** Wrong passwords that counted since the last lockout (or since the count started). */
  failed: number;
  /** Whether this wrong password counted (false: one of the last three wrong ones again). */
  counted: boolean;
  lockedUntil?: string;
}

/** Counts a wrong password (unless it is one of the last three wrong ones); the threshold locks the account. */
export function countBadPassword(state: WorldState, subject: string, hash: string, now: Date): LockoutOutcome {
  let record = recordOf(state, subject);
  if (!record) {
    record = { subject, failed: 0, recentBadHashes: [], lockouts: 0 };
    state.passwordLockouts.push(record);
  }
  if (record.lockedUntil && new Date(record.lockedUntil) <= now) {
    // A lockout that has run out: the count starts afresh, the number of lockouts so far stays.
    record.lockedUntil = undefined;
    record.failed = 0;
  }
  if (record.recentBadHashes.includes(hash)) return { failed: record.failed, counted: false, lockedUntil: record.lockedUntil };
  record.recentBadHashes = [...record.recentBadHashes, hash].slice(-REMEMBERED_BAD_HASHES);
  record.failed += 1;
  if (record.failed >= LOCKOUT_THRESHOLD) {
    record.lockouts += 1;
    record.lockedUntil = new Date(now.getTime() + lockoutSeconds(record.lockouts) * 1000).toISOString();
  }
  return { failed: record.failed, counted: true, lockedUntil: record.lockedUntil };
}

/** A successful sign-in resets the count (SIM-ASSUMPTION, decision 0057); the lockout history stays. */
export function clearBadPasswords(state: WorldState, subject: string): void {
  const record = recordOf(state, subject);
  if (record) {
    record.failed = 0;
    record.recentBadHashes = [];
  }
}

/** The admin unlocks the account (addendum §14.2): the lockout ends now and the count starts afresh. */
export function unlockAccount(state: WorldState, subject: string): boolean {
  const had = state.passwordLockouts.some((r) => r.subject === subject);
  state.passwordLockouts = state.passwordLockouts.filter((r) => r.subject !== subject);
  return had;
}
