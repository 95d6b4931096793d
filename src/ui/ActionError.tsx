// The one slot where a step shows an action's error that belongs at no field: a short message where the
// cause has one (fieldErrors.<code>, e.g. "Wait 30 seconds"), else the error panel with its technical details.
import { useTranslation } from "../i18n";
import { ErrorPanel } from "./ErrorPanel";
import { fieldErrorMessage } from "./fieldError";

export function ActionError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (error === null || error === undefined) return null;
  const message = fieldErrorMessage(t, i18n.language, error);
  return message ? (
    <p className="alert" role="alert">
      {message}
    </p>
  ) : (
    <ErrorPanel inline error={error} />
  );
}
