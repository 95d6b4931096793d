// The simulated My Apps (https://myapps.microsoft.com): where a guest lands by default (spec §5.4).
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { sessionQuery } from "../../api/queries";
import { Card, Loading } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { ExternalLink } from "../../ui/ExternalLink";
import { StepHeading } from "../../ui/StepHeading";

export function MyAppsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const sessionId = params.get("session") ?? "";
  const session = useQuery({ ...sessionQuery(sessionId), enabled: sessionId !== "" });
  if (session.isError) return <Card><ErrorPanel error={session.error} /></Card>;
  if (sessionId && !session.data) return <Loading />;
  const org = session.data?.invitation.organization;
  return (
    <div>
      <div className="myapps-bar">
        <strong>{t("myApps.heading")}</strong>
        {org ? <span>{t("myApps.org", { org: org.name })}</span> : null}
        {session.data?.signedInAs ? <span>{t("myApps.signedInAs", { email: session.data.signedInAs.email })}</span> : null}
      </div>
      <div className="myapps-empty">
        <StepHeading>{t("myApps.noApps")}</StepHeading>
        {org ? <p className="muted">{t("myApps.noAppsHelp", { org: org.name })}</p> : null}
        {org?.privacy.statementUrl ? (
          <p>
            <ExternalLink href={org.privacy.statementUrl}>{t("myApps.privacy", { org: org.name })}</ExternalLink>
          </p>
        ) : null}
      </div>
    </div>
  );
}
