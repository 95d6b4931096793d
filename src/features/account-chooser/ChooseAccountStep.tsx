// S15 D2 (spec §3.2): the address is both a work or school account and a personal Microsoft account.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { StepHeading } from "../../ui/StepHeading";

export function ChooseAccountStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const choose = (account: "entra" | "microsoft-account") => action.mutate({ kind: "choose", account });
  return (
    <Card organization={session.invitation.organization.name}>
      <StepHeading>{t("chooser.heading")}</StepHeading>
      <p>{t("chooser.body", { email: session.invitation.invitedEmail })}</p>
      <ActionError error={action.error} />
      <ul className="choice-list">
        <li>
          <button type="button" className="choice" disabled={action.isPending} onClick={() => choose("entra")}>
            <strong>{t("chooser.work")}</strong>
            <span className="muted">{t("chooser.workHelp")}</span>
          </button>
        </li>
        <li>
          <button type="button" className="choice" disabled={action.isPending} onClick={() => choose("microsoft-account")}>
            <strong>{t("chooser.personal")}</strong>
            <span className="muted">{t("chooser.personalHelp")}</span>
          </button>
        </li>
      </ul>
    </Card>
  );
}
