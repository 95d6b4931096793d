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
  AppCodeMalformed: "length",
  VerificationCodeMalformed: "length",
};
const countedBy: Partial<Record<string, string>> = COUNTED_BY;

/**
 * The short message for an API error about a value (a wrong code, a refused number): `fieldErrors.<code>`,
 * else `fieldErrors.<details.problem>`. Undefined for an error without such copy (in the action-error slot it
 * gets the error panel; at a field, useForm says "not accepted").
 */
export function fieldErrorMessage(t: Translate, language: string, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const { lockedUntil, problem } = error.details;
  const detail = countedBy[error.code];
  const count = detail === undefined ? NaN : Number(error.details[detail]);
  const values = {
    ...error.details,
    time: lockedUntil ? formatDate(lockedUntil, language, "time") : "",
    count: Number.isFinite(count) ? count : undefined,
    defaultValue: "",
  };
  return (
    t<"fieldErrors">(`fieldErrors.${error.code}`, values) || (problem && t<"fieldErrors">(`fieldErrors.${problem}`, values)) || undefined
  );
}
