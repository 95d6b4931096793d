// Addendum §10: the login host's sessions, per browser profile (its ESTSAUTH cookie id). One session per
// identity per browser (Appendix C SIM-ASSUMPTION), shared by every tenant and app; it decides whether the
// next sign-in is silent, shows "Pick an account", or asks for credentials.
import { newId } from "./ids";
import type { BrowserSession, ExternalAccount, WorldState } from "./state";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** §10.6: a non-persistent session ends after 24 hours without use (or when the browser closes). */
export const SESSION_IDLE_MS = 24 * HOUR_MS;
/** Appendix D 1: a persistent one ("Stay signed in?" Yes) after 90 days without use, and 180 days after the sign-in. */
export const PERSISTENT_IDLE_MS = 90 * DAY_MS;
export const PERSISTENT_MAX_MS = 180 * DAY_MS;

export function isActive(session: BrowserSession, now: Date): boolean {
  if (session.signedOut) return false;
  const idle = now.getTime() - Date.parse(session.lastUsedAt);
  if (!session.persistent) return idle < SESSION_IDLE_MS;
  return idle < PERSISTENT_IDLE_MS && now.getTime() - Date.parse(session.signedInAt) < PERSISTENT_MAX_MS;
}

export interface SessionTile {
  session: BrowserSession;
  account: ExternalAccount;
  active: boolean;
}

/** The browser's identities, as "Pick an account" lists them: signed in or not, newest first. */
export function tilesIn(state: Readonly<WorldState>, browser: string | undefined, now: Date): SessionTile[] {
  if (!browser) return [];
  return state.browserSessions
    .filter((s) => s.browser === browser)
    .flatMap((session) => {
      const account = state.accounts.find((a) => a.objectId === session.accountObjectId);
      return account ? [{ session, account, active: isActive(session, now) }] : [];
    })
    .toSorted((a, b) => b.session.lastUsedAt.localeCompare(a.session.lastUsedAt));
}

export function activeIn(state: Readonly<WorldState>, browser: string | undefined, now: Date): SessionTile[] {
  return tilesIn(state, browser, now).filter((t) => t.active);
}

/** A sign-in with credentials: the identity's session in this browser starts (again), with a new `sid`. */
export function startSession(state: WorldState, browser: string, account: ExternalAccount, persistent: boolean, now: Date): BrowserSession {
  const at = now.toISOString();
  const existing = state.browserSessions.find((s) => s.browser === browser && s.accountObjectId === account.objectId);
  const fresh = { browser, accountObjectId: account.objectId, sid: newId(), signedInAt: at, lastUsedAt: at, persistent, signedOut: false };
  if (!existing) {
    state.browserSessions.push(fresh);
    return fresh;
  }
  Object.assign(
    existing,
    existing.signedOut || !isActive(existing, now) ? fresh : { lastUsedAt: at, persistent: persistent || existing.persistent },
  );
  return existing;
}

/** Single sign-on used the session: its idle time starts over (§10.6 "extended each time it's used"). */
export function touch(session: BrowserSession, now: Date): void {
  session.lastUsedAt = now.toISOString();
}

export function findInBrowser(state: Readonly<WorldState>, browser: string | undefined, sid: string): BrowserSession | undefined {
  return browser ? state.browserSessions.find((s) => s.browser === browser && s.sid === sid) : undefined;
}

/** A tile's Sign out, or the end-session endpoint: the session ends, the tile stays (§10.1 SIM-ASSUMPTION). */
export function signOut(session: BrowserSession): void {
  session.signedOut = true;
}

/** A tile's Forget: the session ends and its tile goes. */
export function forget(state: WorldState, session: BrowserSession): void {
  state.browserSessions = state.browserSessions.filter((s) => s !== session);
}

/** The scenario's story: these accounts are signed in to the login host in the browser that loads it. */
export function seedSessions(state: WorldState, browser: string | undefined, emails: readonly string[], now: Date): void {
  if (!browser) return;
  for (const email of emails) {
    const account = state.accounts.find((a) => a.email === email);
    if (account) startSession(state, browser, account, false, now);
  }
}
