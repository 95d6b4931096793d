// The one footer of every step: the primary action (a form's submit button unless it has its own click),
// an optional secondary one (back, cancel, decline, or a link away), and the busy state while an action runs.
import type { ReactNode } from "react";
import { Link } from "react-router";

interface FooterAction {
  label: ReactNode;
  /** Without it (and without `to`) the button submits the form it sits in. */
  onClick?: () => void;
  /** A link instead of a button (e.g. back to the mailbox). */
  to?: string;
  disabled?: boolean;
  /** What explains a disabled button (aria-describedby). */
  describedBy?: string;
}

export function FormFooter({
  primary,
  secondary,
  busy,
  quiet,
  start,
}: {
  primary: FooterAction;
  secondary?: FooterAction;
  /** An action is running: the buttons wait. */
  busy?: boolean;
  /** The primary action is not the step's main one any more (e.g. "Send again"): drawn as a secondary. */
  quiet?: boolean;
  /** Aligned with the text rather than the card's end. */
  start?: boolean;
}) {
  const view = (action: FooterAction, className: string) =>
    action.to ? (
      <Link className={`button ${className}`} to={action.to}>
        {action.label}
      </Link>
    ) : (
      <button
        type={action.onClick ? "button" : "submit"}
        className={className}
        disabled={busy || action.disabled}
        aria-describedby={action.describedBy}
        onClick={action.onClick}
      >
        {action.label}
      </button>
    );
  return (
    <div className={start ? "actions start" : "actions"}>
      {secondary ? view(secondary, "secondary") : null}
      {view(primary, quiet ? "secondary" : "primary")}
    </div>
  );
}
