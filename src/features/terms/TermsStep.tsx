// S27 S28 Terms of use (spec §5.2): the document in the guest's language (else the default one); with "require
// users to expand" on, Accept stays disabled until the document was opened. The viewer has zoom in/out buttons
// (§5.2). Decline blocks. With several agreements, one page each, in the tenant's order (decision 0091).
import { useState } from "react";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

/** The viewer's zoom, in percent of the document's normal size. */
const ZOOM_MIN = 50;
const ZOOM_MAX = 200;
const ZOOM_STEP = 25;

/** One page per agreement (decision 0091): a new agreement is a new page, its heading focused and nothing opened. */
export function TermsStep({ session }: { session: SessionView }) {
  return <TermsPage key={session.terms?.id ?? "terms"} session={session} />;
}

function TermsPage({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const action = useSessionAction(session.id);
  const [expanded, setExpanded] = useState(false);
  const [zoom, setZoom] = useState(100);
  const fontSize = { fontSize: `${(14 * zoom) / 100}px` };
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
    <Card organization={org} branding={session.invitation.organization.branding}>
      <StepHeading>{t("terms.heading")}</StepHeading>
      <p>{t("terms.body", { org })}</p>
      <details className="terms" onToggle={(e) => e.currentTarget.open && setExpanded(true)}>
        <summary>{t("terms.expand", { name: terms.displayName })}</summary>
        <div className="terms-zoom">
          <button type="button" className="secondary" disabled={zoom <= ZOOM_MIN} onClick={() => setZoom(zoom - ZOOM_STEP)}>
            {t("terms.zoomOut")}
          </button>
          <span aria-live="polite">{t("terms.zoomLevel", { percent: zoom })}</span>
          <button type="button" className="secondary" disabled={zoom >= ZOOM_MAX} onClick={() => setZoom(zoom + ZOOM_STEP)}>
            {t("terms.zoomIn")}
          </button>
        </div>
        {/* A scrolling region must take focus so keyboard users can scroll it (axe scrollable-region-focusable). */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="terms-document" role="region" tabIndex={0} aria-label={terms.displayName} style={fontSize}>
          {document}
        </div>
      </details>
      {mustExpand ? (
        <p className="muted" id="terms-must-expand">
          {t("terms.mustExpand")}
        </p>
      ) : null}
      <ActionError error={action.error} />
      <FormFooter
        primary={{
          label: t("terms.accept"),
          onClick: () => action.mutate({ kind: "terms", decision: "accept", expanded, agreementId: terms.id }),
          disabled: mustExpand,
          describedBy: mustExpand ? "terms-must-expand" : undefined,
        }}
        secondary={{
          label: t("terms.decline"),
          onClick: () => action.mutate({ kind: "terms", decision: "decline", expanded, agreementId: terms.id }),
        }}
        busy={action.isPending}
      />
    </Card>
  );
}

/** S28: declined, so blocked; signing in again offers the terms again. */
export function TermsDeclined({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization.name;
  return (
    <Card organization={org} branding={session.invitation.organization.branding}>
      <StepHeading>{t("terms.declinedHeading")}</StepHeading>
      <p>{t("terms.declinedBody", { org })}</p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("terms.signInAgain"), onClick: () => action.mutate({ kind: "restart-sign-in" }) }}
        busy={action.isPending}
      />
    </Card>
  );
}
