import type { ReactNode } from "react";
import { useTranslation } from "../i18n";

/** The Microsoft sign-in card: the organisation's name where the real page puts it. */
export function Card({ organization, wide, children }: { organization?: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? "card wide" : "card"}>
      {organization ? (
        <p className="org-line">
          <Initials name={organization} small />
          {organization}
        </p>
      ) : null}
      {children}
    </section>
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
