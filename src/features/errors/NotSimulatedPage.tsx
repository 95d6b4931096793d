// Where a link leads to a part of Entra's flow that a later version of the simulator will cover. It says
// so plainly instead of pretending.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Card } from "../../ui/Card";
import { StepHeading } from "../../ui/StepHeading";

const FEATURES: Record<string, string> = { "block-invitations": "notSimulated.blockInvitations" };

export function NotSimulatedPage() {
  const { t } = useTranslation();
  const { feature = "" } = useParams();
  const label = FEATURES[feature];
  return (
    <Card>
      <StepHeading>{t("notSimulated.heading")}</StepHeading>
      <p>{t("notSimulated.body", { feature: label ? t(label) : feature })}</p>
      <p>
        <Link to="/mailbox">{t("mailbox.back")}</Link>
      </p>
    </Card>
  );
}
