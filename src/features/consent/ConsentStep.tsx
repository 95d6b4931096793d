// S26/S55 Review permissions (spec §5.1, addendum §15.1), element by element in Entra's order: the guest's
// address, "Permissions requested by:" with the organization and its domain, the three things accepting allows,
// the trust line, the privacy statement or the documented "has not provided links" text, where to update the
// permissions, Learn more, the disclaimer, Cancel and Accept. What the documentation says is shared (name, photo,
// e-mail, directory identifiers, with the guest's own values) is the studio's explain panel's to show.
import { Link } from "react-router";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { ExternalLink } from "../../ui/ExternalLink";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

// SIM-ASSUMPTION (addendum §15.1 #11, target a GAP): the redemption article.
const LEARN_MORE = "https://learn.microsoft.com/entra/external-id/redemption-experience";
const ALLOWS = ["consent.receiveProfile", "consent.collectActivity", "consent.useData"] as const;

export function ConsentStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization;
  const privacy = org.privacy;
  // Addendum §13.2: the page is T's (its background and footer), with T's square logo beside its name and domain
  // (SIM-ASSUMPTION, decision 0054); the box keeps Microsoft's mark.
  const { bannerLogo: _banner, squareLogo, ...branding } = org.branding ?? {};
  return (
    <Card branding={org.branding ? branding : undefined}>
      {session.signedInAs ? <p className="identity-banner">{session.signedInAs.email}</p> : null}
      <StepHeading>{t("consent.heading")}</StepHeading>
      <p className="requester">
        {squareLogo ? <img className="square-logo" src={squareLogo} alt="" width={48} height={48} /> : null}
        <strong>{org.name}</strong>
        <br />
        <span className="muted">{org.domain}</span>
      </p>
      <p>{t("consent.leadIn")}</p>
      <ul className="check-list">
        {ALLOWS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t("consent.trust", { org: org.name })}</p>
      {privacy.statementUrl || privacy.contactEmail ? (
        <>
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
      <p>
        {t("consent.manage")}{" "}
        <Link to="/myaccount/organizations" target="_blank" className="long-link">
          https://myaccount.microsoft.com/organizations
        </Link>
      </p>
      <p>
        <ExternalLink href={LEARN_MORE}>{t("consent.learnMore")}</ExternalLink>
      </p>
      <p className="muted">{t("consent.notShared")}</p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("consent.accept"), onClick: () => action.mutate({ kind: "consent", decision: "accept" }) }}
        secondary={{ label: t("consent.cancel"), onClick: () => action.mutate({ kind: "consent", decision: "cancel" }) }}
        busy={action.isPending}
      />
    </Card>
  );
}
