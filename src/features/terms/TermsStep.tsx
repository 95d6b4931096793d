// Terms of use (spec §5.2): the document in the guest's language (else the default one); with "require
// users to expand" on, Accept stays disabled until the document was opened. Decline blocks.
import { useState } from "react";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { StepHeading } from "../../ui/StepHeading";

export function TermsStep({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const action = useSessionAction(session.id);
  const [expanded, setExpanded] = useState(false);
  const terms = session.terms;
  const org = session.invitation.organization.name;
  if (!terms)
    return (
      <Card>
        <ErrorPanel error={{ code: "Unknown" }} />
      </Card>
    );
  const document = i18n.language.startsWith("nl") && terms.documents.nl ? terms.documents.nl : terms.documents.en;
  const mustExpand = terms.requireExpand && !expanded;
  return (
    <Card organization={org}>
      <StepHeading>{t("terms.heading")}</StepHeading>
      <p>{t("terms.body", { org })}</p>
      <details className="terms" onToggle={(e) => e.currentTarget.open && setExpanded(true)}>
        <summary>{t("terms.expand", { name: terms.displayName })}</summary>
        {/* A scrolling region must take focus so keyboard users can scroll it (axe scrollable-region-focusable). */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="terms-document" role="region" tabIndex={0} aria-label={terms.displayName}>
          {document}
        </div>
      </details>
      {mustExpand ? (
        <p className="muted" id="terms-must-expand">
          {t("terms.mustExpand")}
        </p>
      ) : null}
      {action.isError ? <ErrorPanel inline error={action.error} /> : null}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={action.isPending}
          onClick={() => action.mutate({ kind: "terms", decision: "decline", expanded })}
        >
          {t("terms.decline")}
        </button>
        <button
          type="button"
          className="primary"
          disabled={action.isPending || mustExpand}
          aria-describedby={mustExpand ? "terms-must-expand" : undefined}
          onClick={() => action.mutate({ kind: "terms", decision: "accept", expanded })}
        >
          {t("terms.accept")}
        </button>
      </div>
    </Card>
  );
}

export function TermsDeclined({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization.name;
  return (
    <Card organization={org}>
      <StepHeading>{t("terms.declinedHeading")}</StepHeading>
      <p>{t("terms.declinedBody", { org })}</p>
      {action.isError ? <ErrorPanel inline error={action.error} /> : null}
      <div className="actions">
        <button type="button" className="primary" disabled={action.isPending} onClick={() => action.mutate({ kind: "restart-sign-in" })}>
          {t("terms.signInAgain")}
        </button>
      </div>
    </Card>
  );
}
