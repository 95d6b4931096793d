// S31 The invitation is bound to another identity of the same address (spec §4.9, reset redemption §8): a
// cause of its own, because only the inviting admin can change it.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

export function RedeemedByOtherIdentityStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization.name;
  return (
    <Card organization={org}>
      <StepHeading>{t("otherIdentity.heading")}</StepHeading>
      <p>
        {t("otherIdentity.body", {
          email: session.invitation.invitedEmail,
          bound: session.boundTo?.email ?? "",
          idp: session.boundTo?.identityProvider ?? "",
        })}
      </p>
      <p>{t("otherIdentity.help", { org })}</p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("otherIdentity.switch"), onClick: () => action.mutate({ kind: "restart-sign-in" }) }}
        busy={action.isPending}
      />
    </Card>
  );
}
