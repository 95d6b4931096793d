import type { ReactNode } from "react";
import { isSafeRedirectUrl } from "../api/contract";

/** A link out of the simulator, only ever to an absolute https address; anything else renders as text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeRedirectUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
