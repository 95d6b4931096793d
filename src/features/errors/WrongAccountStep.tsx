// S31 AADSTS50020 (spec §4.9, §6): the guest signed in as someone other than the invited address. Both
// accounts are named, and the way out is one click.
import { useState } from "react";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { TechnicalDetails } from "../../ui/ErrorPanel";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

export function WrongAccountStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization.name;
  const signedIn = session.signedInAs;
  const [shownAt] = useState(() => new Date().toISOString());
  return (
    <Card organization={org}>
      {session.discovery.path === "google" ? (
        <>
          <StepHeading>{t("wrongAccount.googleHeading")}</StepHeading>
          <p>{t("wrongAccount.googleBody", { signedIn: signedIn?.email ?? "", invited: session.invitation.invitedEmail })}</p>
        </>
      ) : (
        <>
          <StepHeading>{t("wrongAccount.heading")}</StepHeading>
          <p>
            <strong>{t("wrongAccount.code")}</strong>:{" "}
            {t("wrongAccount.body", { signedIn: signedIn?.email ?? "", idp: signedIn?.identityProvider ?? "", org })}
          </p>
        </>
      )}
      <p>{t("wrongAccount.invited", { invited: session.invitation.invitedEmail })}</p>
      <p>{t("wrongAccount.help", { org })}</p>
      <p className="muted">{t("wrongAccount.privateWindow")}</p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("wrongAccount.switch"), onClick: () => action.mutate({ kind: "restart-sign-in" }) }}
        busy={action.isPending}
      />
      <TechnicalDetails facts={{ code: "AADSTS50020", details: {}, correlationId: session.id, timestamp: shownAt }} />
    </Card>
  );
}
