import type { Translate } from "../i18n";
import { ApiError } from "../api/client";

/**
 * The short message for an API error about a value (a wrong code, a refused number): `fieldErrors.<code>`,
 * else `fieldErrors.<details.problem>`. Undefined for an error without such copy (in the action-error slot it
 * gets the error panel; at a field, useForm says "not accepted").
 */
export function fieldErrorMessage(t: Translate, language: string, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const { lockedUntil, problem } = error.details;
  const values = {
    ...error.details,
    time: lockedUntil && new Date(lockedUntil).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" }),
    defaultValue: "",
  };
  return t(`fieldErrors.${error.code}`, values) || (problem && t(`fieldErrors.${problem}`, values)) || undefined;
}
