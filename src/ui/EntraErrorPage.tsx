// Entra's error page (addendum §14.1, S31/S53), the one layout of every Entra error the SPA shows: "Sign in",
// "Sorry, but we're having trouble signing you in.", the AADSTS code with Entra's message, the way out where
// Entra offers one (§10.4), and "More details", which opens the troubleshooting details (request id,
// correlation id, timestamp, app) with Copy, flagging and Close. The fake login host's page in the popup has
// the same structure (mocks/idp/pages.ts errorPage). It says nothing of the simulator: causes, fixes and gaps
// are the studio's explain panel's. Entra's message stays in Entra's English; the page around it follows the
// guest's language (docs/decisions/0047). Not in the first load: its chunk and its CSS come with the error.
import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "../i18n";
import { Facts } from "./Facts";
import { StepHeading } from "./StepHeading";
import "./EntraErrorPage.css";

export interface EntraErrorFacts {
  requestId?: string;
  correlationId?: string;
  timestamp: string;
  appName?: string;
  appId?: string;
  /** The richer Conditional Access variant (addendum §14.1 row 7): device requirements, 53000/53001. */
  device?: { ipAddress: string; identifier: string; platform: string; state: string };
}

export interface EntraErrorProps {
  /** AADSTSnnnnn; absent where the spec documents no code (then `heading` names the error). */
  code?: string;
  /** Entra's message (or, without a code, the simulator's localized wording of the error). */
  message: string;
  facts: EntraErrorFacts;
  /** The error's own title where no code is documented, or a page of its own (53011); else Entra's "Sign in". */
  heading?: string;
  /** The line under the heading where the error's page has its own (53011); else "Sorry, but we're having trouble…". */
  lead?: string;
  /** "Sign out and sign in with a different account" (addendum §10.4 SIM-ASSUMPTION). */
  signOut?: { onClick: () => void; busy?: boolean };
  /** Part of a step that stays on screen (a failed action): no card, an h2, announced as an alert. */
  inline?: boolean;
  /** Below the way out: an action's error, for instance. */
  children?: ReactNode;
}

/** The page inside the caller's card (a step's, the error panel's). */
export function EntraErrorPage({ code, message, facts, heading, lead, signOut, inline, children }: EntraErrorProps) {
  const { t } = useTranslation();
  const id = useId();
  const more = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const title = heading ?? t("entraError.heading");
  // Conditional Access pages name the code as "Error Code"; the others quote the message (addendum §14.1 row 7).
  const first: [string, string | undefined] = code?.startsWith("AADSTS53")
    ? [t("entraError.errorCode"), code.replace(/^AADSTS/, "")]
    : [t("entraError.message"), code ? `${code}: ${message}` : message];
  const rows = (
    [
      first,
      [t("entraError.requestId"), facts.requestId],
      [t("entraError.correlationId"), facts.correlationId],
      [t("entraError.timestamp"), facts.timestamp],
      [t("entraError.appName"), facts.appName],
      [t("entraError.appId"), facts.appId],
      [t("entraError.ipAddress"), facts.device?.ipAddress],
      [t("entraError.deviceIdentifier"), facts.device?.identifier],
      [t("entraError.devicePlatform"), facts.device?.platform],
      [t("entraError.deviceState"), facts.device?.state],
    ] as const
  ).flatMap(([label, value]) => (value ? [[label, value] as const] : []));
  const close = () => {
    setOpen(false);
    more.current?.focus();
  };
  const page = (
    <>
      {inline ? <h2>{title}</h2> : <StepHeading>{title}</StepHeading>}
      <p>{lead ?? t("entraError.lead")}</p>
      <p className="ext-error error-line">{code ? `${code}: ${message}` : message}</p>
      {signOut ? (
        <p>
          <button type="button" className="link-button" onClick={signOut.onClick} disabled={signOut.busy}>
            {t("entraError.signOut")}
          </button>
        </p>
      ) : null}
      {children}
      <p>
        <button
          ref={more}
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={`${id}-trouble`}
          onClick={() => setOpen(!open)}
        >
          {t("entraError.moreDetails")}
        </button>
      </p>
      <section className="troubleshooting" id={`${id}-trouble`} aria-labelledby={`${id}-trouble-heading`} hidden={!open}>
        <div className="trouble-head">
          {inline ? (
            <h3 id={`${id}-trouble-heading`}>{t("entraError.troubleshooting")}</h3>
          ) : (
            <h2 id={`${id}-trouble-heading`}>{t("entraError.troubleshooting")}</h2>
          )}
          <button type="button" className="close" aria-label={t("entraError.close")} onClick={close}>
            ×
          </button>
        </div>
        <p>{t("entraError.intro")}</p>
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void navigator.clipboard
                ?.writeText(rows.map(([label, value]) => `${label}: ${value}`).join("\n"))
                .then(() => setCopied(true));
            }}
          >
            {copied ? t("entraError.copied") : t("entraError.copy")}
          </button>
        </p>
        <Facts facts={rows} className="trouble-facts" />
        <p>
          {t("entraError.flag")}{" "}
          <button type="button" className="link-button" onClick={() => setFlagging(!flagging)}>
            {flagging ? t("entraError.disableFlagging") : t("entraError.enableFlagging")}
          </button>
        </p>
        <p className="muted">{t("entraError.flagNote")}</p>
      </section>
    </>
  );
  return (
    <div role={inline ? "alert" : undefined} className={inline ? "entra-error inline" : "entra-error"}>
      {page}
    </div>
  );
}
