// S54 The app's own consent prompt after redemption (spec §5.4, addendum §14.2 90094/90095), when the app the
// invitation leads to asks for permissions only an admin can grant. Without the admin consent workflow it is
// "Need admin approval" with no way to ask (AADSTS90094); with it, "Approval required" with a justification
// and Request approval (AADSTS90095; ED admin-consent-workflow-overview, the Zero Trust article's dialogs).
// The codes, the cause and the admin's fix are the studio's explain panel's; the page keeps to the prompt.
import { useState } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

/** Graph's delegated permissions as a consent prompt names them (the permission's admin consent display name). */
const PERMISSION_KEYS: Partial<Record<string, "appConsent.permission.userReadAll" | "appConsent.permission.groupReadAll">> = {
  "User.Read.All": "appConsent.permission.userReadAll",
  "Group.Read.All": "appConsent.permission.groupReadAll",
};

export function AppConsentStep({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const action = useSessionAction(session.id);
  const [justification, setJustification] = useState("");
  const consent = session.appConsent;
  const org = session.invitation.organization;
  const { bannerLogo: _banner, squareLogo: _square, ...branding } = org.branding ?? {};
  if (!consent) return null;
  const app = consent.appName;
  const signInOther = (
    <p>
      {t("appConsent.haveAdmin")}{" "}
      <button type="button" className="link-button" disabled={action.isPending} onClick={() => action.mutate({ kind: "restart-sign-in" })}>
        {t("appConsent.signInOther")}
      </button>
    </p>
  );
  return (
    <Card branding={org.branding ? branding : undefined}>
      {session.signedInAs ? <p className="identity-banner">{session.signedInAs.email}</p> : null}
      <StepHeading>{consent.requestsEnabled ? t("appConsent.approvalRequired") : t("appConsent.needApproval")}</StepHeading>
      <p className="requester">
        <strong>{app}</strong>
        <br />
        <span className="muted">{new URL(consent.homepage).host}</span>
      </p>
      <p>{t("appConsent.onlyAdmin", { app })}</p>
      {consent.requestsEnabled ? (
        <>
          <p>{t("appConsent.wouldLike")}</p>
          <ul className="check-list">
            {consent.permissions.map((scope) => {
              const key = PERMISSION_KEYS[scope];
              return <li key={scope}>{key ? t(key) : scope}</li>;
            })}
          </ul>
          {consent.request ? (
            <p role="status">
              {t("appConsent.requested", {
                date: formatDate(consent.request.createdDateTime, i18n.language, "day"),
                expires: formatDate(consent.request.expiresDateTime, i18n.language, "day"),
              })}
            </p>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                action.mutate({ kind: "app-consent/request", justification });
              }}
            >
              <div className="field">
                <label htmlFor="app-consent-justification">{t("appConsent.justification")}</label>
                <textarea
                  id="app-consent-justification"
                  className="justification"
                  rows={3}
                  maxLength={1024}
                  value={justification}
                  onChange={(e) => setJustification(e.target.value)}
                />
              </div>
              {signInOther}
              <ActionError error={action.error} />
              <FormFooter primary={{ label: t("appConsent.request") }} busy={action.isPending} />
            </form>
          )}
          {consent.request ? signInOther : null}
        </>
      ) : (
        <>
          <p>{t("appConsent.askAdmin")}</p>
          {signInOther}
          <ActionError error={action.error} />
        </>
      )}
    </Card>
  );
}
