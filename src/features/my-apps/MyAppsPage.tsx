// S29 S10 S11 S12 S13 The simulated My Apps (https://myapps.microsoft.com). After redemption (`?session=`) it is the landing
// page (spec §5.4). As a direct link (`?tenantid=`, spec §2 E3) it asks who is signing in to that
// organisation; without a tenant (the common endpoint, E4) it leads to "Sign in to an organization".
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { emailAddress } from "../../api/contract";
import { organizationQuery, sessionQuery, useStartDirectSession } from "../../api/queries";
import { useAuthReady } from "../../auth/context";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { ExternalLink } from "../../ui/ExternalLink";
import { Field } from "../../ui/Field";
import { FormFooter } from "../../ui/FormFooter";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";

export function MyAppsPage() {
  const [params] = useSearchParams();
  const sessionId = params.get("session");
  const tenantId = params.get("tenantid") ?? params.get("tenantId");
  if (sessionId) return <Landing sessionId={sessionId} />;
  if (tenantId) return <TenantSignIn tenantId={tenantId} />;
  return <CommonSignIn />;
}

function Landing({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery(sessionId));
  const guard = guardQuery(session);
  if (guard || !session.data) return guard;
  const org = session.data.invitation.organization;
  return (
    <div>
      <div className="myapps-bar">
        <strong>{t("myApps.heading")}</strong>
        <span>{t("myApps.org", { org: org.name })}</span>
        {session.data.signedInAs ? <span>{t("myApps.signedInAs", { email: session.data.signedInAs.email })}</span> : null}
        <Link to={`/myaccount/organizations?session=${encodeURIComponent(sessionId)}`}>{t("myApps.manageOrganizations")}</Link>
      </div>
      <div className="myapps-empty">
        <StepHeading>{t("myApps.noApps")}</StepHeading>
        <p className="muted">{t("myApps.noAppsHelp", { org: org.name })}</p>
        {org.privacy.statementUrl ? (
          <p>
            <ExternalLink href={org.privacy.statementUrl}>{t("myApps.privacy", { org: org.name })}</ExternalLink>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** An e-mail form that keeps what was typed and checks the address before anything is sent. */
function useEmailForm(key: string, serverError?: unknown) {
  const { t } = useTranslation();
  return useForm({
    draft: key,
    initial: { email: "" },
    validate: ({ email }) => ({ email: v.is(emailAddress, email) ? undefined : t("mailbox.invalidAddress") }),
    serverError,
  });
}

function TenantSignIn({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const org = useQuery(organizationQuery({ tenantId }));
  const start = useStartDirectSession();
  const form = useEmailForm(`direct-link/${tenantId}`, start.error);
  useAuthReady(); // the next step may be a popup sign-in
  const guard = guardQuery(org, { errorActions: <Link to="/myapps">{t("directory.signInOptions")}</Link> });
  if (guard || !org.data) return guard;

  const submit = form.submit(({ email }) =>
    start.mutate({ tenantId, email: v.parse(emailAddress, email) }, { onSuccess: (s) => navigate(`/session/${s.id}/${s.step}`) }),
  );
  return (
    <Card organization={org.data.name}>
      <StepHeading>{t("directory.tenantHeading")}</StepHeading>
      <p>{t("directory.tenantBody", { org: org.data.name })}</p>
      <form onSubmit={submit} noValidate>
        <Field id="direct-email" type="email" autoComplete="username" label={t("directory.emailLabel")} {...form.field("email")} />
        <ActionError error={form.actionError} />
        <FormFooter primary={{ label: t("directory.next") }} busy={start.isPending} />
      </form>
    </Card>
  );
}

function CommonSignIn() {
  const { t } = useTranslation();
  const form = useEmailForm("common-endpoint");
  const [noTenantFor, setNoTenantFor] = useState<string>();
  // Without tenant context a guest cannot be signed in here (spec §4.8): say so, and show the way.
  const submit = form.submit(({ email }) => setNoTenantFor(v.parse(emailAddress, email)));
  const field = form.field("email");
  return (
    <Card>
      <StepHeading>{t("directory.commonHeading")}</StepHeading>
      <p>{t("directory.commonBody")}</p>
      <form onSubmit={submit} noValidate>
        <Field
          id="common-email"
          type="email"
          autoComplete="username"
          label={t("directory.emailLabel")}
          {...field}
          error={field.error ?? (noTenantFor ? t("directory.noTenant", { email: noTenantFor }) : undefined)}
        />
        <FormFooter primary={{ label: t("directory.next") }} />
      </form>
      <p>
        <Link to="/myapps/sign-in-options">{t("directory.signInOptions")}</Link>
      </p>
    </Card>
  );
}

export function SignInOptionsPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <StepHeading>{t("directory.optionsHeading")}</StepHeading>
      <ul className="choice-list">
        <li>
          <Link className="choice" to="/myapps/find-organization">
            <strong>{t("directory.signInToOrg")}</strong>
            <span className="muted">{t("directory.signInToOrgHelp")}</span>
          </Link>
        </li>
      </ul>
      <p>
        <Link to="/myapps">{t("directory.back")}</Link>
      </p>
    </Card>
  );
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export function FindOrganizationPage() {
  const { t } = useTranslation();
  const form = useForm({
    draft: "find-organization",
    initial: { domain: "" },
    validate: ({ domain }) => ({ domain: DOMAIN.test(domain.trim()) ? undefined : t("directory.domainInvalid") }),
  });
  const [searched, setSearched] = useState<string>();
  const org = useQuery({ ...organizationQuery({ domain: searched ?? "" }), enabled: Boolean(searched) });

  if (org.data) return <Navigate to={`/myapps?tenantid=${encodeURIComponent(org.data.tenantId)}`} />;

  const field = form.field("domain");
  // The domain is looked up with a query, not an action: its "not found" belongs at the field.
  const error = field.error ?? (org.isError ? t("directory.orgNotFound", { domain: searched ?? "" }) : undefined);
  return (
    <Card>
      <StepHeading>{t("directory.findHeading")}</StepHeading>
      <form onSubmit={form.submit(({ domain }) => setSearched(domain.trim().toLowerCase()))} noValidate>
        <Field id="org-domain" label={t("directory.domainLabel")} help={t("directory.domainHelp")} {...field} error={error} />
        <FormFooter
          primary={{ label: t("directory.find") }}
          secondary={{ label: t("directory.back"), to: "/myapps/sign-in-options" }}
          busy={org.isFetching}
        />
      </form>
    </Card>
  );
}
