// Input rules both sides apply: the SPA as the guest types, the fake world on submit. Pure functions.
import { iso31661 } from "iso-3166/1.js";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 64;

export type PasswordProblem = "length" | "tooLong" | "variety" | "containsEmail";

/** Microsoft account password rule: 8+ characters with at least two of upper, lower, digits, symbols. */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push("length");
  if (password.length > PASSWORD_MAX_LENGTH) problems.push("tooLong");
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) problems.push("variety");
  const local = email.split("@")[0] ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local.toLowerCase())) problems.push("containsEmail");
  return problems;
}

export function nameProblem(value: string): "required" | "tooLong" | "characters" | undefined {
  const trimmed = value.trim();
  if (!trimmed) return "required";
  if (trimmed.length > NAME_MAX_LENGTH) return "tooLong";
  // Control characters, and the characters Microsoft account names refuse.
  if (/[\p{Cc}<>]/u.test(trimmed)) return "characters";
  return undefined;
}

// The officially assigned ISO 3166-1 codes (the iso-3166 package's list): the platform's region names also
// cover withdrawn codes (UK, SU, ZR, ...) that would list Germany or Russia twice, and reserved ones (AC, EA, IC).
const ASSIGNED_COUNTRIES: ReadonlySet<string> = new Set(iso31661.map((country) => country.alpha2));

export function isCountryCode(code: string): boolean {
  return ASSIGNED_COUNTRIES.has(code);
}

/** Every current ISO 3166-1 country code. */
export function countryCodes(): string[] {
  return [...ASSIGNED_COUNTRIES];
}

/**
 * The age below which a Microsoft account needs a parent's consent (Microsoft: "under statutory age in your
 * region"; the age per region is not documented, a GAP): 13 everywhere, docs/decisions/0051.
 */
export const MINIMUM_AGE = 13;

/** A real calendar date (YYYY-MM-DD), not in the future, not before 1900, and at least MINIMUM_AGE years ago. */
export function birthDateProblem(value: string, now: Date): "invalid" | "tooOld" | "future" | "underAge" | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return "invalid";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "invalid";
  if (year < 1900) return "tooOld";
  if (date.getTime() > now.getTime()) return "future";
  const birthday = new Date(Date.UTC(year + MINIMUM_AGE, month - 1, day));
  if (birthday.getTime() > now.getTime()) return "underAge";
  return undefined;
}
