// The one footer of every step: the primary action (a form's submit button unless it has its own click),
// an optional secondary one (back, cancel, decline, a link away), and the busy state while an action runs.
import type { ReactNode } from "react";
import { Link } from "react-router";

interface FooterButton {
  label: ReactNode;
  /** Without it the button submits the form it sits in. */
  onClick?: () => void;
  disabled?: boolean;
  /** What explains a disabled button (aria-describedby). */
  describedBy?: string;
}

type Secondary = FooterButton | { label: ReactNode; to: string };

export function FormFooter({
  primary,
  secondary,
  busy = false,
  quiet = false,
  start = false,
}: {
  primary: FooterButton;
  secondary?: Secondary;
  /** An action is running: both buttons wait. */
  busy?: boolean;
  /** The primary action is not the step's main one any more (e.g. "Send again"): drawn as a secondary. */
  quiet?: boolean;
  /** Aligned with the text rather than the card's end. */
  start?: boolean;
}) {
  return (
    <div className={start ? "actions start" : "actions"} aria-busy={busy || undefined}>
      {secondary ? (
        "to" in secondary ? (
          <Link className="button secondary" to={secondary.to}>
            {secondary.label}
          </Link>
        ) : (
          <FooterButtonView button={secondary} className="secondary" busy={busy} />
        )
      ) : null}
      <FooterButtonView button={primary} className={quiet ? "secondary" : "primary"} busy={busy} />
    </div>
  );
}

function FooterButtonView({ button, className, busy }: { button: FooterButton; className: string; busy: boolean }) {
  return (
    <button
      type={button.onClick ? "button" : "submit"}
      className={className}
      disabled={busy || button.disabled}
      aria-describedby={button.describedBy}
      onClick={button.onClick}
    >
      {button.label}
    </button>
  );
}
