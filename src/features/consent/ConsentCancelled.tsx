// After Cancel on Review permissions (spec §5.1 SIM-ASSUMPTION): nothing shared, invitation still pending.
import { useTranslation } from "../../i18n";
import { Link } from "react-router";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
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
      {action.isError ? <ErrorPanel inline error={action.error} /> : null}
      <div className="actions">
        <Link className="button secondary" to="/mailbox">
          {t("cancelled.backToMail")}
        </Link>
        <button type="button" className="primary" disabled={action.isPending} onClick={() => action.mutate({ kind: "restart-sign-in" })}>
          {t("cancelled.review")}
        </button>
      </div>
    </Card>
  );
}
