// S26 Review permissions (spec §5.1): who asks, what they receive (the guest's own values), the privacy
// statement or the documented "has not provided links" text, Accept and Cancel.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { ExternalLink } from "../../ui/ExternalLink";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

export function ConsentStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization;
  const data = session.sharedData;
  const privacy = org.privacy;
  return (
    <Card organization={org.name}>
      {session.signedInAs ? <p className="muted">{t("consent.signedInAs", { email: session.signedInAs.email })}</p> : null}
      <StepHeading>{t("consent.heading")}</StepHeading>
      <p>
        {t("consent.requestedBy")}
        <br />
        <strong>{org.name}</strong> <span className="muted">{org.domain}</span>
      </p>
      {data ? (
        <>
          <h2>{t("consent.shared")}</h2>
          <ul className="data-list">
            <li>
              {t("consent.name")}: {data.name}
            </li>
            <li>
              {t("consent.photo")}: {data.photoUrl ? data.photoUrl : t("consent.noPhoto")}
            </li>
            <li>
              {t("consent.email")}: {data.email}
            </li>
            <li>{t("consent.identifiers", { objectId: data.objectId, tenantId: data.tenantId })}</li>
          </ul>
          <p className="muted">{t("consent.identifiersPurpose")}</p>
        </>
      ) : null}
      <div className="privacy-box">
        {privacy.statementUrl || privacy.contactEmail ? (
          <>
            <p>{t("consent.privacyIntro", { org: org.name })}</p>
            {privacy.statementUrl ? (
              <p>
                <ExternalLink href={privacy.statementUrl}>{t("consent.privacyLink", { org: org.name })}</ExternalLink>
              </p>
            ) : null}
            {privacy.contactEmail ? <p>{t("consent.privacyContact", { contact: privacy.contactEmail })}</p> : null}
          </>
        ) : (
          <p>{t("consent.noPrivacy", { org: org.name })}</p>
        )}
      </div>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("consent.accept"), onClick: () => action.mutate({ kind: "consent", decision: "accept" }) }}
        secondary={{ label: t("consent.cancel"), onClick: () => action.mutate({ kind: "consent", decision: "cancel" }) }}
        busy={action.isPending}
      />
    </Card>
  );
}
