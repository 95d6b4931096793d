// The one way an error reaches the guest. An Entra error (an AADSTS code, or an API error that names its code
// in details.aadsts) is Entra's error page with the backend's message (./EntraErrorPage.tsx, loaded when one
// comes); any other error is the simulator's own: its title and explanation per cause, a next step, and the
// technical details (code, correlation id, timestamp) with Copy.
import { lazy, Suspense, useState, type ReactNode } from "react";
import { useTranslation, withStrings } from "../i18n";
import { ApiError } from "../api/client";
import { Loading } from "./Card";
import { Facts } from "./Facts";
import { StepHeading } from "./StepHeading";

const EntraErrorPage = lazy(() => withStrings(() => import("./EntraErrorPage"), "exits").then((m) => ({ default: m.EntraErrorPage })));

export interface ErrorFacts {
  code: string;
  details: Record<string, string>;
  correlationId?: string;
  traceId?: string;
  timestamp: string;
}

export function errorFacts(error: unknown): ErrorFacts {
  if (error instanceof ApiError) {
    return {
      code: error.code,
      details: error.details,
      correlationId: error.correlationId,
      traceId: error.traceId,
      timestamp: error.timestamp ?? new Date().toISOString(),
    };
  }
  const code = (error as { code?: unknown })?.code;
  return { code: typeof code === "string" ? code : "Unknown", details: {}, timestamp: new Date().toISOString() };
}

/** `inline`: the error belongs to a step that stays on screen (h2 in an alert), not a screen of its own. */
export function ErrorPanel({
  error,
  actions,
  inline,
  onRetry,
}: {
  error: unknown;
  actions?: ReactNode;
  inline?: boolean;
  /** For a request that can simply be repeated (a failed load): a "Try again" button. */
  onRetry?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const facts = errorFacts(error);
  const aadsts = facts.code.startsWith("AADSTS") ? facts.code : facts.details.aadsts;
  if (aadsts && error instanceof ApiError) {
    const ids = { requestId: facts.traceId, correlationId: facts.correlationId, timestamp: facts.timestamp };
    return (
      <Suspense fallback={<Loading />}>
        <EntraErrorPage code={aadsts} message={error.message} facts={ids} inline={inline}>
          {actions ? <div className="actions start">{actions}</div> : null}
        </EntraErrorPage>
      </Suspense>
    );
  }
  // Every cause with its own copy in errors.<code>; anything else is named by its code.
  const key = i18n.exists(`errors.${facts.code}.title`) ? facts.code : "Unknown";
  // A value the copy names but the error lacks reads as empty (the translator's rule).
  const values = { ...facts.details, code: facts.code, reason: facts.details.reason ?? "", email: facts.details.email ?? "" };
  const title = t<"errors">(`errors.${key}.title`, values);
  return (
    <div role={inline ? "alert" : undefined} className={inline ? "alert" : undefined}>
      {inline ? <h2>{title}</h2> : <StepHeading>{title}</StepHeading>}
      <p>{t<"errors">(`errors.${key}.body`, values)}</p>
      {actions || onRetry ? (
        <div className="actions start">
          {onRetry ? (
            <button type="button" className="primary" onClick={onRetry}>
              {t("errors.retry")}
            </button>
          ) : null}
          {actions}
        </div>
      ) : null}
      <TechnicalDetails facts={facts} />
    </div>
  );
}

export function TechnicalDetails({ facts }: { facts: ErrorFacts }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  // What the guest can copy for a support ticket: the same rows as shown, in the same words.
  const rows = (
    [
      ["code", facts.code],
      ["correlationId", facts.correlationId],
      ["traceId", facts.traceId],
      ["timestamp", facts.timestamp],
    ] as const
  ).flatMap(([name, value]) => (value ? [[t(`errors.${name}`), value] as const] : []));
  return (
    <details className="details">
      <summary>{t("errors.details")}</summary>
      <Facts facts={rows} />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(rows.map(([label, value]) => `${label}: ${value}`).join("\n")).then(() => setCopied(true));
        }}
      >
        {copied ? t("errors.copied") : t("errors.copy")}
      </button>
    </details>
  );
}
