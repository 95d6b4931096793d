import type { ReactNode } from "react";
import { useTranslation } from "../i18n";

// Microsoft's pages link these in their footer (addendum §13: a tenant's branding can replace them).
const TERMS_OF_USE = "https://www.microsoft.com/servicesagreement";
const PRIVACY = "https://privacy.microsoft.com/privacystatement";

/**
 * The Microsoft sign-in card (issue 12 §1): a Microsoft-style mark of the simulator's own drawing (CSS, no image
 * file) where Entra shows Microsoft's logo, the organisation's name where its banner logo would be, and the page's
 * footer links.
 */
export function Card({ organization, wide, children }: { organization?: string; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <section className={wide ? "card wide" : "card"}>
        <div className="ms-mark" role="img" aria-label="Microsoft" />
        {organization ? <p className="org-line">{organization}</p> : null}
        {children}
      </section>
      <footer className="entra-footer">
        <a href={TERMS_OF_USE} target="_blank" rel="noopener noreferrer">
          {t("app.termsOfUse")}
        </a>
        <a href={PRIVACY} target="_blank" rel="noopener noreferrer">
          {t("app.privacyCookies")}
        </a>
      </footer>
    </>
  );
}

/** The first letters of a name's first two words. */
export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");

export function Initials({ name, small }: { name: string; small?: boolean }) {
  const letters = initialsOf(name);
  return (
    <span className={small ? "avatar small" : "avatar"} aria-hidden="true">
      {letters}
    </span>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t("app.loading")}
    </p>
  );
}
