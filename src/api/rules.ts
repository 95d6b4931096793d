// Input rules both sides apply: the SPA as the guest types, the fake world on submit. Pure functions.

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

// Made on first use: building it loads ICU region data (~20 ms), which must not run while a page starts.
let regionNames: Intl.DisplayNames | undefined;
/** Two-letter codes that name a region but not a country or territory. */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"]);

export function isCountryCode(code: string): boolean {
  return (
    /^[A-Z]{2}$/.test(code) &&
    !NOT_COUNTRIES.has(code) &&
    (regionNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" })).of(code) !== undefined
  );
}

let countries: string[] | undefined;
/** Every ISO 3166 country/region code the platform knows a name for. */
export function countryCodes(): string[] {
  if (!countries) {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    countries = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter(isCountryCode);
  }
  return countries;
}

/** A real calendar date (YYYY-MM-DD), not in the future and not before 1900. */
export function birthDateProblem(value: string, now: Date): "invalid" | "tooOld" | "future" | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return "invalid";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "invalid";
  if (year < 1900) return "tooOld";
  if (date.getTime() > now.getTime()) return "future";
  return undefined;
}
