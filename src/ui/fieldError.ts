import type { PluralKey, Translate } from "../i18n";
import { formatDate } from "../i18n/format";
import { ApiError } from "../api/client";

type CountedFieldError = PluralKey extends `fieldErrors.${infer Code}` ? Code : never;
/** The detail each counted message counts (the API sends details as strings); every plural field error needs one. */
const COUNTED_BY: Record<CountedFieldError, string> = {
  PasscodeIncorrect: "attemptsLeft",
  PasscodeExpired: "minutes",
  PasscodeMalformed: "length",
  PasscodeResendTooSoon: "retryAfterSeconds",
  MfaCodeMalformed: "length",
  VerificationCodeMalformed: "length",
};
const countedBy: Partial<Record<string, string>> = COUNTED_BY;

/** The message for an API error that belongs at a field (a wrong code, a refused value), if it is one. */
export function fieldErrorMessage(t: Translate, language: string, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const time = error.details.lockedUntil ? formatDate(error.details.lockedUntil, language, "time") : "";
  const detail = countedBy[error.code];
  const count = detail === undefined ? NaN : Number(error.details[detail]);
  const message = t<"fieldErrors">(`fieldErrors.${error.code}`, {
    ...error.details,
    time,
    count: Number.isFinite(count) ? count : undefined,
    defaultValue: "",
  });
  return message || undefined;
}
