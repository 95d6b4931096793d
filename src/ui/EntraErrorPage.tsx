// Entra's error page (addendum §14.1, S31/S53), the one layout of every Entra error the SPA shows: "Sign in",
// "Sorry, but we're having trouble signing you in.", the AADSTS code with Entra's message, the way out where
// Entra offers one (§10.4), and "More details", which opens the troubleshooting details (request id,
// correlation id, timestamp, app) with Copy, flagging and Close. The fake login host's page in the popup has
// the same structure (mocks/idp/pages.ts errorPage). It says nothing of the simulator: causes, fixes and gaps
// are the studio's explain panel's. Entra's message stays in Entra's English; the page around it follows the
// guest's language (docs/decisions/0047). Not in the first load: its chunk and its CSS come with the error.
// Inside a card, the footer's "…" opens the same details region (./debugDetails.ts, docs/decisions/0089).
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "../i18n";
import { useDebugDetails } from "./debugDetails";
import { StepHeading } from "./StepHeading";
import { TroubleshootingDetails } from "./TroubleshootingDetails";
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
  const debug = useDebugDetails();
  const claim = debug?.claim;
  useEffect(() => claim?.(), [claim]);
  const [ownOpen, setOwnOpen] = useState(false);
  const open = debug ? debug.open : ownOpen;
  const setOpen = (next: boolean) => (debug ? debug.setOpen(next) : setOwnOpen(next));
  const panelId = debug?.panelId ?? `${id}-trouble`;
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
  // Closed, the focus goes back to what opened the details: "More details" or the footer's "…".
  const close = () => {
    const back = debug?.fromFooter ? debug.button : more;
    setOpen(false);
    back.current?.focus();
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
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {t("entraError.moreDetails")}
        </button>
      </p>
      <TroubleshootingDetails id={panelId} rows={rows} open={open} inline={inline} onClose={close} />
    </>
  );
  return (
    <div role={inline ? "alert" : undefined} className={inline ? "entra-error inline" : "entra-error"}>
      {page}
    </div>
  );
}
