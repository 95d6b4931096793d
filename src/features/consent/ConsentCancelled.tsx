// S31 After Cancel on Review permissions (spec §5.1 SIM-ASSUMPTION): nothing shared, invitation still pending.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

export function ConsentCancelled({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization.name;
  return (
    <Card organization={org}>
      <StepHeading>{t("cancelled.heading")}</StepHeading>
      <p>{t("cancelled.body", { org })}</p>
      <p>{t("cancelled.next")}</p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("cancelled.review"), onClick: () => action.mutate({ kind: "restart-sign-in" }) }}
        secondary={{ label: t("cancelled.backToMail"), to: "/mailbox" }}
        busy={action.isPending}
      />
    </Card>
  );
}
