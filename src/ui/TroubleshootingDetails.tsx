// Entra's "Troubleshooting details" (addendum §14.1 row 7): a line for the administrator, Copy info to clipboard, one
// field per line, flagging (row 8) and Close (row 9). One region for both ways in: an error page's "More details" and
// the footer's "…" (`.ext-debug-item`, §13.4), which on a page without an error shows the page's own ids
// (docs/decisions/0089). Not in the first load: it comes with the error page, or when the "…" is first pressed.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n";
import { useDebugDetails } from "./debugDetails";
import { Facts } from "./Facts";
import "./TroubleshootingDetails.css";

export function TroubleshootingDetails({
  id,
  rows,
  open,
  inline,
  onClose,
}: {
  id: string;
  rows: ReadonlyArray<readonly [string, string]>;
  open: boolean;
  /** Inside a step's content (an action's error): an h3 under the step's h2. */
  inline?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const debug = useDebugDetails();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  const [flagging, setFlagging] = useState(false);
  // Opened with the footer's "…": the focus goes to the panel's heading, so the keyboard continues there.
  const token = debug?.fromFooter ? debug.focusToken : 0;
  useEffect(() => {
    if (open && token) heading.current?.focus();
  }, [open, token]);
  // Escape inside the details closes them (the caller gives the focus back).
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !section.current?.contains(document.activeElement)) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, onClose]);
  const Heading = inline ? "h3" : "h2";
  return (
    <section className="troubleshooting ext-debug-details" id={id} aria-labelledby={`${id}-heading`} hidden={!open} ref={section}>
      <div className="trouble-head">
        <Heading id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {t("entraError.troubleshooting")}
        </Heading>
        <button type="button" className="close" aria-label={t("entraError.close")} onClick={onClose}>
          ×
        </button>
      </div>
      <p>{t("entraError.intro")}</p>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            void navigator.clipboard?.writeText(rows.map(([label, value]) => `${label}: ${value}`).join("\n")).then(() => setCopied(true));
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
  );
}

/** A random id in a GUID's shape (getRandomValues works outside secure contexts too, unlike randomUUID). */
function guid(): string {
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// A page's ids stay the same while it is shown, however often the panel is opened and closed.
const pageIds = new Map<string, { requestId: string; correlationId: string; timestamp: string }>();

/** The details of a page without an error (the footer's "…"): the page's request id, correlation id and time. */
export function PageTroubleshootingDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const debug = useDebugDetails();
  const [ids] = useState(() => {
    const made = pageIds.get(id) ?? {
      requestId: guid(),
      correlationId: guid(),
      timestamp: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    };
    pageIds.set(id, made);
    return made;
  });
  const rows = [
    [t("entraError.requestId"), ids.requestId],
    [t("entraError.correlationId"), ids.correlationId],
    [t("entraError.timestamp"), ids.timestamp],
  ] as const;
  return (
    <TroubleshootingDetails
      id={id}
      rows={rows}
      open
      onClose={() => {
        debug?.setOpen(false);
        debug?.button.current?.focus();
      }}
    />
  );
}
