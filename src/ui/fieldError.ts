import { keyIn, type Translate } from "../i18n";
import { ApiError } from "../api/client";

/** The message for an API error that belongs at a field (a wrong code, a refused value), if it is one. */
export function fieldErrorMessage(t: Translate, language: string, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const key = keyIn("fieldErrors", error.code);
  const time = error.details.lockedUntil
    ? new Date(error.details.lockedUntil).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" })
    : "";
  const message = t(key, { ...error.details, time, defaultValue: "" });
  return message || undefined;
}
