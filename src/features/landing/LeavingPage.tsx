// S30 The interstitial before leaving the simulator for an inviteRedirectUrl other than My Apps. The address
// comes from the backend's session, never from this page's URL, so a crafted link cannot redirect anywhere.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n";
import { useSearchParams } from "react-router";
import { isSafeRedirectUrl } from "../../api/contract";
import { sessionQuery } from "../../api/queries";
import { Card } from "../../ui/Card";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";

export function LeavingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useQuery(sessionQuery(params.get("session") ?? ""));
  const guard = guardQuery(session);
  if (guard || !session.data) return guard;
  const url = session.data.redirectUrl ?? "";
  if (!isSafeRedirectUrl(url)) {
    return (
      <Card>
        <StepHeading>{t("done.unsafeHeading")}</StepHeading>
        <p>{t("done.unsafeBody", { url })}</p>
      </Card>
    );
  }
  return (
    <Card organization={session.data.invitation.organization.name}>
      <StepHeading>{t("done.leavingHeading")}</StepHeading>
      <p>{t("done.leavingBody", { url })}</p>
      <div className="actions">
        <a className="button primary" href={url} rel="noopener noreferrer">
          {t("done.leavingContinue", { host: new URL(url).host })}
        </a>
      </div>
    </Card>
  );
}
