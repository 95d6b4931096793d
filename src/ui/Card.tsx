import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from "react";
import type { BrandingView } from "../api/contract";
import { useTranslation, withStrings } from "../i18n";
import { parseSignInText } from "../lib/signInText";
import { DebugDetailsContext, type DebugDetails } from "./debugDetails";

// The page's own troubleshooting details (the footer's "…" on a page without an error): loaded when first opened.
const PageTroubleshootingDetails = lazy(() =>
  withStrings(() => import("./TroubleshootingDetails"), "exits").then((m) => ({ default: m.PageTroubleshootingDetails })),
);

// Microsoft's pages link these in their footer (addendum §13: a tenant's branding can replace them).
const TERMS_OF_USE = "https://www.microsoft.com/servicesagreement";
const PRIVACY = "https://privacy.microsoft.com/privacystatement";

/** The sign-in page text (addendum §13.1) with its own markup: paragraphs, links, bold, italic, underline. */
export function SignInPageText({ text }: { text: string }) {
  return (
    <div className="ext-boilerplate-text">
      {parseSignInText(text).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((part, i) =>
            part.kind === "link" ? (
              <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
                {part.text}
              </a>
            ) : part.kind === "bold" ? (
              <strong key={i}>{part.text}</strong>
            ) : part.kind === "italic" ? (
              <em key={i}>{part.text}</em>
            ) : part.kind === "underline" ? (
              <u key={i}>{part.text}</u>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}

/** The page behind the box: the branding's background colour and image (addendum §13.1), else Entra's default. */
function backgroundOf(branding: BrandingView | undefined): CSSProperties | undefined {
  if (!branding?.backgroundColor && !branding?.backgroundImage) return undefined;
  return {
    backgroundColor: branding.backgroundColor,
    backgroundImage: branding.backgroundImage ? `url("${branding.backgroundImage}")` : undefined,
  };
}

/**
 * The Microsoft sign-in card (issue 12 §1): a Microsoft-style mark of the simulator's own drawing (CSS, no image
 * file) where Entra shows Microsoft's logo, or the tenant's banner logo when its company branding has one
 * (addendum §13.2: the caller passes the branding of the tenant whose page this is); otherwise the organisation's
 * name where the banner logo would be. The branding's background and footer links frame the box; the sign-in page
 * text stands at the bottom of the box on the pages that sign in (`signInText`).
 */
export function Card({
  organization,
  branding,
  signInText,
  logoAlt,
  wide,
  children,
}: {
  organization?: string;
  branding?: BrandingView;
  signInText?: boolean;
  /** The banner logo's text alternative when the logo is another tenant's than `organization` (MFA, §13.2). */
  logoAlt?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [debug, setDebug] = useState({ open: false, fromFooter: false, focusToken: 0 });
  const [claims, setClaims] = useState(0);
  const claim = useCallback(() => {
    setClaims((n) => n + 1);
    return () => setClaims((n) => n - 1);
  }, []);
  const setOpen = useCallback((open: boolean, fromFooter = false) => {
    setDebug((was) => ({ open, fromFooter, focusToken: open && fromFooter ? was.focusToken + 1 : was.focusToken }));
  }, []);
  const details = useMemo<DebugDetails>(() => ({ ...debug, setOpen, panelId, claim, button }), [debug, setOpen, panelId, claim]);
  const terms = branding?.hideTermsOfUse ? null : (
    <a className="ext-footer-item" href={branding?.customTermsOfUseUrl || TERMS_OF_USE} target="_blank" rel="noopener noreferrer">
      {branding?.customTermsOfUseText || t("app.termsOfUse")}
    </a>
  );
  const privacy = branding?.hidePrivacyAndCookies ? null : (
    <a className="ext-footer-item" href={branding?.customPrivacyAndCookiesUrl || PRIVACY} target="_blank" rel="noopener noreferrer">
      {branding?.customPrivacyAndCookiesText || t("app.privacyCookies")}
    </a>
  );
  return (
    <DebugDetailsContext value={details}>
      <div className="entra-page ext-background-image" style={backgroundOf(branding)}>
        <section className={wide ? "card wide ext-sign-in-box" : "card ext-sign-in-box"}>
          {branding?.bannerLogo ? (
            <img className="banner-logo ext-banner-logo" src={branding.bannerLogo} alt={logoAlt ?? organization ?? ""} />
          ) : (
            <>
              <div className="ms-mark" role="img" aria-label="Microsoft" />
              {organization ? <p className="org-line">{organization}</p> : null}
            </>
          )}
          {children}
          {signInText && branding?.signInPageText ? <SignInPageText text={branding.signInPageText} /> : null}
          {debug.open && claims === 0 ? (
            <Suspense fallback={null}>
              <PageTroubleshootingDetails id={panelId} />
            </Suspense>
          ) : null}
        </section>
        <footer className={backgroundOf(branding) ? "entra-footer ext-footer has-background" : "entra-footer ext-footer"}>
          {terms}
          {privacy}
          {/* Entra's "…": a button that shows the troubleshooting details (Escape closes them, the focus comes back). */}
          <button
            ref={button}
            type="button"
            className="ext-footer-item ext-debug-item debug-item"
            aria-label={t("app.troubleshootingInfo")}
            aria-expanded={debug.open}
            aria-controls={debug.open || claims > 0 ? panelId : undefined}
            onClick={() => setOpen(!debug.open, true)}
            onKeyDown={(event) => {
              if (event.key === "Escape" && debug.open) setOpen(false);
            }}
          >
            …
          </button>
        </footer>
      </div>
    </DebugDetailsContext>
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
