// S31 D10 (spec §3.2, §4.7): a direct link, no home account anywhere and one-time passcodes off. The guest
// cannot redeem here, and no account creation is offered (that is for the e-mail link only).
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { Card } from "../../ui/Card";
import { TechnicalDetails } from "../../ui/ErrorPanel";
import { StepHeading } from "../../ui/StepHeading";
import { useState } from "react";

export function NoIdentityProviderStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const org = session.invitation.organization.name;
  const [shownAt] = useState(() => new Date().toISOString());
  return (
    <Card organization={org}>
      <StepHeading>{t("noIdp.heading")}</StepHeading>
      <p>{t("noIdp.body", { org, email: session.invitation.invitedEmail })}</p>
      <p>{t("noIdp.next", { org })}</p>
      <TechnicalDetails facts={{ code: session.discovery.rule, details: {}, correlationId: session.id, timestamp: shownAt }} />
    </Card>
  );
}
