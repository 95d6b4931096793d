// S29 S30 Redemption is complete (spec §5.4): go to the invitation's inviteRedirectUrl. The default My Apps is simulated in
// the app; any other https address gets an interstitial that names it; anything else is never followed.
import { useTranslation } from "../../i18n";
import { Navigate } from "react-router";
import { isSafeRedirectUrl, type SessionView } from "../../api/contract";
import { Card } from "../../ui/Card";
import { StepHeading } from "../../ui/StepHeading";

const MY_APPS_HOSTS = new Set(["myapps.microsoft.com", "myapplications.microsoft.com"]);

export function DoneStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const target = session.redirectUrl ?? "";
  if (!isSafeRedirectUrl(target)) {
    return (
      <Card organization={session.invitation.organization.name} branding={session.invitation.organization.branding}>
        <StepHeading>{t("done.unsafeHeading")}</StepHeading>
        <p>{t("done.unsafeBody", { url: target })}</p>
      </Card>
    );
  }
  const host = new URL(target).hostname;
  const query = `?session=${encodeURIComponent(session.id)}`;
  return <Navigate replace to={MY_APPS_HOSTS.has(host) ? `/myapps${query}` : `/leaving${query}`} />;
}
