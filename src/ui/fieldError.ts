import type { Translate } from "../i18n";
import { ApiError } from "../api/client";

/** The field an API error belongs at: the one the backend names in `details.field` (docs/api.md), never guessed. */
export function errorField(error: unknown): string | undefined {
  return error instanceof ApiError ? error.details.field || undefined : undefined;
}

/**
 * The short message for an API error about a value (a wrong code, a refused number): `fieldErrors.<code>`,
 * else `fieldErrors.<details.problem>`. Undefined for an error without such copy (in the action-error slot it
 * gets the error panel; at a field, useForm says "not accepted").
 */
export function fieldErrorMessage(t: Translate, language: string, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const time = error.details.lockedUntil
    ? new Date(error.details.lockedUntil).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" })
    : "";
  const values = { ...error.details, time, defaultValue: "" };
  const problem = error.details.problem;
  return t(`fieldErrors.${error.code}`, values) || (problem ? t(`fieldErrors.${problem}`, values) : "") || undefined;
}
