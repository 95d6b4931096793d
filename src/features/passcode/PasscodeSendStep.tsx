// P5, first screen (spec §4.5): a code will be sent to the invited address; Send code.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { fieldErrorMessage } from "../../ui/fieldError";
import { StepHeading } from "../../ui/StepHeading";

export function PasscodeSendStep({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const action = useSessionAction(session.id);
  const passcode = session.passcode;
  const org = session.invitation.organization.name;
  const known = fieldErrorMessage(t, i18n.language, action.error);
  return (
    <Card organization={org}>
      <StepHeading>{t("passcode.sendHeading")}</StepHeading>
      <p>{t("passcode.sendBody", { org, email: passcode?.sentTo ?? session.invitation.invitedEmail })}</p>
      <p className="muted">{t("signIn.reason", { reason: t<"discovery">(`discovery.${session.discovery.rule}`) })}</p>
      <p className="muted">{t("passcode.sender", { sender: passcode?.sender ?? "" })}</p>
      {known ? (
        <p className="alert" role="alert">
          {known}
        </p>
      ) : action.isError ? (
        <ErrorPanel inline error={action.error} />
      ) : null}
      <div className="actions">
        <button type="button" className="primary" disabled={action.isPending} onClick={() => action.mutate({ kind: "passcode/send" })}>
          {t("passcode.send")}
        </button>
      </div>
    </Card>
  );
}
