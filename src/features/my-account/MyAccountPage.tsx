// S34 S35 S36 "/myaccount/organizations?session=" — My Account → Organizations (spec §5.5): the home organisation
// without Leave, the organisations the guest collaborates with, Leave → confirm → soft delete (30 days).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { useSearchParams } from "react-router";
import { signOutUrl } from "../../api/endpoints";
import { myOrganizationsQuery, useLeaveOrganization } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { FormFooter } from "../../ui/FormFooter";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";

const SOFT_DELETE_DAYS = 30;

export function MyAccountPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const sessionId = params.get("session") ?? "";
  const view = useQuery(myOrganizationsQuery(sessionId));
  const leave = useLeaveOrganization(sessionId);
  const [confirming, setConfirming] = useState<string>();
  const [notAllowed, setNotAllowed] = useState<{ name: string; contact?: string }>();
  const guard = guardQuery(view);
  if (guard || !view.data) return guard;
  const data = view.data;
  const leaving = data.others.find((o) => o.tenantId === confirming);

  if (data.left) {
    return (
      <Card>
        <StepHeading>{t("myAccount.heading")}</StepHeading>
        <p role="status">
          {t("myAccount.left", { org: data.left.name, date: formatDate(data.left.permanentDeletion, i18n.language, "day") })}
        </p>
        {/* What a guest does next: sign out of the organization they left. */}
        <p>
          <a href={signOutUrl("common", data.account, i18n.language)}>{t("myApps.signOut")}</a>
        </p>
      </Card>
    );
  }
  if (leaving) {
    return (
      <Card>
        <StepHeading>{t("myAccount.confirmHeading", { org: leaving.name })}</StepHeading>
        <p>{t("myAccount.confirmBody", { org: leaving.name, count: SOFT_DELETE_DAYS })}</p>
        <ActionError error={leave.error} />
        <FormFooter
          primary={{ label: t("myAccount.confirm"), onClick: () => leave.mutate() }}
          secondary={{ label: t("myAccount.cancel"), onClick: () => setConfirming(undefined) }}
          busy={leave.isPending}
        />
      </Card>
    );
  }
  return (
    <Card wide>
      <StepHeading>{t("myAccount.heading")}</StepHeading>
      <p className="muted">{data.account}</p>
      {data.home ? (
        <>
          <h2>{t("myAccount.home")}</h2>
          <p>
            {data.home.name} <span className="muted">{data.home.domain}</span>
          </p>
        </>
      ) : null}
      <h2>{data.home ? t("myAccount.others") : t("myAccount.heading")}</h2>
      <ul className="choice-list">
        {data.others.map((org) => (
          <li key={org.tenantId} className="org-row">
            <span>
              {org.name} <span className="muted">{org.domain}</span>
            </span>
            <button
              type="button"
              className="secondary"
              onClick={() => (org.canLeave ? setConfirming(org.tenantId) : setNotAllowed({ name: org.name, contact: org.contact }))}
            >
              {t("myAccount.leave")}
            </button>
          </li>
        ))}
      </ul>
      {notAllowed ? (
        <p className="alert" role="alert">
          {notAllowed.contact
            ? t("myAccount.notAllowed", { org: notAllowed.name, contact: notAllowed.contact })
            : t("myAccount.notAllowedNoContact", { org: notAllowed.name })}
        </p>
      ) : null}
    </Card>
  );
}
