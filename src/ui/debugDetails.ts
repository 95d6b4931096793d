// Entra's footer "…" (`.ext-debug-item`, addendum §13.4 and §14.1 row 7): a button that shows and hides the page's
// troubleshooting details. The card owns the open state; an Entra error page inside the card claims the panel, so the
// "…" opens the error's own details (the region "More details" opens), never a second copy (docs/decisions/0089).
import { createContext, useContext, type RefObject } from "react";

export interface DebugDetails {
  open: boolean;
  /** Opens or closes; `focusPanel` moves the focus into the opened panel (the "…" button did it). */
  setOpen: (open: boolean, focusPanel?: boolean) => void;
  /** Whether the footer's "…" opened the panel last (its Close and Escape give the focus back there). */
  fromFooter: boolean;
  /** The id the panel carries (the "…" button's aria-controls). */
  panelId: string;
  /** An error page's panel takes the place of the card's own; the returned function gives it back. */
  claim: () => () => void;
  /** The footer's "…" button (the focus goes back to it). */
  button: RefObject<HTMLButtonElement | null>;
  /** Counts the "…" button's openings: each one moves the focus to the panel's heading. */
  focusToken: number;
}

export const DebugDetailsContext = createContext<DebugDetails | null>(null);

export const useDebugDetails = () => useContext(DebugDetailsContext);
