// S22 P5, first screen (spec §4.5): a code will be sent to the invited address; Send code.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

export function PasscodeSendStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const passcode = session.passcode;
  const org = session.invitation.organization.name;
  return (
    <Card organization={org} branding={session.invitation.organization.branding} signInText>
      <StepHeading>{t("passcode.sendHeading")}</StepHeading>
      <p>{t("passcode.sendBody", { org, email: passcode?.sentTo ?? session.invitation.invitedEmail })}</p>
      <p className="muted">{t("passcode.sender", { sender: passcode?.sender ?? "" })}</p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("passcode.send"), onClick: () => action.mutate({ kind: "passcode/send" }) }}
        busy={action.isPending}
      />
    </Card>
  );
}
