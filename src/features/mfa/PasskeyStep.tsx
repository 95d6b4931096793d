// S52 addendum §12.8: the Microsoft-managed passkey registration campaign after the phone challenge (from
// 1 September 2026, "Not now" snoozes), and the blocking passkey registration once Microsoft-provided SMS and
// voice retire (from 1 February 2027, no "Not now"). Entra's copy is a GAP (docs/decisions/0071): paraphrased.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { IdentityBanner } from "./parts";

export function PasskeyStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization.name;
  const blocking = session.passkey?.blocking ?? false;
  return (
    <Card organization={org}>
      <IdentityBanner session={session} />
      <StepHeading>{t("mfa.passkey.heading")}</StepHeading>
      <p>{t(blocking ? "mfa.passkey.blockingBody" : "mfa.passkey.campaignBody", { org })}</p>
      <p>{t("mfa.passkey.onPhone")}</p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("mfa.passkey.next"), onClick: () => action.mutate({ kind: "passkey", decision: "register" }) }}
        secondary={
          blocking ? undefined : { label: t("mfa.passkey.notNow"), onClick: () => action.mutate({ kind: "passkey", decision: "snooze" }) }
        }
        busy={action.isPending}
      />
    </Card>
  );
}
