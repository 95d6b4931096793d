// An expired password at the home tenant (addendum §14.2, AADSTS50055): after the right password, the home
// tenant's page asks the guest to update it (current, new, confirm), then sign-in goes on. The new password
// is kept only as a salted hash (./passwords.ts). The spec gives no password rules: docs/decisions/0074 takes
// Entra's cloud password policy (8 to 256 characters, three of four character kinds) and refuses the current
// password as the new one.
import type { ExternalAccount, WorldState } from "./state";

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;
/** Of lowercase, uppercase, digits and symbols, a new password needs this many kinds. */
export const REQUIRED_CHARACTER_KINDS = 3;

/** Why the update-password form refuses what was typed; undefined when it is accepted. */
export type UpdatePasswordError = "emptyCurrent" | "wrongCurrent" | "emptyNew" | "weakPassword" | "mismatch" | "sameAsCurrent";

/** Entra's cloud password policy as decision 0074 assumes it: the length, and three of four character kinds. */
export function meetsPasswordRules(password: string): boolean {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) return false;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u].filter((kind) => kind.test(password)).length;
  return kinds >= REQUIRED_CHARACTER_KINDS;
}

export interface UpdatePasswordInput {
  current: string;
  next: string;
  confirm: string;
  /** Whether `current` is the account's password (checked against its hash or demo password beforehand). */
  currentMatches: boolean;
  /** Whether `next` is the account's password now. */
  nextIsCurrent: boolean;
}

/** The form's checks in the order the page reports them: the current password first, then the new one. */
export function updatePasswordError(input: UpdatePasswordInput): UpdatePasswordError | undefined {
  if (!input.current) return "emptyCurrent";
  if (!input.currentMatches) return "wrongCurrent";
  if (!input.next) return "emptyNew";
  if (!meetsPasswordRules(input.next)) return "weakPassword";
  if (input.next !== input.confirm) return "mismatch";
  if (input.nextIsCurrent) return "sameAsCurrent";
  return undefined;
}

type WorkAccount = Extract<ExternalAccount, { kind: "entra" }>;

/** The work accounts of the world and whether their password has expired (the studio's view). */
export function passwordsView(state: Readonly<WorldState>) {
  return {
    accounts: state.accounts
      .filter((a): a is WorkAccount => a.kind === "entra")
      .map((a) => ({
        email: a.email,
        expired: a.passwordExpired === true,
        ...(a.passwordChangedAt ? { changedAt: a.passwordChangedAt } : {}),
      })),
  };
}
